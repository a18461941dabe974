import type { Token } from '../core/document.js';
import { MAX_KEY_LENGTH, normalize } from '../text/index.js';

/**
 * A set of words matched on normalised text with leading clitics stripped: a token matches when
 * its form or one of its readings (`وبالجزائر` → `بالجزائر`, `الجزائر`, `جزائر`) is in the set.
 */
export class WordSet<T = true> {
  private readonly map = new Map<string, T>();
  /**
   * The answer for each word form already asked about (`null`: not in the set). News repeats its
   * words, and a set is asked about the same tokens from many rules, so one lookup here replaces
   * deriving the clitic readings and looking each up again.
   */
  private readonly answers = new Map<string, T | null>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const key = normalize(word);
      if (key && !this.map.has(key)) this.map.set(key, value);
    }
  }

  /** A set whose values are all `true`. */
  static of(words: readonly string[]): WordSet<true> {
    return new WordSet(words.map((w) => [w, true] as const));
  }

  /** The value of the first clitic reading of `token` found in the set. */
  match(token: Token): T | undefined {
    // the answer depends on the form alone for words; other kinds only ever match directly
    if (token.kind !== 'word') return this.map.get(token.norm);
    if (token.norm.length > MAX_KEY_LENGTH) return this.lookUp(token);
    const known = this.answers.get(token.norm);
    if (known !== undefined) return known ?? undefined;
    const found = this.lookUp(token);
    if (this.answers.size >= WORD_SET_MEMO_LIMIT) this.answers.clear();
    this.answers.set(token.norm, found ?? null);
    return found;
  }

  private lookUp(token: Token): T | undefined {
    const direct = this.map.get(token.norm);
    if (direct !== undefined) return direct;
    for (const c of readingsOf(token)) {
      const v = this.map.get(c);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** True when the word (normalised here) is in the set as it stands, no clitic taken off. */
  hasWord(word: string): boolean {
    return this.map.has(normalize(word));
  }

  /** The index of the last token of `tokens[from, to)` that matches, or -1. */
  lastIn(tokens: readonly Token[], from: number, to: number): number {
    for (let i = Math.min(tokens.length, to) - 1; i >= Math.max(0, from); i--) if (this.match(tokens[i]!) !== undefined) return i;
    return -1;
  }

  /** True when any token of `tokens[from, to)` matches. */
  anyIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (this.match(tokens[i]!) !== undefined) return true;
    return false;
  }
}

/** Distinct word forms a set remembers answers for before starting afresh (bounds memory on long runs). */
const WORD_SET_MEMO_LIMIT = 20_000;

const readingCache = new Map<string, string[]>();

/**
 * The proclitic readings of a token: its normalised form without a leading conjunction (و ف),
 * then without a preposition (ب ل ك), then without the article (ال, or ل for لل). Only leading
 * clitics are stripped: an ending is part of the listed forms (`استقبله`), and stripping one
 * would let `وزارتي` (ministries) read as `زارت` (visited).
 */
function readingsOf(token: Token): string[] {
  if (token.kind !== 'word') return [];
  let r = readingCache.get(token.norm);
  if (!r) {
    r = [];
    let w = token.norm;
    const push = (x: string): void => {
      if (x.length >= 2 && !r!.includes(x)) r!.push(x);
    };
    if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) push((w = w.slice(1)));
    if (w.startsWith('لل') && w.length > 4) push((w = 'ال' + w.slice(2)));
    else if (w.length > 3 && 'بلك'.includes(w[0]!)) push((w = w.slice(1)));
    if (w.startsWith('ال') && w.length > 3) push(w.slice(2));
    if (readingCache.size > 100_000) readingCache.clear();
    readingCache.set(token.norm, r);
  }
  return r;
}
