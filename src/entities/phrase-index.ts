/**
 * A dictionary of multi-word phrases matched over token readings, longest match first. The
 * first word of a phrase may carry clitics (`وبالولايات المتحدة`); the following words must match
 * as written (normalised). Used for gazetteers, titles and fixed role phrases alike.
 */
import type { Reading, TokenView } from './token-forms.js';

interface Entry<T> {
  rest: readonly string[];
  value: T;
}

/** A phrase found in the text. */
export interface PhraseMatch<T> {
  values: T[];
  /** token index of the first and one past the last word */
  tokenStart: number;
  tokenEnd: number;
  /** text offsets of the mention */
  start: number;
  end: number;
  /** the reading of the first word that matched */
  reading: Reading;
}

/** Options of a phrase index. */
export interface PhraseIndexOptions {
  /** a one-word phrase without the article also matches the word with it (`أفريكوم` in `الأفريكوم`) when it has at least this many letters */
  bareMinLetters?: number;
}

/** Phrases keyed by their normalised words. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly bareMin: number;

  constructor(options: PhraseIndexOptions = {}) {
    this.bareMin = options.bareMinLetters ?? Infinity;
  }

  /** Adds a phrase given as normalised words. */
  add(words: readonly string[], value: T): void {
    if (!words.length) return;
    const [first, ...rest] = words as [string, ...string[]];
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push({ rest, value });
  }

  /** The normalised first words of every phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Whether any phrase starts with this normalised word. */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The longest phrase starting at token `i`, or null. */
  match(views: readonly TokenView[], i: number): PhraseMatch<T> | null {
    const v = views[i];
    if (!v || !v.readings.length || v.lexical === false) return null;
    let best: PhraseMatch<T> | null = null;
    for (const r of v.readings) {
      const a = this.byFirst.get(r.key);
      const b = r.bare !== r.key && r.bare.length >= this.bareMin ? this.byFirst.get(r.bare) : undefined;
      if (!a && !b) continue;
      for (const list of [a, b]) {
        if (!list) continue;
        for (const e of list) {
          if (list === b && e.rest.length) continue;
          const end = i + 1 + e.rest.length;
          if (best && end < best.tokenEnd) continue;
          if (!restMatches(views, i + 1, e.rest)) continue;
          if (best && end === best.tokenEnd) {
            if (best.reading === r && !best.values.includes(e.value)) best.values.push(e.value);
            continue;
          }
          best = { values: [e.value], tokenStart: i, tokenEnd: end, start: r.start, end: views[end - 1]!.tok.end, reading: r };
        }
      }
    }
    return best;
  }
}

function restMatches(views: readonly TokenView[], from: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const v = views[from + k];
    if (!v || v.tok.norm !== rest[k]) return false;
  }
  return true;
}
