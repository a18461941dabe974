/**
 * Lexicon compilation: a list of entries (surface forms → a value) becomes a regular expression
 * alternation over matching forms and a lookup table from matched text back to the value.
 */
import type { Folder } from './match-text.js';

/** One lexicon entry: every written form of one thing and its value. */
export interface LexEntry<T> {
  forms: readonly string[];
  value: T;
}

/** A compiled lexicon: `source` to put in patterns, `get` to read a match back. */
export interface Lexicon<T> {
  /** regex source of the alternation (longest forms first, spaces flexible), no group */
  source: string;
  get(matched: string | undefined): T | undefined;
  has(matched: string | undefined): boolean;
  /** first words of every form: what the engine looks up to decide where to try a rule */
  heads: ReadonlySet<string>;
  /** last words of every form: what must stand right before an expression for a prefix */
  tails: ReadonlySet<string>;
}

/** Escapes regex metacharacters. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles entries with a folder, e.g. `[{forms: ['يناير', 'جانفي'], value: 1}]`. The same form
 * with two values is a data error and throws, so a typo cannot silently shadow another word.
 */
export function compileLexicon<T>(folder: Folder, entries: readonly LexEntry<T>[]): Lexicon<T> {
  const table = new Map<string, T>();
  for (const e of entries) {
    for (const f of e.forms) {
      const key = folder.foldWord(f);
      const prev = table.get(key);
      if (prev !== undefined && prev !== e.value) throw new Error(`lexicon form "${f}" has two values`);
      table.set(key, e.value);
    }
  }
  const source = table.size ? trieSource([...table.keys()]) : '(?!)';
  // a match is most often a key as it stands (keys have single inner spaces, none at the ends)
  const get = (m: string | undefined): T | undefined => (m === undefined ? undefined : (table.get(m) ?? table.get(m.replace(/ +/g, ' ').trim())));
  const heads = new Set([...table.keys()].map((k) => k.split(' ')[0]!));
  const tails = new Set([...table.keys()].map((k) => k.split(' ').at(-1)!));
  return { source, get, has: (m) => get(m) !== undefined, heads, tails };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * An alternation written as a character trie: `(?:ي(?:ناير|ونيو))`. The regex engine then
 * rejects a position after a character or two instead of trying every word in turn, which is
 * what keeps hundreds of forms cheap. A space inside a form matches one or more spaces.
 */
export function trieSource(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const gen = (node: TrieNode): string => {
    const alts = [...node.next].map(([ch, child]) => (ch === ' ' ? ' +' : escapeRegex(ch)) + gen(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    // optional and greedy: the longest form is tried first, shorter ones on backtracking
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${gen(root)})`;
}

/** Compiles a plain word list into an alternation source (no values). */
export function wordsSource(folder: Folder, words: readonly string[]): string {
  return compileLexicon(folder, [{ forms: words, value: true }]).source;
}
