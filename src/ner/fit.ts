import type { Settings } from '../core/settings.js';
import { encodeSentences, FeatureIndex, type ExtraFeatures, type TaggedSentence } from './encode.js';
import { compileSpec, type CompiledSpec, type NerFeatureSpec } from './feature-spec.js';
import { seededRandom, shuffle } from '../core/random.js';
import { decodeEncoded, PerceptronTrainer, type ChainWeights, type EncodedSentence } from './perceptron.js';
import { scoreChunks, type ChunkScores } from './score.js';
import { countPhrases, countSentence, memoryOf, mergeCounts, mergePhrases, phraseMemoryOf, type MemoryCounts, type MemoryThresholds, type PhraseCounts } from './train-memory.js';
import { chunksOf, repairBio, tagSet, toBio, typesOf, type TagSet } from './tags.js';
import { NO_LEXICON, WordCache, type LearnedLexicon } from './word-features.js';

/**
 * One model fitted on some training sentences: their memory features jackknifed (a training
 * sentence sees the memory of the other folds, see train-memory.ts), perceptron passes, and the
 * tags it predicts for held-out sentences. Training (train.ts) fits several: to choose the
 * number of passes, to predict every training sentence out of fold, and the final models.
 */

/** Settings of the NER training. */
export type NerSettings = Settings['ner'];

/** Progress messages of a training run. */
export type TrainLog = (message: string) => void;

/** Everything fits share: the sentences, their tag set, the compiled spec, memory keys. */
export interface FitContext {
  sentences: readonly TaggedSentence[];
  tags: TagSet;
  spec: CompiledSpec;
  /** normalised and bare form of every token, the memory keys */
  keys: { norm: string[][]; bare: string[][] };
  settings: NerSettings;
}

/** Prepares sentences for fitting: tags made valid BIO, types sorted, the spec compiled. */
export function fitContext(input: readonly TaggedSentence[], specDef: NerFeatureSpec, settings: NerSettings): FitContext {
  const sentences = input.map((x) => ({ tokens: x.tokens, tags: repairBio(x.tags) }));
  const tags = tagSet(typesOf(sentences.map((x) => x.tags)).sort(), settings.tagScheme);
  const spec = compileSpec(specDef, settings.minStemLetters);
  const cache = new WordCache(spec, NO_LEXICON);
  const norm = sentences.map((s) => s.tokens.map((t) => cache.get(t).norm));
  const bare = sentences.map((s) => s.tokens.map((t) => cache.get(t).bare));
  return { sentences, tags, spec, keys: { norm, bare }, settings };
}

function thresholds(s: NerSettings): MemoryThresholds {
  return { minShare: s.memoryMinShare, strongShare: s.memoryStrongShare, minCountOutside: s.memoryMinOutside };
}

/** Jackknifed memories over `indices` in contiguous folds, and the memory of them all. */
function jackknife(ctx: FitContext, indices: readonly number[]): { of: (si: number) => LearnedLexicon; full: LearnedLexicon } {
  const { sentences, keys, tags, settings: s } = ctx;
  const th = thresholds(s);
  const folds = Math.max(2, s.memoryFolds);
  const size = Math.ceil(indices.length / folds);
  type Counts = { norm: MemoryCounts; bare: MemoryCounts; phrases: PhraseCounts };
  const foldCounts: Counts[] = [];
  const foldOf = new Map<number, number>();
  for (let f = 0; f < folds; f++) {
    const c: Counts = { norm: new Map(), bare: new Map(), phrases: new Map() };
    for (const si of indices.slice(f * size, (f + 1) * size)) {
      const st = sentences[si]!.tags;
      countSentence(c.norm, keys.norm[si]!, st, tags.types);
      countSentence(c.bare, keys.bare[si]!, st, tags.types);
      if (s.phraseMemory) countPhrases(c.phrases, keys.bare[si]!, keys.norm[si]!, chunksOf(st));
      foldOf.set(si, f);
    }
    foldCounts.push(c);
  }
  const lexiconOf = (skip: number): LearnedLexicon => {
    const all: Counts = { norm: new Map(), bare: new Map(), phrases: new Map() };
    foldCounts.forEach((c, f) => {
      if (f === skip) return;
      mergeCounts(all.norm, c.norm);
      mergeCounts(all.bare, c.bare);
      mergePhrases(all.phrases, c.phrases);
    });
    return { memory: memoryOf(all.norm, tags.types, th), bareMemory: memoryOf(all.bare, tags.types, th), phrases: phraseMemoryOf(all.phrases) };
  };
  const perFold = foldCounts.map((_, f) => lexiconOf(f));
  return { of: (si) => perFold[foldOf.get(si)!]!, full: lexiconOf(-1) };
}

/** Decodes encoded sentences and scores them against their gold tags. */
function evaluateEncoded(w: ChainWeights, tags: TagSet, sentences: readonly EncodedSentence[]): { scores: ChunkScores; predictions: string[][] } {
  const gold: string[][] = [];
  const predictions: string[][] = [];
  for (const s of sentences) {
    const p = decodeEncoded(w, tags, s, s.gold.length);
    gold.push(toBio([...s.gold].map((t) => tags.tags[t]!)));
    predictions.push(toBio([...p].map((t) => tags.tags[t]!)));
  }
  return { scores: scoreChunks(gold, predictions), predictions };
}

/** Options of one fit. */
export interface FitOptions {
  /** a fixed number of passes; without it, passes stop when the held-out F1 stops improving */
  epochs?: number;
  /** document features (second stage) */
  extra?: ExtraFeatures;
  log?: TrainLog;
}

/** A fitted model and what it predicted for the held-out sentences. */
export interface Fitted {
  weights: ChainWeights;
  index: FeatureIndex;
  /** the memory of all the training sentences: the one the tagger uses */
  learned: LearnedLexicon;
  epochs: number;
  /** scores and predictions on the held-out sentences (at the best pass when choosing) */
  scores: ChunkScores | null;
  predictions: string[][];
}

/** Fits a model on `trainIdx` and predicts `heldOutIdx` (both indices into the context's sentences). */
export function fit(ctx: FitContext, trainIdx: readonly number[], heldOutIdx: readonly number[], opts: FitOptions = {}): Fitted {
  const log = opts.log ?? (() => {});
  const { tags, spec, settings: s } = ctx;
  const mem = jackknife(ctx, trainIdx);
  const index = new FeatureIndex();
  const train = encodeSentences(ctx.sentences, trainIdx, spec, mem.of, tags, index, true, opts.extra);
  const held = encodeSentences(ctx.sentences, heldOutIdx, spec, () => mem.full, tags, index, false, opts.extra);
  log(`fit: ${trainIdx.length} training and ${heldOutIdx.length} held-out sentences, ${index.size} features`);
  const choose = opts.epochs === undefined;
  const trainer = new PerceptronTrainer(tags, index.size);
  const rand = seededRandom(s.seed);
  const order = train.map((_, i) => i);
  const maxLen = Math.max(1, ...train.map((x) => x.gold.length));
  const buf = new Float64Array(maxLen * tags.tags.length);
  const pred = new Uint8Array(maxLen);
  let best: { weights: ChainWeights; epochs: number; f1: number } | null = null;
  let since = 0;
  const passes = opts.epochs ?? s.maxEpochs;
  for (let e = 1; e <= passes; e++) {
    shuffle(order, rand);
    let errors = 0;
    for (const i of order) errors += trainer.step(train[i]!, buf, pred);
    if (!choose) continue;
    const avg = trainer.averaged();
    const f1 = evaluateEncoded(avg, tags, held).scores['ALL']!.f1;
    log(`pass ${e}: ${errors} token errors, held-out F1 ${f1.toFixed(4)}`);
    // a tie goes to the later pass: more passes of the averaged perceptron are steadier, not worse
    if (!best || f1 >= best.f1) {
      best = { weights: avg, epochs: e, f1 };
      since = 0;
    } else if (++since >= s.patience) break;
  }
  const weights = best?.weights ?? trainer.averaged();
  const ev = held.length ? evaluateEncoded(weights, tags, held) : { scores: null, predictions: [] };
  return { weights, index, learned: mem.full, epochs: best?.epochs ?? passes, scores: ev.scores, predictions: ev.predictions };
}

