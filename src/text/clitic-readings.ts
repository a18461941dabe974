import type { CliticForm, CliticGrammar, EncliticForm, LanguagePack } from '../lang/language.js';
import { normalize, normalizeDetailed } from './normalize.js';

/**
 * The possible readings of one word under a language's clitic grammar: which proclitic chains
 * and pronoun suffixes could be split off, and the stem each leaves. No choice is made here
 * (segment.ts decides); this file only enumerates, without building strings it does not need,
 * because the tokenizer runs it on every word.
 */

/** The letters of one word inside normalised strings (see NormalizedText), `[lo, hi)`. */
export interface WordView {
  norm: string;
  light: string;
  src: Int32Array;
  lo: number;
  hi: number;
  /** text position just after the word */
  end: number;
}

/** A clitic of a reading, in letter positions. */
export interface Item {
  form: CliticForm | EncliticForm;
  start: number;
  end: number;
  /** from an anchor slot (the article) */
  anchor: boolean;
}

/** Letters put back into a stem for matching: `skip` written letters replaced by `norm`/`light`. */
export interface Restore {
  norm: string;
  light: string;
  skip: number;
}

function hashRange(s: string, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** A set of words that answers for a slice of a string without building it unless its hash matches. */
export class KeySet {
  private readonly words: Set<string>;
  private readonly hashes = new Set<number>();
  /** longest word */
  readonly maxLength: number;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let max = 0;
    for (const w of this.words) {
      this.hashes.add(hashRange(w, 0, w.length, 0));
      max = Math.max(max, w.length);
    }
    this.maxLength = max;
  }

  /** Whether `head + s.slice(from, to) + tail` is in the set. */
  has(s: string, from: number, to: number, head = '', tail = ''): boolean {
    if (head.length + to - from + tail.length > this.maxLength) return false;
    const h = hashRange(tail, 0, tail.length, hashRange(s, from, to, hashRange(head, 0, head.length, 0)));
    return this.hashes.has(h) && this.words.has(head + s.slice(from, to) + tail);
  }
}

/** One reading of a word, in letter positions of its WordView; stem strings are built on demand. */
export class Candidate {
  private norm_: string | undefined;
  private light_: string | undefined;

  constructor(
    readonly v: WordView,
    readonly items: readonly Item[],
    readonly stemStart: number,
    readonly stemEnd: number,
    readonly enclitic: Item | null,
    /** the chain stopped before a contracted clitic, whose canonical form the stem regains (ل|لسفارة → السفارة) */
    readonly head: Restore | null,
    /** the stem's last letter as it stands alone (حكومت → حكومة) */
    readonly tail: Restore | null,
  ) {}

  /** letters of the stem as matched */
  get letters(): number {
    const h = this.head ? this.head.light.length - this.head.skip : 0;
    const t = this.tail ? this.tail.light.length - this.tail.skip : 0;
    return this.stemEnd - this.stemStart + h + t;
  }

  /** normalised stem */
  get stemNorm(): string {
    return (this.norm_ ??= this.build('norm'));
  }

  /** stem as written, diacritics off */
  get stemLight(): string {
    return (this.light_ ??= this.build('light'));
  }

  /** Whether the stem (normalised or as written) is in `set`. */
  in(set: KeySet, which: 'norm' | 'light'): boolean {
    const from = this.stemStart + (this.head ? this.head.skip : 0);
    const to = this.stemEnd - (this.tail ? this.tail.skip : 0);
    return set.has(this.v[which], from, to, this.head?.[which], this.tail?.[which]);
  }

  private build(which: 'norm' | 'light'): string {
    const from = this.stemStart + (this.head ? this.head.skip : 0);
    const to = this.stemEnd - (this.tail ? this.tail.skip : 0);
    return (this.head ? this.head[which] : '') + this.v[which].slice(from, to) + (this.tail ? this.tail[which] : '');
  }
}

/** A language's clitic grammar with its word lists compiled for fast lookup. */
export interface CompiledGrammar {
  g: CliticGrammar;
  /** protected words, normalised */
  protectedWords: KeySet;
  /** function words as written (light folding) */
  functionWords: KeySet;
  /** letter codes a proclitic chain can start with */
  firstLetters: Set<number>;
  /** letter codes a suffix can end with */
  lastLetters: Set<number>;
  maxEncliticLength: number;
  normOf: Map<string, string>;
}

const compiled = new WeakMap<LanguagePack, CompiledGrammar>();

/** The language's compiled grammar, built on first use. */
export function compileGrammar(lang: LanguagePack): CompiledGrammar {
  let c = compiled.get(lang);
  if (c) return c;
  const g = lang.clitics;
  const normOf = new Map<string, string>();
  const firstLetters = new Set<number>();
  for (const slot of g.proclitics)
    for (const f of slot.forms) {
      normOf.set(f.form, normalize(f.form, lang));
      if (f.after === undefined) firstLetters.add((f.surface ?? f.form).charCodeAt(0));
    }
  for (const r of g.restorations) normOf.set(r.to, normalize(r.to, lang));
  c = {
    g,
    protectedWords: new KeySet(g.protectedWords.map((w) => normalize(w, lang))),
    functionWords: new KeySet(g.functionWords.map((w) => normalizeDetailed(w, lang).light)),
    firstLetters,
    lastLetters: new Set(g.enclitics.map((e) => e.form.charCodeAt(e.form.length - 1))),
    maxEncliticLength: Math.max(0, ...g.enclitics.map((e) => e.form.length)),
    normOf,
  };
  compiled.set(lang, c);
  return c;
}

/** Stems of a reading keep at least this many letters: one letter is never a stem worth matching. */
export const MIN_CANDIDATE_LETTERS = 2;

interface Chain {
  items: Item[];
  stemStart: number;
  head: Restore | null;
}

/** The proclitic chains the grammar allows at the start of the word, the empty chain first. */
function chains(v: WordView, cg: CompiledGrammar): Chain[] {
  const { light, lo, hi } = v;
  const out: Chain[] = [{ items: [], stemStart: lo, head: null }];
  if (hi - lo <= MIN_CANDIDATE_LETTERS || !cg.firstLetters.has(light.charCodeAt(lo))) return out;
  const slots = cg.g.proclitics;
  const items: Item[] = [];
  const walk = (slot: number, p: number): void => {
    if (slot === slots.length) {
      const last = items.at(-1);
      if (!last || hi - p < MIN_CANDIDATE_LETTERS) return;
      let head: Restore | null = null;
      // a chain stopping before a contracted clitic (ل|لسفارة) gives the stem its full form (السفارة)
      for (const sl of slots)
        for (const f of sl.forms)
          if (f.after === last.form.form && f.surface !== undefined && light.startsWith(f.surface, p) && p + f.surface.length < hi)
            head = { norm: cg.normOf.get(f.form)!, light: f.form, skip: f.surface.length };
      out.push({ items: items.slice(), stemStart: p, head });
      return;
    }
    walk(slot + 1, p);
    const s = slots[slot]!;
    const prev = items.at(-1);
    for (const f of s.forms) {
      const surface = f.surface ?? f.form;
      if (f.after !== undefined && prev?.form.form !== f.after) continue;
      const next = p + surface.length;
      if (next >= hi || !light.startsWith(surface, p)) continue;
      if (f.before !== undefined && !f.before.includes(light[next]!)) continue;
      items.push({ form: f, start: p, end: next, anchor: s.anchor === true });
      walk(slot + 1, next);
      items.pop();
    }
  };
  walk(0, lo);
  return out;
}

/** The chain's readings with a pronoun suffix off, for stems of at most `maxLetters` letters. */
function withEnclitics(v: WordView, cg: CompiledGrammar, ch: Chain, maxLetters: number, out: Candidate[]): void {
  const { light, hi } = v;
  if (ch.head || !cg.lastLetters.has(light.charCodeAt(hi - 1)) || ch.items.some((i) => i.anchor)) return;
  for (const e of cg.g.enclitics) {
    const stemEnd = hi - e.form.length;
    const letters = stemEnd - ch.stemStart;
    if (letters < MIN_CANDIDATE_LETTERS || letters > maxLetters || !light.endsWith(e.form, hi)) continue;
    const enc: Item = { form: e, start: stemEnd, end: hi, anchor: false };
    out.push(new Candidate(v, ch.items, ch.stemStart, stemEnd, enc, null, null));
    for (const r of cg.g.restorations)
      if (light[stemEnd - 1] === r.from)
        out.push(new Candidate(v, ch.items, ch.stemStart, stemEnd, enc, null, { norm: cg.normOf.get(r.to)!, light: r.to, skip: 1 }));
  }
}

/**
 * The readings of a word in the order lexicons are consulted: fewer clitics first, and at an
 * equal count proclitics before suffixes; the whole word comes first. Suffix readings are built
 * only for stems of at most `maxLetters` letters.
 */
export function readings(v: WordView, cg: CompiledGrammar, maxLetters = Infinity): Candidate[] {
  const cs = chains(v, cg);
  const out: Candidate[] = [];
  let maxCount = 0;
  for (const c of cs) maxCount = Math.max(maxCount, c.items.length + 1);
  for (let count = 0; count <= maxCount; count++) {
    for (const ch of cs) if (ch.items.length === count) out.push(new Candidate(v, ch.items, ch.stemStart, v.hi, null, ch.head, null));
    for (const ch of cs) if (ch.items.length === count - 1) withEnclitics(v, cg, ch, maxLetters, out);
  }
  return out;
}
