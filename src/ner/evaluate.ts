import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from '../bench/bench-table.js';
import { requireShared, sharedPath } from '../eval/shared-material.js';
import { readConll } from './conll.js';
import { DEFAULT_NER_MODEL, readNerModel } from './load.js';
import { formatScores, scoreChunks, type ChunkScores } from './score.js';
import { tagSentences } from './tagger.js';

/**
 * The named-entity evaluation: the model tags ANERcorp's test split (never used in training or
 * tuning) and is scored as the shared tools/score-conll.mjs scores (conlleval's reading of the
 * whole file as one tag sequence), with the tagging speed on one core.
 */

/** Scores and speed of a model on a CoNLL test file. */
export interface NerEvaluation {
  scores: ChunkScores;
  sentences: number;
  tokens: number;
  /** sentences per second of a freshly loaded model: every distinct word is analysed once */
  sentencesPerSecond: number;
  /** the same after the model has tagged the warm-up text (ANERcorp's training text, untagged),
   * as in a long run where most words have been seen: the best of `repeats` passes, as the
   * machine may be busy with other work; null without a warm-up text */
  steadySentencesPerSecond: number | null;
  /** the score table in the shared scorer's layout */
  table: string;
  /** `ner.PERS.f1`, `ner.ALL.f1`, … and `ner.sentences_per_s`, for floors and reports */
  figures: Record<string, number>;
}

/** Options of `evaluateNer`. */
export interface NerEvaluationOptions {
  modelPath?: string;
  /** default: ANERcorp's test split in the shared material (E_SHARED_MISSING when absent) */
  testPath?: string;
  /** text tagged before the steady-state timing; default ANERcorp's training split when present, null for none */
  warmUpPath?: string | null;
  /** passes over the test text once warm, the fastest reported (default 3) */
  repeats?: number;
}

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
}

/**
 * Tags a CoNLL test file and scores it: `evaluateNer()` runs the shipped model on ANERcorp's
 * test split and returns per-type precision, recall and F1 and sentences per second.
 */
export function evaluateNer(options: NerEvaluationOptions = {}): NerEvaluation {
  const modelPath = options.modelPath ?? DEFAULT_NER_MODEL;
  const testPath = options.testPath ?? requireShared('corpus', 'ner', 'anercorp', 'test.conll');
  const warmUpPath = options.warmUpPath === undefined ? sharedPath('corpus', 'ner', 'anercorp', 'train.conll') : options.warmUpPath;
  const sentences = readConll(readFileSync(testPath, 'utf8'));
  const tokens = sentences.map((s) => s.tokens);
  const cold = readNerModel(modelPath);
  let pred: string[][] = [];
  const seconds = timed(() => (pred = tagSentences(cold, tokens)));
  let steady: number | null = null;
  if (warmUpPath) {
    const warm = readNerModel(modelPath);
    tagSentences(
      warm,
      readConll(readFileSync(warmUpPath, 'utf8')).map((s) => s.tokens),
    );
    let best = Infinity;
    for (let r = 0; r < Math.max(1, options.repeats ?? 3); r++) best = Math.min(best, timed(() => tagSentences(warm, tokens)));
    steady = sentences.length / best;
  }
  // one sequence, as the shared scorer reads the file: an entity may run across a blank line
  const gold = sentences.flatMap((s) => s.tags ?? s.tokens.map(() => 'O'));
  const scores = scoreChunks([gold], [pred.flat()]);
  const figures: Record<string, number> = {};
  for (const [type, s] of Object.entries(scores)) {
    figures[`ner.${type}.p`] = round3(s.p);
    figures[`ner.${type}.r`] = round3(s.r);
    figures[`ner.${type}.f1`] = round3(s.f1);
  }
  const sentencesPerSecond = sentences.length / seconds;
  figures['ner.sentences_per_s'] = Math.round(sentencesPerSecond);
  if (steady !== null) figures['ner.steady_sentences_per_s'] = Math.round(steady);
  return { scores, sentences: sentences.length, tokens: gold.length, sentencesPerSecond, steadySentencesPerSecond: steady, table: formatScores(scores), figures };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The evaluation as a row of the benchmark table (`rasid bench`). */
export function nerBenchRow(e: NerEvaluation): BenchRow {
  const f = (t: string): number => e.scores[t]?.f1 ?? 0;
  const figures: BenchRow['figures'] = { 'PERS F1': f('PERS'), 'LOC F1': f('LOC'), 'ORG F1': f('ORG'), 'MISC F1': f('MISC'), F1: f('ALL') };
  figures['sentences/s'] = Math.round(e.sentencesPerSecond);
  if (e.steadySentencesPerSecond !== null) figures['sentences/s warm'] = Math.round(e.steadySentencesPerSecond);
  return { task: 'named entities (ANERcorp test)', system: 'rasid ner (averaged perceptron, 2 stages)', figures };
}
