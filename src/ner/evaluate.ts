import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from '../bench/bench-table.js';
import { requireShared } from '../eval/shared-material.js';
import { readConll } from './conll.js';
import { loadNerModel } from './load.js';
import type { NerModel } from './model.js';
import { formatScores, scoreChunks, type ChunkScores } from './score.js';
import { repairBio } from './tags.js';
import { tagSentences } from './tagger.js';

/**
 * The named-entity evaluation: the model tags ANERcorp's test split (never used in training or
 * tuning) and is scored as conlleval scores (the shared tools/score-conll.mjs gives the same
 * figures), with the tagging speed on one core.
 */

/** Scores and speed of a model on a CoNLL test file. */
export interface NerEvaluation {
  scores: ChunkScores;
  sentences: number;
  tokens: number;
  /** wall-clock seconds of tagging alone (reading and scoring left out) */
  seconds: number;
  sentencesPerSecond: number;
  /** the score table in the shared scorer's layout */
  table: string;
  /** `ner.PERS.f1`, `ner.ALL.f1`, … and `ner.sentences_per_s`, for floors and reports */
  figures: Record<string, number>;
}

/** The path of ANERcorp's test split in the shared material; throws E_SHARED_MISSING when absent. */
export function anercorpTestPath(): string {
  return requireShared('corpus', 'ner', 'anercorp', 'test.conll');
}

/**
 * Tags a CoNLL test file with `model` and scores it: `evaluateNer()` runs the shipped model on
 * ANERcorp's test split. The word caches start cold, so the speed includes analysing every
 * distinct word once, as on a fresh batch of news.
 */
export function evaluateNer(model: NerModel = loadNerModel(), testPath: string = anercorpTestPath()): NerEvaluation {
  const sentences = readConll(readFileSync(testPath, 'utf8'));
  const gold = sentences.map((s) => repairBio(s.tags ?? s.tokens.map(() => 'O')));
  const t0 = performance.now();
  const pred = tagSentences(
    model,
    sentences.map((s) => s.tokens),
  );
  const seconds = (performance.now() - t0) / 1000;
  const scores = scoreChunks(gold, pred);
  const figures: Record<string, number> = {};
  for (const [type, s] of Object.entries(scores)) {
    figures[`ner.${type}.p`] = round3(s.p);
    figures[`ner.${type}.r`] = round3(s.r);
    figures[`ner.${type}.f1`] = round3(s.f1);
  }
  const sentencesPerSecond = sentences.length / seconds;
  figures['ner.sentences_per_s'] = Math.round(sentencesPerSecond);
  return {
    scores,
    sentences: sentences.length,
    tokens: gold.reduce((a, g) => a + g.length, 0),
    seconds,
    sentencesPerSecond,
    table: formatScores(scores),
    figures,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The evaluation as a row of the benchmark table (`rasid bench`). */
export function nerBenchRow(e: NerEvaluation): BenchRow {
  const f = (t: string): number => e.scores[t]?.f1 ?? 0;
  return {
    task: 'named entities (ANERcorp test)',
    system: 'rasid ner (perceptron, 2 stages)',
    figures: { 'PERS F1': f('PERS'), 'LOC F1': f('LOC'), 'ORG F1': f('ORG'), 'MISC F1': f('MISC'), 'F1': f('ALL'), 'sentences/s': Math.round(e.sentencesPerSecond) },
  };
}
