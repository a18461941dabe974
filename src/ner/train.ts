import type { ExtraFeatures, FeatureIndex, TaggedSentence } from './encode.js';
import type { CompiledSpec, NerFeatureSpec } from './feature-spec.js';
import { documentFeatures, featureNames } from './document-features.js';
import { fit, fitContext, type FitContext, type NerSettings, type TrainLog } from './fit.js';
import type { ChainWeights } from './perceptron.js';
import type { ChunkScores } from './score.js';
import type { TagSet } from './tags.js';
import type { LearnedLexicon } from './word-features.js';

/**
 * Training in two stages. The first stage tags sentence by sentence; the second sees, besides
 * the same features, what the first predicted for the same words in nearby sentences
 * (document-features.ts). The second stage must learn from first-stage predictions as they are
 * on unseen text, so those of the training sentences come from models fitted on the other folds.
 *
 * The number of passes of each stage is chosen on a development split (the end of the training
 * sentences); the final models are then trained on every sentence for that many passes.
 */

export type { NerSettings, TrainLog } from './fit.js';

/** One stage of a trained model. */
export interface TrainedStage {
  index: FeatureIndex;
  weights: ChainWeights;
  epochs: number;
}

/** What training produced, ready to be saved or used. */
export interface TrainedNer {
  spec: CompiledSpec;
  tags: TagSet;
  stage1: TrainedStage;
  /** the document stage, absent when switched off (no `documentWindows`) */
  stage2: TrainedStage | null;
  learned: LearnedLexicon;
  /** the document stage's windows (sentences on either side) */
  documentWindows: readonly number[];
  /** F1 per type on the development split, of the last stage */
  dev: Record<string, number>;
  sentences: number;
}

/** Options of training. */
export interface TrainOptions {
  log?: TrainLog;
}

/** The document features of every sentence from first-stage predictions, as a feature source. */
function stackedFeatures(ctx: FitContext, predictions: readonly (readonly string[])[]): ExtraFeatures {
  const { documentWindows, minStemLetters } = ctx.settings;
  const feats = documentFeatures(ctx.keys.bare, predictions, ctx.tags.types, documentWindows, minStemLetters, featureNames);
  return (si) => feats[si] ?? null;
}

/** First-stage predictions of `indices`, each fold predicted by a model fitted on the other folds. */
function outOfFold(ctx: FitContext, indices: readonly number[], epochs: number, log: TrainLog): Map<number, string[]> {
  const folds = Math.max(2, ctx.settings.stackFolds);
  const size = Math.ceil(indices.length / folds);
  const out = new Map<number, string[]>();
  for (let f = 0; f < folds; f++) {
    const held = indices.slice(f * size, (f + 1) * size);
    const heldSet = new Set(held);
    const r = fit(ctx, indices.filter((i) => !heldSet.has(i)), held, { epochs });
    held.forEach((si, k) => out.set(si, r.predictions[k]!));
    log(`out-of-fold predictions: fold ${f + 1} of ${folds}`);
  }
  return out;
}

/** The result of a development run: passes chosen per stage, scores and predictions on the held-out sentences. */
export interface DevelopmentResult {
  epochs1: number;
  epochs2: number;
  stage1: ChunkScores;
  stage2: ChunkScores | null;
  /** predictions of the last stage for the held-out sentences */
  predictions: string[][];
}

/**
 * Trains both stages on `trainIdx`, choosing each stage's passes on `devIdx`: the development
 * run of `trainNer`, and the way to compare features by cross-validation on the training file.
 */
export function developmentRun(ctx: FitContext, trainIdx: readonly number[], devIdx: readonly number[], log: TrainLog = () => {}): DevelopmentResult {
  const d1 = fit(ctx, trainIdx, devIdx, { log });
  log(`stage 1: ${d1.epochs} passes, development F1 ${d1.scores!['ALL']!.f1.toFixed(4)}`);
  if (ctx.settings.documentWindows.length === 0) return { epochs1: d1.epochs, epochs2: 0, stage1: d1.scores!, stage2: null, predictions: d1.predictions };
  const preds: string[][] = [];
  for (const [si, p] of outOfFold(ctx, trainIdx, d1.epochs, log)) preds[si] = p;
  devIdx.forEach((si, k) => (preds[si] = d1.predictions[k]!));
  const d2 = fit(ctx, trainIdx, devIdx, { log, extra: stackedFeatures(ctx, fill(preds, ctx)) });
  log(`stage 2: ${d2.epochs} passes, development F1 ${d2.scores!['ALL']!.f1.toFixed(4)}`);
  return { epochs1: d1.epochs, epochs2: d2.epochs, stage1: d1.scores!, stage2: d2.scores, predictions: d2.predictions };
}

/** Sentences without a prediction (outside both index sets) read as all O. */
function fill(preds: string[][], ctx: FitContext): string[][] {
  return ctx.sentences.map((s, i) => preds[i] ?? s.tokens.map(() => 'O'));
}

/** Trains a model on tagged sentences with the features of `specDef`. */
export function trainNer(input: readonly TaggedSentence[], specDef: NerFeatureSpec, s: NerSettings, opts: TrainOptions = {}): TrainedNer {
  const log = opts.log ?? (() => {});
  const ctx = fitContext(input, specDef, s);
  const all = ctx.sentences.map((_, i) => i);
  const nDev = Math.max(1, Math.round(all.length * s.devShare));
  const dev = developmentRun(ctx, all.slice(0, all.length - nDev), all.slice(all.length - nDev), log);
  const final1 = fit(ctx, all, [], { epochs: dev.epochs1 });
  log(`final stage 1: ${all.length} sentences, ${final1.index.size} features, ${dev.epochs1} passes`);
  const stage1 = { index: final1.index, weights: final1.weights, epochs: dev.epochs1 };
  let stage2: TrainedStage | null = null;
  if (s.documentWindows.length > 0) {
    const preds: string[][] = [];
    for (const [si, p] of outOfFold(ctx, all, dev.epochs1, log)) preds[si] = p;
    const final2 = fit(ctx, all, [], { epochs: dev.epochs2, extra: stackedFeatures(ctx, fill(preds, ctx)) });
    log(`final stage 2: ${final2.index.size} features, ${dev.epochs2} passes`);
    stage2 = { index: final2.index, weights: final2.weights, epochs: dev.epochs2 };
  }
  const scores = dev.stage2 ?? dev.stage1;
  const devF1 = Object.fromEntries(Object.entries(scores).map(([t, v]) => [t, v.f1]));
  return { spec: ctx.spec, tags: ctx.tags, stage1, stage2, learned: final1.learned, documentWindows: s.documentWindows, dev: devF1, sentences: all.length };
}

export { fitContext };
