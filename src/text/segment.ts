import type { Clitic } from '../core/document.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import type { Span } from '../core/span.js';
import { defaultLanguage } from '../lang/index.js';
import type { CliticForm, LanguagePack } from '../lang/language.js';
import { Candidate, compileGrammar, readings, type CompiledGrammar, type WordView } from './clitic-readings.js';
import { normalizeDetailed } from './normalize.js';

/**
 * Clitic segmentation. Two questions are kept apart:
 * 1. Which segmentations are possible? `segmentations` / `candidateStems` list every reading
 *    (clitic-readings.ts) whose stem keeps two letters, for lexicon lookup by later stages.
 * 2. Which one does a token carry? `choose` commits only to what is certain, so a name is never
 *    cut; anything else needs a lexicon, given by the caller or built in (function words).
 *
 * Policy, in order:
 * - a protected word (والي، كاليفورنيا، التقى) is never split;
 * - the first reading, fewest clitics first, whose stem is known (caller's lexicon, protected
 *   words, function words) is taken, unless a certain chain extends it (الجزائر known, ال+جزائر certain);
 * - otherwise the longest certain chain: one ending in the anchor (article) with a stem of
 *   `minStemLetters` (article alone) or `minStemLettersAfterProclitic` letters, or one of
 *   clitics that are not lexicon-only before a word-initial letter (hamza on alef) with
 *   `minStemLetters`; a chain is not certain when a clitic is followed by a protected word (والتقى);
 * - pronoun suffixes only with a lexicon, or when asked (`enclitics`) for `safe` ones leaving
 *   `minEncliticStemLetters` letters, never after the article (الكتابه is not Arabic).
 */

/** Stems a caller knows: a set of normalised stems or a predicate over them. */
export type Lexicon = ReadonlySet<string> | ((stemNorm: string) => boolean);

/** The text settings the segmenter reads. */
export type SegmentSettings = Pick<Settings['text'], 'minStemLetters' | 'minStemLettersAfterProclitic' | 'minEncliticStemLetters'>;

/** Options of the segmentation functions. */
export interface SegmentOptions {
  lang?: LanguagePack;
  /** stems the caller can confirm; a known stem licenses any segmentation */
  lexicon?: Lexicon;
  /** split `safe` pronoun suffixes without a lexicon */
  enclitics?: boolean;
  settings?: Partial<SegmentSettings>;
}

/** A segmentation of one word: clitic and stem spans relative to the word, and the stem for matching. */
export interface Segmentation {
  clitics: Clitic[];
  stem: Span;
  /** normalised stem; letters changed by spelling are restored (ل|لسفارة → السفاره, حكومت|ها → حكومه) */
  stemNorm: string;
}

/** Options resolved once for many words (the tokenizer segments every word with one). */
export interface SegmentContext {
  lang: LanguagePack;
  cg: CompiledGrammar;
  settings: SegmentSettings;
  lexicon: Lexicon | undefined;
  enclitics: boolean;
  /** longest stem that can be known without a caller's lexicon */
  maxKnownLetters: number;
}

/** Resolves segmentation options against the defaults. */
export function segmentContext(options: SegmentOptions = {}): SegmentContext {
  const lang = options.lang ?? defaultLanguage;
  const cg = compileGrammar(lang);
  return {
    lang,
    cg,
    settings: { ...DEFAULT_SETTINGS.text, ...options.settings },
    lexicon: options.lexicon,
    enclitics: options.enclitics === true,
    maxKnownLetters: options.lexicon ? Infinity : Math.max(cg.protectedWords.maxLength, cg.functionWords.maxLength),
  };
}

function isKnown(ctx: SegmentContext, c: Candidate): boolean {
  const { cg, lexicon } = ctx;
  if (c.in(cg.protectedWords, 'norm') || c.in(cg.functionWords, 'light')) return true;
  if (!lexicon) return false;
  return typeof lexicon === 'function' ? lexicon(c.stemNorm) : lexicon.has(c.stemNorm);
}

/** True when letter boundary `k` does not fall inside one source character (a ligature). */
function clean(v: WordView, k: number): boolean {
  return k <= v.lo || k >= v.hi || v.src[k] !== v.src[k - 1];
}

/** False when a boundary falls inside one source character (a split ligature) or a clitic is followed by a protected word. */
function acceptable(v: WordView, cg: CompiledGrammar, c: Candidate): boolean {
  if (!clean(v, c.stemStart) || !clean(v, c.stemEnd)) return false;
  for (let k = 0; k + 1 < c.items.length; k++) {
    const item = c.items[k]!;
    const next = c.items[k + 1]!;
    if (!clean(v, item.end)) return false;
    const contracted = (next.form as CliticForm).surface !== undefined;
    const rest = contracted
      ? cg.protectedWords.has(v.norm, next.end, v.hi, cg.normOf.get(next.form.form))
      : cg.protectedWords.has(v.norm, item.end, v.hi);
    if (rest) return false;
  }
  return true;
}

function isCertain(v: WordView, cg: CompiledGrammar, c: Candidate, s: SegmentSettings): boolean {
  const last = c.items.at(-1);
  if (!last || c.enclitic || c.head) return false;
  for (const i of c.items) if ((i.form as CliticForm).lexiconOnly) return false;
  const stemLetters = c.stemEnd - c.stemStart;
  if (last.anchor) return stemLetters >= (c.items.length === 1 ? s.minStemLetters : s.minStemLettersAfterProclitic);
  return cg.g.wordInitial.includes(v.light[c.stemStart]!) && stemLetters >= s.minStemLetters;
}

/** True when `longer` splits off the clitics of `shorter` and more. */
function extendsReading(longer: Candidate, shorter: Candidate): boolean {
  if (shorter.enclitic || longer.items.length <= shorter.items.length) return false;
  return shorter.items.every((it, k) => longer.items[k]!.form === it.form);
}

function guessEnclitic(v: WordView, cg: CompiledGrammar, c: Candidate | null, s: SegmentSettings): Candidate | null {
  const items = c?.items ?? [];
  const stemStart = c?.stemStart ?? v.lo;
  if (c?.enclitic || c?.head || items.some((i) => i.anchor)) return c;
  for (const e of cg.g.enclitics) {
    if (!e.safe || !v.light.endsWith(e.form, v.hi)) continue;
    const stemEnd = v.hi - e.form.length;
    if (stemEnd - stemStart < s.minEncliticStemLetters || v.src[stemEnd] === v.src[stemEnd - 1]) continue;
    const lastLetter = v.light[stemEnd - 1];
    const r = cg.g.restorations.find((x) => x.guess && x.from === lastLetter && v.light[stemEnd - 2] !== x.notAfter);
    const tail = r ? { norm: cg.normOf.get(r.to)!, light: r.to, skip: 1 } : null;
    return new Candidate(v, items, stemStart, stemEnd, { form: e, start: stemEnd, end: v.hi, anchor: false }, null, tail);
  }
  return c;
}

/**
 * True when the letters `light[lo, hi)` can carry no clitic under `ctx`: no proclitic letter
 * first, and no suffix that could leave a known stem. Most words; checked before anything else.
 */
export function cannotSplit(light: string, lo: number, hi: number, ctx: SegmentContext): boolean {
  const { cg } = ctx;
  if (hi - lo < 2) return true;
  if (ctx.enclitics || cg.firstLetters.has(light.charCodeAt(lo))) return false;
  return !cg.lastLetters.has(light.charCodeAt(hi - 1)) || hi - lo - 1 > ctx.maxKnownLetters;
}

/** The reading a token carries, by the policy in the file comment; null for the whole word. */
export function choose(v: WordView, ctx: SegmentContext): Candidate | null {
  const { cg, settings: s } = ctx;
  if (cannotSplit(v.light, v.lo, v.hi, ctx) || cg.protectedWords.has(v.norm, v.lo, v.hi)) return null;
  let certain: Candidate | null = null;
  let known: Candidate | null = null;
  for (const c of readings(v, cg, ctx.maxKnownLetters)) {
    if (!acceptable(v, cg, c)) continue;
    if (!known && isKnown(ctx, c)) known = c;
    if (isCertain(v, cg, c, s) && (!certain || c.items.length > certain.items.length)) certain = c;
  }
  let chosen = known ?? certain;
  if (known && certain && extendsReading(certain, known)) chosen = certain;
  if (chosen && chosen.items.length === 0 && !chosen.enclitic) chosen = null; // the whole word is known
  return ctx.enclitics ? guessEnclitic(v, cg, chosen, s) : chosen;
}

/** Text position of letter boundary `k` of the view. */
function posOf(v: WordView, k: number): number {
  return k >= v.hi ? v.end : v.src[k]!;
}

/** The clitics and stem of a reading with spans relative to text position `base`. */
export function relativeSegmentation(v: WordView, c: Candidate, base: number): Segmentation {
  const clitics: Clitic[] = [];
  for (const it of c.items) clitics.push({ form: it.form.form, role: it.form.role, start: posOf(v, it.start) - base, end: posOf(v, it.end) - base });
  if (c.enclitic) clitics.push({ form: c.enclitic.form.form, role: c.enclitic.form.role, start: posOf(v, c.enclitic.start) - base, end: v.end - base });
  return { clitics, stem: { start: posOf(v, c.stemStart) - base, end: posOf(v, c.stemEnd) - base }, stemNorm: c.stemNorm };
}

function viewOfWord(word: string, lang: LanguagePack): WordView {
  const d = normalizeDetailed(word, lang);
  return { norm: d.norm, light: d.light, src: d.src, lo: 0, hi: d.norm.length, end: word.length };
}

function toSegmentation(v: WordView, c: Candidate): Segmentation {
  return relativeSegmentation(v, c, 0);
}

/**
 * The segmentation a token of this word carries: `segmentWord('وبالجزائر')` → clitics و ب ال,
 * stem `{start: 4, end: 9}` (جزائر); `segmentWord('بواشنطن', {lexicon: new Set(['واشنطن'])})` → ب.
 */
export function segmentWord(word: string, options: SegmentOptions = {}): Segmentation {
  const ctx = segmentContext(options);
  const v = viewOfWord(word, ctx.lang);
  return toSegmentation(v, choose(v, ctx) ?? new Candidate(v, [], v.lo, v.hi, null, null, null));
}

/** Every possible segmentation of a word, whole word first, fewest clitics first, for lexicon lookup. */
export function segmentations(word: string, options: Pick<SegmentOptions, 'lang'> = {}): Segmentation[] {
  const lang = options.lang ?? defaultLanguage;
  const v = viewOfWord(word, lang);
  return readings(v, compileGrammar(lang)).map((c) => toSegmentation(v, c));
}

/**
 * The distinct normalised stems a word may have, whole word first, for checking lexicons
 * without trusting the tokenizer's choice: `candidateStems('والي')` → `['والي', 'الي', 'وال', 'ال']`.
 */
export function candidateStems(word: string, options: Pick<SegmentOptions, 'lang'> = {}): string[] {
  const lang = options.lang ?? defaultLanguage;
  const v = viewOfWord(word, lang);
  return [...new Set(readings(v, compileGrammar(lang)).map((c) => c.stemNorm))];
}
