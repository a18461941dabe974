import { normalizeDetailed } from '../text/normalize.js';
import { bareOf, candidatesOf, type CompiledSpec } from './feature-spec.js';

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
}

/** An empty learned lexicon. */
export const NO_LEXICON: LearnedLexicon = { memory: new Map(), bareMemory: new Map() };

/** A word's analysis: its own features (at offset 0) and the ones its neighbours see. */
export interface WordInfo {
  norm: string;
  bare: string;
  /** the word and its stems without a prefix chain, for list and phrase lookups */
  candidates: readonly string[];
  own: readonly string[];
  /** features a neighbour sees, without the offset prefix */
  context: readonly string[];
}

function shapeOf(norm: string): string {
  if (/^\d+$/.test(norm)) return 'num';
  if (/\d/.test(norm)) return /\p{L}/u.test(norm) ? 'alnum' : 'numx';
  if (/^\p{Script=Latin}+$/u.test(norm)) return /^\p{Lu}/u.test(norm) ? 'Lat' : 'lat';
  if (/^\p{L}+$/u.test(norm)) return 'word';
  if (/\p{L}/u.test(norm)) return 'wordx';
  return 'punct';
}

/** Analyses one word: `analyseWord('وبوش', spec, learned).own` → `w=وبوش`, `s=بوش`, `pre=و`, … */
export function analyseWord(word: string, spec: CompiledSpec, learned: LearnedLexicon): WordInfo {
  const { norm, light } = normalizeDetailed(word, spec.lang);
  const { bare, prefix } = bareOf(norm, spec.prefixes, spec.minStemLetters);
  const own: string[] = ['w=' + norm, 's=' + bare];
  const context: string[] = ['w=' + norm];
  if (bare !== norm) context.push('s=' + bare);
  // the spelling folded away can matter: على (on) and علي (Ali) normalise alike
  if (light.length === norm.length && light.at(-1) !== norm.at(-1)) {
    own.push('e=' + light.at(-1));
    context.push('e=' + light.at(-1));
  }
  const shape = shapeOf(norm);
  own.push('sh=' + shape, 'len=' + Math.min(bare.length, 9));
  context.push('sh=' + shape);
  if (shape === 'word') {
    for (let k = 1; k <= 3 && k < bare.length; k++) own.push(`p${k}=${bare.slice(0, k)}`, `x${k}=${bare.slice(-k)}`);
    own.push('x4=' + bare.slice(-4));
  }
  if (prefix) {
    own.push('pre=' + prefix.form);
    for (const part of prefix.parts) {
      own.push('pp=' + part);
      context.push('pp=' + part);
    }
  }
  const candidates = candidatesOf(norm, spec.prefixes, spec.minStemLetters);
  const lists = new Set<string>();
  for (const l of spec.words.get(norm) ?? []) {
    lists.add(l);
    own.push('L=' + l);
    context.push('L=' + l);
  }
  for (const c of candidates) {
    for (const l of spec.stems.get(c) ?? []) {
      if (lists.has(l)) continue;
      lists.add(l);
      own.push('B=' + l);
      context.push('B=' + l);
    }
  }
  for (const d of spec.derivations) {
    if (candidates.some((c) => derivedFrom(c, d, spec))) {
      own.push('D=' + d.name);
      context.push('D=' + d.name);
    }
  }
  const memory = learned.memory.get(norm) ?? ['new'];
  for (const m of memory) {
    own.push('m=' + m);
    context.push('m=' + m);
  }
  if (bare !== norm) for (const m of learned.bareMemory.get(bare) ?? []) own.push('mb=' + m);
  return { norm, bare, candidates, own, context };
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
