import { normalizeDetailed } from '../text/normalize.js';
import { bareOf, candidatesOf, type CompiledSpec, type PhraseEntry } from './feature-spec.js';

/**
 * Features of one word on its own, computed once per distinct word and cached: its normalised
 * form, bare stem (prefix chain off), affixes, shape, list memberships, and what was learned
 * from the training text (distributional cluster, tag memory).
 */

/** What training learned about words, besides the weights. */
export interface LearnedLexicon {
  /** normalised word → what it was in the training text (`PERS`, `PERS!`, `O!`), see train-memory.ts */
  memory: ReadonlyMap<string, readonly string[]>;
  /** the same for bare stems, so `وبوش` remembers `بوش` */
  bareMemory: ReadonlyMap<string, readonly string[]>;
  /** entities of several words in the training text, by their first word's bare stem (`mem:ORG`) */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
}

const NO_PHRASES: readonly PhraseEntry[] = [];

/** An empty learned lexicon. */
export const NO_LEXICON: LearnedLexicon = { memory: new Map(), bareMemory: new Map(), phrases: new Map() };

/** A word's analysis: its features, and how many of them (the first ones) its neighbours see. */
export interface WordInfo {
  norm: string;
  bare: string;
  /** the word and its stems without a prefix chain, for list and phrase lookups */
  candidates: readonly string[];
  /** list phrases that may start with this word, longest first (usually none) */
  phraseStarts: readonly PhraseEntry[];
  /** the word's own features (at offset 0); the first `nContext` are also seen by its neighbours */
  features: readonly string[];
  nContext: number;
}

function shapeOf(norm: string): string {
  if (/^\d+$/.test(norm)) return 'num';
  if (/\d/.test(norm)) return /\p{L}/u.test(norm) ? 'alnum' : 'numx';
  if (/^\p{Script=Latin}+$/u.test(norm)) return /^\p{Lu}/u.test(norm) ? 'Lat' : 'lat';
  if (/^\p{L}+$/u.test(norm)) return 'word';
  if (/\p{L}/u.test(norm)) return 'wordx';
  return 'punct';
}

/**
 * Analyses one word: `analyseWord('وبوش', spec, learned).features` → `w=وبوش`, `s=بوش`, …,
 * `pre=و`. The features a neighbour also sees come first.
 */
export function analyseWord(word: string, spec: CompiledSpec, learned: LearnedLexicon): WordInfo {
  const { norm, light } = normalizeDetailed(word, spec.lang);
  const { bare, prefix } = bareOf(norm, spec.prefixes, spec.minStemLetters);
  // seen by neighbours too: identity, shape, clitic flags, lists, memory
  const shared: string[] = ['w=' + norm];
  // seen by the word alone: affixes, length, the exact prefix
  const alone: string[] = [];
  (bare !== norm ? shared : alone).push('s=' + bare);
  // the spelling folded away can matter: على (on) and علي (Ali) normalise alike
  if (light.length === norm.length && light.at(-1) !== norm.at(-1)) shared.push('e=' + light.at(-1));
  const shape = shapeOf(norm);
  shared.push('sh=' + shape);
  alone.push('len=' + Math.min(bare.length, 9));
  if (shape === 'word') {
    for (let k = 1; k <= 3 && k < bare.length; k++) alone.push(`p${k}=${bare.slice(0, k)}`, `x${k}=${bare.slice(-k)}`);
    alone.push('x4=' + bare.slice(-4));
  }
  if (prefix) {
    alone.push('pre=' + prefix.form);
    for (const part of prefix.parts) shared.push('pp=' + part);
  }
  const candidates = candidatesOf(norm, spec.prefixes, spec.minStemLetters);
  const lists = new Set<string>();
  for (const l of spec.words.get(norm) ?? []) {
    lists.add(l);
    shared.push('L=' + l);
  }
  for (const c of candidates) {
    for (const l of spec.stems.get(c) ?? []) {
      if (lists.has(l)) continue;
      lists.add(l);
      shared.push('B=' + l);
    }
  }
  for (const d of spec.derivations) if (candidates.some((c) => derivedFrom(c, d, spec))) shared.push('D=' + d.name);
  for (const m of learned.memory.get(norm) ?? ['new']) shared.push('m=' + m);
  if (bare !== norm) for (const m of learned.bareMemory.get(bare) ?? []) alone.push('mb=' + m);
  const phraseStarts = [...candidates.flatMap((c) => spec.phrases.get(c) ?? []), ...(learned.phrases.get(bare) ?? [])].sort(
    (a, b) => b.rest.length - a.rest.length,
  );
  return {
    norm,
    bare,
    candidates,
    phraseStarts: phraseStarts.length ? phraseStarts : NO_PHRASES,
    features: [...shared, ...alone],
    nContext: shared.length,
  };
}

/** True when `word` is a listed base plus one of the derivation's suffixes (`سوري` ← `سوريا`). */
function derivedFrom(word: string, d: CompiledSpec['derivations'][number], spec: CompiledSpec): boolean {
  for (const suffix of d.suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < spec.minStemLetters) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const r of d.restore) {
      const lists = spec.stems.get(stem + r);
      if (lists?.some((l) => d.bases.includes(l))) return true;
    }
  }
  return false;
}

/** A bounded cache of word analyses: news text repeats words, so most lookups hit. */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();

  constructor(
    readonly spec: CompiledSpec,
    readonly learned: LearnedLexicon,
    private readonly limit = 200_000,
  ) {}

  /** The analysis of `word`, computed on first sight. */
  get(word: string): WordInfo {
    let w = this.map.get(word);
    if (!w) {
      if (this.map.size >= this.limit) this.map.clear();
      w = analyseWord(word, this.spec, this.learned);
      this.map.set(word, w);
    }
    return w;
  }
}
