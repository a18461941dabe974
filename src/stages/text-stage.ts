import type { Stage } from '../core/pipeline.js';
import { languageFor } from '../lang/index.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/**
 * The `text` stage: fills `layers.tokens` (with normalised forms, stems and clitics) and
 * `layers.sentences` from `doc.text`, in the document's language. No lexicon is known yet at
 * this point, so tokens carry only the clitics spelling makes certain; later stages look words
 * up with `candidateStems`.
 */
export const textStage: Stage = {
  name: 'text',
  description: 'Splits the clean text into tokens (normalised, clitics marked) and sentences.',
  run(doc, ctx) {
    const lang = languageFor(doc.meta.language);
    const settings = ctx.settings.text;
    const tokens = tokenize(doc.text, { lang, settings, enclitics: settings.splitEnclitics });
    doc.layers.tokens = tokens;
    doc.layers.sentences = splitSentences(doc.text, tokens, { lang, settings });
  },
};
