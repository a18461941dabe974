import { compileSpec, type CompiledSpec, type NerFeatureSpec } from './feature-spec.js';
import { tagSet, type TagScheme, type TagSet } from './tags.js';
import type { TrainedNer, TrainedStage } from './train.js';
import { WordCache, type LearnedLexicon } from './word-features.js';

/**
 * The saved model: a JSON file with the feature names shared by both stages, each stage's
 * weights as sparse rows of scaled integers (most features carry weight for one or two tags),
 * the tag memory learned from the training text, and what the features were built with (the
 * spec's fingerprint, the stem length, the document windows). Weights too small to change a
 * decision are left out.
 */

/** The model file format this code reads and writes. */
export const MODEL_FORMAT = 'rasid-ner/1';

/** Weights are saved as integers in units of 1/WEIGHT_SCALE: far finer than any decision needs. */
const WEIGHT_SCALE = 100;

/** One stage of a loaded model. */
export interface ModelStage {
  /** feature name → row of `weights` */
  index: Map<string, number>;
  /** `weights[row * nTags + tag]` */
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}

/** Where a model came from, as its file says. */
export interface ModelInfo {
  trainedOn: string;
  licence: string;
  sentences: number;
  /** F1 per type on the development split held out while choosing the passes */
  dev: Record<string, number>;
  created: string;
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
  /** the sentence stage, then the document stage when the model has one */
  stages: ModelStage[];
  /** word analyses, cached across calls */
  words: WordCache;
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
  const learned: LearnedLexicon = { memory: splitMemory(file.memory), bareMemory: splitMemory(file.bareMemory) };
  const stages = file.stages.map((st): ModelStage => {
    const rows = st.weights.split(';');
    const index = new Map<string, number>();
    const weights = new Float32Array(rows.filter(Boolean).length * T);
    rows.forEach((r, k) => {
      if (!r) return;
      const row = index.size;
      index.set(file.features[k]!, row);
      for (const cell of r.split(',')) {
        const colon = cell.indexOf(':');
        weights[row * T + Number(cell.slice(0, colon))] = Number(cell.slice(colon + 1)) / WEIGHT_SCALE;
      }
    });
    return {
      index,
      weights,
      transitions: Float32Array.from(st.transitions, (x) => x / WEIGHT_SCALE),
      start: Float32Array.from(st.start, (x) => x / WEIGHT_SCALE),
    };
  });
  return {
    language: file.language,
    tags,
    spec,
    stale: spec.fingerprint !== file.specFingerprint,
    documentWindows: file.documentWindows,
    learned,
    stages,
    words: new WordCache(spec, learned),
    info: file.info,
  };
}
