import { compileSpec, type CompiledSpec, type NerFeatureSpec, type PhraseEntry } from './feature-spec.js';
import { tagSet, type TagScheme, type TagSet } from './tags.js';
import type { TrainedNer, TrainedStage } from './train.js';
import { ModelScorer } from './scorer.js';
import { WordCache, type LearnedLexicon } from './word-features.js';

/**
 * The saved model: a JSON file with the feature names shared by both stages, each stage's
 * weights as sparse rows of scaled integers (most features carry weight for one or two tags),
 * the tag memory learned from the training text, and what the features were built with (the
 * spec's fingerprint, the stem length, the document windows). Weights too small to change a
 * decision are left out. Nothing in it depends on when it was trained: the same training file
 * gives the same model file.
 */

/** The model file format this code reads and writes. */
export const MODEL_FORMAT = 'rasid-ner/1';

/** Weights are saved as integers in units of 1/WEIGHT_SCALE: far finer than any decision needs. */
const WEIGHT_SCALE = 100;

/**
 * The weights of a loaded model. One index serves both stages, whose features are mostly the
 * same: a row holds the stage-one weights of every tag, then the stage-two weights, so one
 * lookup of a feature serves both stages.
 */
export interface ModelWeights {
  /** feature name → row */
  index: Map<string, number>;
  /** `weights[row * nStages * nTags + stage * nTags + tag]` */
  weights: Float32Array;
  /** per stage, `[prev * nTags + next]` */
  transitions: Float32Array[];
  /** per stage, the score of opening a sentence with a tag */
  start: Float32Array[];
}

/** Where a model came from, as its file says. */
export interface ModelInfo {
  trainedOn: string;
  licence: string;
  sentences: number;
  /** F1 per type on the development split held out while choosing the passes */
  dev: Record<string, number>;
}

/** A loaded named-entity model, ready for `tagTokens`. */
export interface NerModel {
  language: string;
  tags: TagSet;
  spec: CompiledSpec;
  /** true when the feature spec changed since the model was trained: retrain (`npm run train:ner`) */
  stale: boolean;
  documentWindows: readonly number[];
  learned: LearnedLexicon;
  /** 1 (the sentence stage) or 2 (and the document stage) */
  nStages: number;
  weights: ModelWeights;
  /** word analyses, cached across calls */
  words: WordCache;
  /** emission scores of both stages, with its per-word sums cached across calls */
  scorer: ModelScorer;
  info: ModelInfo;
}

/** The JSON layout of a model file. */
interface ModelFile {
  format: string;
  language: string;
  specFingerprint: string;
  tagScheme: TagScheme;
  types: string[];
  minStemLetters: number;
  documentWindows: number[];
  info: ModelInfo;
  memory: Record<string, string>;
  bareMemory: Record<string, string>;
  /** remembered entity phrases: [first word's bare stem, the other words, list] */
  phrases: [string, string, string][];
  features: string[];
  stages: { transitions: number[]; start: number[]; weights: string }[];
}

const round = (x: number): number => Math.round(x * WEIGHT_SCALE);

/**
 * The model file of a training run, keeping features whose largest weight reaches
 * `minWeight`: `serializeModel(trained, 0.05, info)` → JSON text.
 */
export function serializeModel(trained: TrainedNer, minWeight: number, info: Omit<ModelInfo, 'sentences' | 'dev'>): string {
  const T = trained.tags.tags.length;
  const stages = [trained.stage1, ...(trained.stage2 ? [trained.stage2] : [])];
  const kept = new Map<string, number>();
  const keep = (st: TrainedStage): Map<string, string> => {
    const rows = new Map<string, string>();
    const w = st.weights.weights;
    for (const [name, row] of st.index.ids) {
      const cells: string[] = [];
      for (let t = 0; t < T; t++) {
        const v = w[row * T + t]!;
        if (Math.abs(v) >= minWeight && round(v) !== 0) cells.push(`${t}:${round(v)}`);
      }
      if (cells.length) {
        rows.set(name, cells.join(','));
        if (!kept.has(name)) kept.set(name, kept.size);
      }
    }
    return rows;
  };
  const stageRows = stages.map(keep);
  const features = [...kept.keys()];
  const file: ModelFile = {
    format: MODEL_FORMAT,
    language: trained.spec.spec.language,
    specFingerprint: trained.spec.fingerprint,
    tagScheme: trained.tags.scheme,
    types: [...trained.tags.types],
    minStemLetters: trained.spec.minStemLetters,
    documentWindows: [...trained.documentWindows],
    info: { ...info, sentences: trained.sentences, dev: roundAll(trained.dev) },
    memory: joinMemory(trained.learned.memory),
    bareMemory: joinMemory(trained.learned.bareMemory),
    phrases: [...trained.learned.phrases]
      .flatMap(([first, entries]) => entries.map((e): [string, string, string] => [first, e.rest.join(' '), e.list]))
      .sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1)),
    features,
    stages: stages.map((st, k) => ({
      transitions: [...st.weights.transitions].map(round),
      start: [...st.weights.start].map(round),
      weights: features.map((f) => stageRows[k]!.get(f) ?? '').join(';'),
    })),
  };
  return JSON.stringify(file);
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 10000) / 10000]));
}

function joinMemory(m: ReadonlyMap<string, readonly string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...m.keys()].sort()) out[k] = m.get(k)!.join(',');
  return out;
}

function splitMemory(r: Record<string, string>): Map<string, string[]> {
  return new Map(Object.entries(r).map(([k, v]) => [k, v.split(',')]));
}

/** Reads a model from its JSON text, with the feature spec of its language; throws on another format. */
export function parseModel(json: string, specFor: (language: string) => NerFeatureSpec): NerModel {
  const file = JSON.parse(json) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} model (format ${String(file.format)})`);
  const tags = tagSet(file.types, file.tagScheme);
  const T = tags.tags.length;
  const spec = compileSpec(specFor(file.language), file.minStemLetters);
  const phrases = new Map<string, PhraseEntry[]>();
  for (const [first, rest, list] of file.phrases ?? []) {
    const entries = phrases.get(first) ?? [];
    entries.push({ list, rest: rest.split(' ') });
    phrases.set(first, entries);
  }
  const learned: LearnedLexicon = { memory: splitMemory(file.memory), bareMemory: splitMemory(file.bareMemory), phrases };
  const S = file.stages.length;
  const index = new Map<string, number>(file.features.map((f, row) => [f, row]));
  const weights = new Float32Array(file.features.length * S * T);
  file.stages.forEach((st, k) => {
    st.weights.split(';').forEach((r, row) => {
      if (!r) return;
      for (const cell of r.split(',')) {
        const colon = cell.indexOf(':');
        weights[(row * S + k) * T + Number(cell.slice(0, colon))] = Number(cell.slice(colon + 1)) / WEIGHT_SCALE;
      }
    });
  });
  const scaled = (xs: number[]): Float32Array => Float32Array.from(xs, (x) => x / WEIGHT_SCALE);
  const model: ModelWeights = { index, weights, transitions: file.stages.map((st) => scaled(st.transitions)), start: file.stages.map((st) => scaled(st.start)) };
  return {
    language: file.language,
    tags,
    spec,
    stale: spec.fingerprint !== file.specFingerprint,
    documentWindows: file.documentWindows,
    learned,
    nStages: S,
    weights: model,
    words: new WordCache(spec, learned),
    scorer: new ModelScorer(model, S, T),
    info: file.info,
  };
}
