import type { Token } from '../core/document.js';
import { candidateStems, normalize } from '../text/index.js';

/**
 * A set of words matched on normalised text with clitics stripped: a token matches when any of
 * its clitic readings (`وبالجزائر` → `بالجزائر`, `الجزائر`, `جزائر`) is in the set.
 */
export class WordSet<T = true> {
  private readonly map = new Map<string, T>();

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
    const direct = this.map.get(token.norm);
    if (direct !== undefined) return direct;
    for (const c of readingsOf(token)) {
      const v = this.map.get(c);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** True when any token of `tokens[from, to)` matches. */
  anyIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (this.match(tokens[i]!) !== undefined) return true;
    return false;
  }
}

const readingCache = new Map<string, string[]>();

/** The clitic readings of a token's text, cached because the same words recur in every article. */
function readingsOf(token: Token): string[] {
  if (token.kind !== 'word') return [];
  let r = readingCache.get(token.text);
  if (!r) {
    r = candidateStems(token.text);
    if (readingCache.size > 100_000) readingCache.clear();
    readingCache.set(token.text, r);
  }
  return r;
}
