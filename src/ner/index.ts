/**
 * Named-entity recognition: a language-free averaged-perceptron sequence tagger over BIO tags,
 * driven by a language's feature spec (src/lang/ar/ner for Arabic), with a document stage. The
 * public API: load a model, tag tokens or a document's layers, tag and score CoNLL files, train.
 */
export { loadNerModel, readNerModel, DEFAULT_NER_MODEL } from './load.js';
export { tagTokens, tagSentences, recognizeMentions, type NerMention } from './tagger.js';
export { tagConll } from './conll-cli.js';
export { readConll, writeConll, type ConllSentence } from './conll.js';
export { evaluateNer, nerBenchRow, type NerEvaluation, type NerEvaluationOptions } from './evaluate.js';
export { scoreChunks, formatScores, type ChunkScores, type TypeScore } from './score.js';
export { trainNer, type TrainedNer, type TrainOptions } from './train.js';
export { serializeModel, parseModel, type NerModel } from './model.js';
export type { NerFeatureSpec, PrefixForm, Derivation } from './feature-spec.js';
export { nerSequenceTagger, defaultNerTagger } from './sequence-tagger.js';
