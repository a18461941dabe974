/**
 * The text layer: normalisation with offset maps, tokenization with clitics, and sentence
 * splitting. Language-free engines; the language comes in as a LanguagePack (Arabic by default).
 */
export { normalize, normalizeWithMap, normalizeDetailed, type NormalizedText } from './normalize.js';
export { tokenize, type TokenizeOptions } from './tokenize.js';
export {
  candidateStems,
  segmentWord,
  segmentations,
  type Lexicon,
  type Segmentation,
  type SegmentOptions,
} from './segment.js';
export { splitSentences, type SentenceOptions } from './sentences.js';
export { MAX_KEY_LENGTH } from './segment-cache.js';
