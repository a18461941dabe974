/**
 * The learned sequence model as one source of evidence among rules and gazetteers. The model
 * (src/ner, trained in this repository on ANERcorp) is reached through this small interface, so
 * recognition works without it and tests can give a fake one. Its person spans become person
 * candidates where no rule found anything; its organisation and place spans become mentions
 * where no gazetteer or pattern did. Loading the model is I/O and happens outside the stage
 * (the command puts a tagger in the stage context).
 */
import type { Sentence, Token } from '../core/document.js';

/** Anything that tags words with BIO tags of PERS, ORG, LOC and MISC. */
export interface SequenceTagger {
  /**
   * One tag per word (`B-PERS`, `I-PERS`, `B-ORG`, `I-LOC`, `O` …) for every sentence of one
   * document: given together, the sentences let a tagger read a name alike wherever it recurs.
   */
  tag(sentences: readonly (readonly string[])[]): string[][];
}

/** A typed span of tokens found by the model. */
export interface ModelSpan {
  type: 'PERS' | 'ORG' | 'LOC' | 'MISC';
  /** token indices into the document's tokens, end exclusive */
  tokenStart: number;
  tokenEnd: number;
}

/** Spans the tagger finds, sentence by sentence (the whole text when there are no sentences). */
export function modelSpans(tagger: SequenceTagger, tokens: readonly Token[], sentences: readonly Sentence[]): ModelSpan[] {
  const ranges = sentences.length ? sentences.map((s) => [s.tokenStart, s.tokenEnd] as const) : [[0, tokens.length] as const];
  const out: ModelSpan[] = [];
  const tagged = tagger.tag(ranges.map(([from, to]) => tokens.slice(from, to).map((t) => t.text)));
  for (const [r, [from, to]] of ranges.entries()) {
    const tags = tagged[r] ?? [];
    let open: ModelSpan | null = null;
    for (let k = 0; k <= to - from; k++) {
      const { bio, type } = tagParts(tags[k] ?? 'O');
      const continues = open && bio === 'I' && type === open.type;
      if (open && !continues) {
        open.tokenEnd = from + k;
        out.push(open);
        open = null;
      }
      if (!open && (bio === 'B' || bio === 'I') && type) open = { type, tokenStart: from + k, tokenEnd: from + k + 1 };
    }
  }
  return out;
}

/** The parts of tags seen so far: a document has hundreds of tags but only a handful of distinct ones. */
const parts = new Map<string, { bio: string; type: ModelSpan['type'] | undefined }>();

/** `B-PERS` → `{ bio: 'B', type: 'PERS' }`; `O` → `{ bio: 'O', type: undefined }`. */
function tagParts(tag: string): { bio: string; type: ModelSpan['type'] | undefined } {
  let p = parts.get(tag);
  if (!p) {
    const [bio, type] = tag.split('-') as [string, ModelSpan['type'] | undefined];
    p = { bio, type };
    // a tagger may invent tags without end; only the usual few are worth keeping
    if (parts.size < 64) parts.set(tag, p);
  }
  return p;
}
