/**
 * Tense of the clause around an expression, from cue words given as data: the nearest cue before
 * the expression in its clause decides (a complementizer such as «أن» closes the clause on the
 * left, so «أعلنت الوزارة أن غرة رمضان ستكون …» reads the embedded clause); without one, the
 * nearest cue after it in the sentence.
 */
import type { Folder } from './match-text.js';
import type { Tense, TenseCues } from './types.js';

/** A compiled tense reader for one language. */
export interface TenseReader {
  /** tense around `[start, end)` of a matching-form text */
  at(norm: string, start: number, end: number): Tense;
  /** the tense a single word signals, or null */
  word(w: string): Tense;
}

// How far (in characters) a tense cue is looked for around an expression: a long news sentence.
const WINDOW = 400;
// Words seen by a reader keep their reading; past this many the memo starts afresh, so a long
// run over many texts holds a bounded vocabulary.
const MEMO_LIMIT = 50_000;

// Words are maximal runs of letters (`\p{L}`); one table lookup per code unit of the BMP.
const LETTER = /^\p{L}$/u;
const IS_LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (LETTER.test(String.fromCharCode(c))) IS_LETTER[c] = 1;

/** Length of the letter at `i` (2 for a letter outside the BMP), or 0 when `s[i]` is no letter. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (IS_LETTER[c] === 1) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff && LETTER.test(s.slice(i, i + 2))) return 2;
  }
  return 0;
}

/** The words (runs of letters) of `s[from, to)`, as `s.slice(from, to).match(/\p{L}+/gu)` would. */
function wordsIn(s: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    let n = letterAt(s, i);
    if (n === 0 || i + n > to) {
      i++;
      continue;
    }
    const w0 = i;
    while (n > 0 && i + n <= to) {
      i += n;
      n = i < to ? letterAt(s, i) : 0;
    }
    out.push(s.slice(w0, i));
  }
  return out;
}

/** A flag per code unit: 1 for the characters of `chars`. */
export function codeFlags(chars: string): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) flags[chars.charCodeAt(i)] = 1;
  return flags;
}

/** A memo of a word's reading, bounded (see MEMO_LIMIT). */
function memo<T>(read: (w: string) => T): (w: string) => T {
  const seen = new Map<string, T>();
  return (w) => {
    let t = seen.get(w);
    if (t === undefined && !seen.has(w)) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      t = read(w);
      seen.set(w, t);
    }
    return t as T;
  };
}

/** Compiles a language's tense cues. */
export function createTenseReader(folder: Folder, cues: TenseCues, sentenceEnd: string): TenseReader {
  const words = new Map<string, Tense>();
  for (const w of cues.past) words.set(folder.foldWord(w), 'past');
  for (const w of cues.present) words.set(folder.foldWord(w), 'present');
  for (const w of cues.future) words.set(folder.foldWord(w), 'future');
  const notVerbs = new Set(cues.notVerbs.map((w) => folder.foldWord(w)));
  const future = new RegExp(`^(?:${cues.futurePattern})$`, 'u');
  const past = new RegExp(`^(?:${cues.pastPattern})$`, 'u');
  const present = new RegExp(`^(?:${cues.presentPattern})$`, 'u');
  const clitics = new RegExp(`^(?:${cues.proclitics})`, 'u');
  const prepositions = new Set(cues.prepositions.map((w) => folder.foldWord(w)));
  const breaks = new Set(cues.clauseBreaks.map((w) => folder.foldWord(w)));
  const relatives = new Set(cues.relativePronouns.map((w) => folder.foldWord(w)));
  // by code, not by one-character string: two-byte characters read as strings are allocated
  const stopsSentence = codeFlags(sentenceEnd);
  const stopsClause = codeFlags(sentenceEnd + cues.clausePunctuation);
  const imperfective = new RegExp(`^(?:${cues.imperfectiveShape})$`, 'u');
  const slots = new Set(cues.verbSlots.map((w) => folder.foldWord(w)));

  function readWord(w: string): Tense {
    const listed = words.get(w);
    if (listed) return listed;
    const bare = w.replace(clitics, '');
    const listedBare = words.get(bare);
    if (listedBare) return listedBare;
    if (notVerbs.has(w) || notVerbs.has(bare)) return null;
    if (future.test(bare)) return 'future';
    if (present.test(bare)) return 'present';
    if (past.test(bare)) return 'past';
    return null;
  }
  // the same words recur in every text: each is read by the patterns once
  const word = memo(readWord);
  const imperfectiveWord = memo((w: string) => imperfective.test(w.replace(clitics, '')));

  /** The tense word i of a clause signals, given its neighbour on the left. */
  const cue = (ws: readonly string[], i: number): Tense => {
    const prev = i > 0 ? ws[i - 1]! : null;
    if (prev !== null && prepositions.has(prev)) return null;
    const t = word(ws[i]!);
    if (t) return t;
    return prev !== null && slots.has(prev) && imperfectiveWord(ws[i]!) ? 'present' : null;
  };

  /**
   * 1. back to the clause start (a complementizer) — the expression's own clause;
   * 2. forward to the clause end (punctuation or a relative pronoun);
   * 3. back over the rest of the sentence (the reporting clause: «قال … إنه شعر … يوم السبت»),
   *    unless the expression opens a verbless clause right after the complementizer.
   */
  function at(norm: string, start: number, end: number): Tense {
    // a run-on text without sentence ends must not make every lookup scan all of it
    const floor = Math.max(0, start - WINDOW);
    const ceil = Math.min(norm.length, end + WINDOW);
    let s = start;
    while (s > floor && stopsSentence[norm.charCodeAt(s - 1)] !== 1) s--;
    let e = end;
    while (e < ceil && stopsClause[norm.charCodeAt(e)] !== 1) e++;
    const before = wordsIn(norm, s, start);
    let i = before.length - 1;
    for (; i >= 0 && !breaks.has(before[i]!); i--) {
      const t = cue(before, i);
      if (t) return t;
    }
    const after = wordsIn(norm, end, e);
    for (let k = 0; k < after.length && !relatives.has(after[k]!); k++) {
      const t = cue(after, k);
      if (t) return t;
    }
    // «أعلنت المحكمة أن السبت هو …»: a verbless clause announced by a complementizer names a
    // day to come, whatever the tense of the announcing verb
    if (i >= 0 && i === before.length - 1) return 'present';
    for (i--; i >= 0; i--) {
      const t = breaks.has(before[i]!) ? null : cue(before, i);
      if (t) return t;
    }
    return null;
  }

  return { at, word };
}
