/**
 * Character classes for the tokenizer, from Unicode properties only (no language knowledge),
 * computed once per code unit on first sight so the scanning loop does no regex work.
 */

/** Whitespace and control characters: they separate tokens. */
export const C_SPACE = 1;
/** Invisible format characters (ZWNJ, bidi marks): inside a word they stay in it, elsewhere they separate. */
export const C_FORMAT = 2;
/** A letter of the language pack's script (Arabic). */
export const C_LETTER_MAIN = 3;
/** A Latin letter. */
export const C_LETTER_LATIN = 4;
/** A letter of any other script. */
export const C_LETTER_OTHER = 5;
/** A combining mark, or a script-neutral letter such as tatweel: continues any word. */
export const C_MARK = 6;
/** A decimal digit of any script. */
export const C_DIGIT = 7;
/** Punctuation. */
export const C_PUNCT = 8;
/** Symbols, other numbers, anything else visible. */
export const C_SYMBOL = 9;
/** The first half of a surrogate pair. */
export const C_HIGH = 10;
/** A lone second half of a surrogate pair. */
export const C_LOW = 11;

const RE_SPACE = /[\s\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_MARK = /\p{M}/u;
const RE_LETTER = /\p{L}/u;
const RE_NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const RE_LATIN = /\p{Script=Latin}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_PUNCT = /\p{P}/u;

/** Lazily filled classes of one script; 0 means not computed yet. */
export class CharClasses {
  private readonly table = new Uint8Array(0x10000);
  private readonly mainScript: RegExp;

  constructor(script: string) {
    this.mainScript = new RegExp(`\\p{Script=${script}}`, 'u');
  }

  /** The class of code unit `c`. */
  of(c: number): number {
    const k = this.table[c]!;
    return k !== 0 ? k : (this.table[c] = this.compute(c));
  }

  private compute(c: number): number {
    if (c >= 0xd800 && c <= 0xdbff) return C_HIGH;
    if (c >= 0xdc00 && c <= 0xdfff) return C_LOW;
    const ch = String.fromCharCode(c);
    if (RE_SPACE.test(ch)) return C_SPACE;
    if (RE_FORMAT.test(ch)) return C_FORMAT;
    if (RE_MARK.test(ch)) return C_MARK;
    if (RE_LETTER.test(ch)) {
      if (this.mainScript.test(ch)) return C_LETTER_MAIN;
      if (RE_LATIN.test(ch)) return C_LETTER_LATIN;
      if (RE_NEUTRAL.test(ch)) return C_MARK; // tatweel and other script-neutral modifier letters
      return C_LETTER_OTHER;
    }
    if (RE_DIGIT.test(ch)) return C_DIGIT;
    if (RE_PUNCT.test(ch)) return C_PUNCT;
    return C_SYMBOL;
  }
}

const byScript = new Map<string, CharClasses>();

/** The shared class table for a main script. */
export function charClassesFor(script: string): CharClasses {
  let t = byScript.get(script);
  if (!t) {
    t = new CharClasses(script);
    byScript.set(script, t);
  }
  return t;
}
