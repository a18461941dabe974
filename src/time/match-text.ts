/**
 * The matching form of a text: letters folded (a language's FoldSpec), marks and invisible
 * characters dropped, spacing unified, Latin lower-cased, and a map from every position of the
 * matching form back to the original text, so spans found on it are exact in the original.
 */
import { isWordCode } from './chars.js';
import type { Words } from './tokens.js';
import type { FoldSpec } from './types.js';

/** A matching form and its map to the original text. */
export interface MatchText {
  /** the original text */
  text: string;
  /** the matching form */
  norm: string;
  /** `pos[i]` is the original position of `norm[i]`; `pos[norm.length]` is `text.length` */
  pos: readonly number[];
  /** the words of the matching form (runs of letters and digits), found while folding */
  words: Words;
}

/** A compiled folder: turns strings into their matching form. */
export interface Folder {
  fold(text: string): MatchText;
  /** the matching form of a lexicon word (same folding, spaces collapsed) */
  foldWord(word: string): string;
  /** true for the code units of characters dropped as combining marks */
  isMarkCode(c: number): boolean;
}

// Unicode white space other than newline becomes one plain space: pages carry NBSP and friends.
const SPACE = /[\t\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

// Native UTF-16 decoding builds the folded string in one call (no per-character concatenation).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be');

// Per code unit: the folded code unit, or one of these markers.
const DROP = -1;
const KEEP = -2;

/** Builds a folder from a language's FoldSpec. */
export function createFolder(spec: FoldSpec): Folder {
  // one lookup per code unit: folding 3,000 characters must cost microseconds, not a Map each
  const table = new Int32Array(0x10000).fill(KEEP);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 65 && c <= 90) table[c] = c + 32;
    else if (SPACE.test(ch)) table[c] = 32;
  }
  for (const [from, to] of Object.entries(spec.map)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const ch of spec.marks) table[ch.charCodeAt(0)] = DROP;
  for (const ch of spec.ignorable) table[ch.charCodeAt(0)] = DROP;
  const markCodes = new Uint8Array(0x10000);
  for (const ch of spec.marks) markCodes[ch.charCodeAt(0)] = 1;
  const isolated = new Map(Object.entries(spec.isolated ?? {}).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
  const letterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);

  // One scratch buffer for the code units, reused by every call (a text is folded in one go,
  // never re-entrantly); the outputs are plain arrays: a typed array per call costs more to
  // allocate than folding a sentence.
  let codes = new Uint16Array(256);

  function fold(text: string): MatchText {
    const n = text.length;
    if (codes.length < n) codes = new Uint16Array(n);
    const pos: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let inWord = false;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let t = table[c]!;
      if (t === DROP) {
        const alone = isolated.get(c);
        if (alone === undefined || letterAt(text, i - 1) || letterAt(text, i + 1)) continue;
        t = alone;
      }
      const out = t === KEEP ? c : t;
      // word boundaries on the folded form, so the tagger need not split the text again
      if (isWordCode(out)) {
        if (!inWord) starts.push(k);
        inWord = true;
      } else if (inWord) {
        ends.push(k);
        inWord = false;
      }
      codes[k++] = out;
      pos.push(i);
    }
    if (inWord) ends.push(k);
    pos.push(n);
    const words: Words = { starts, ends, count: starts.length };
    return { text, norm: UTF16.decode(codes.subarray(0, k)), pos, words };
  }

  return {
    fold,
    foldWord: (word) => fold(word).norm.replace(/ +/g, ' ').trim(),
    isMarkCode: (c) => markCodes[c] === 1,
  };
}

/**
 * The original span of a matching-form span `[s, e)`: the end moves past marks that belong to
 * the last letter («مساءً» keeps its tanween).
 */
export function originalSpan(mt: MatchText, folder: Folder, s: number, e: number): { start: number; end: number } {
  const start = mt.pos[s]!;
  let end = e > s ? mt.pos[e - 1]! + 1 : start;
  while (end < mt.text.length && folder.isMarkCode(mt.text.charCodeAt(end))) end++;
  return { start, end };
}
