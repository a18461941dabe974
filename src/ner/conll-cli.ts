import { readConll } from './conll.js';
import type { NerModel } from './model.js';
import { tagSentences } from './tagger.js';

/**
 * `rasid ner [FILE]`: tags a CoNLL file. Every line keeps its columns and gets the predicted tag
 * appended as the last, tab-separated, column; blank lines stay where they were. The output is
 * what tools/score-conll.mjs reads as PREDICTED (`token<TAB>gold<TAB>predicted`, or
 * `token<TAB>predicted` when the input had only tokens). The whole file is one stream of
 * documents to the document stage, as CoNLL files carry no document breaks.
 */
export function tagConll(model: NerModel, text: string): string {
  const sentences = readConll(text);
  const tags = tagSentences(
    model,
    sentences.map((s) => s.tokens),
  );
  const out: string[] = [];
  let si = 0;
  let ti = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (ti > 0) {
        si++;
        ti = 0;
      }
      out.push(line);
      continue;
    }
    out.push(`${line}\t${tags[si]![ti++]!}`);
  }
  return out.join('\n');
}
