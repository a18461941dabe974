import type { CharRange, Orthography } from '../lang/language.js';

/**
 * The normaliser's per-code-unit table, compiled once per orthography so the hot loop is one
 * array lookup per character. Two foldings are kept side by side:
 * - `norm`: everything folded (what lexicon keys and patterns are matched against);
 * - `light`: only invisible characters removed and presentation forms decomposed, letters kept as
 *   written, so the clitic segmenter can still see hamza and ة.
 * Both have the same length for every character, which keeps them index-aligned.
 */

/** The character is copied unchanged. */
export const OP_KEEP = 0;
/** The character is removed (an invisible control). */
export const OP_DELETE = 1;
/** The character becomes one other character. */
export const OP_MAP = 2;
/** The character becomes several characters (a ligature). */
export const OP_EXPAND = 3;
/** The character is removed but belongs to the letter before it (a diacritic, tatweel): offset
 * maps keep it inside that letter's span. */
export const OP_MARK = 4;

/** A compiled normalisation table; see the file comment. */
export interface CharTable {
  op: Uint8Array;
  /** the folded character for OP_MAP */
  norm: Uint16Array;
  /** the lightly folded character for OP_MAP */
  light: Uint16Array;
  /** both foldings of OP_EXPAND characters, of equal length */
  expand: Map<number, { norm: string; light: string }>;
}

// Language-free rules. Invisible bidi and zero-width controls carry no letter, so matching must
// skip them; every Unicode space is a space; U+2028/9 are line breaks.
const INVISIBLE: readonly CharRange[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator, formerly a space-like format char
  [0x200b, 0x200f], // zero-width space, (non-)joiner, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];
const SPACES: readonly CharRange[] = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
const LINE_BREAKS: readonly CharRange[] = [[0x2028, 0x2029]];
// Fullwidth ASCII is folded by NFKC like the presentation forms.
const FULLWIDTH: readonly CharRange[] = [[0xff01, 0xff5e]];
// Latin letters are lowercased; other cased scripts are left alone (no need seen in the corpus).
const LATIN: readonly CharRange[] = [
  [0x0041, 0x005a],
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];

function inRanges(c: number, ranges: readonly CharRange[]): boolean {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true;
  return false;
}

/** One character's folding without compatibility decomposition: null = delete. */
function foldBasic(c: number, o: Orthography, replacements: Map<number, number>): number | null {
  if (inRanges(c, INVISIBLE) || inRanges(c, o.deleted)) return null;
  if (inRanges(c, SPACES)) return 0x20;
  if (inRanges(c, LINE_BREAKS)) return 0x0a;
  const r = replacements.get(c);
  if (r !== undefined) return r;
  if (inRanges(c, LATIN)) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

/** Same as foldBasic but leaving visible letters as written (the `light` folding). */
function foldLight(c: number, o: Orthography): number | null {
  if (inRanges(c, INVISIBLE) || inRanges(c, o.deleted)) return null;
  return c;
}

/** Compiles an orthography into a table; throws when a replacement is not one character to one. */
export function compileCharTable(o: Orthography): CharTable {
  const replacements = new Map<number, number>();
  for (const [from, to] of Object.entries(o.replacements)) {
    if (from.length !== 1 || to.length !== 1) throw new Error(`orthography replacement must map one code unit to one: ${from} → ${to}`);
    replacements.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  const op = new Uint8Array(0x10000);
  const norm = new Uint16Array(0x10000);
  const light = new Uint16Array(0x10000);
  const expand = new Map<number, { norm: string; light: string }>();
  const compat = [...o.compatibility, ...FULLWIDTH];

  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogate halves are copied as they are
    const n = foldBasic(c, o, replacements);
    if (n === null) {
      op[c] = inRanges(c, INVISIBLE) ? OP_DELETE : OP_MARK;
      continue;
    }
    if (n === c && inRanges(c, compat) && !inRanges(c, INVISIBLE)) {
      const decomposed = String.fromCharCode(c).normalize('NFKC');
      if (decomposed !== String.fromCharCode(c)) {
        let nOut = '';
        let lOut = '';
        for (const ch of decomposed) {
          const code = ch.charCodeAt(0);
          const fn = foldBasic(code, o, replacements);
          const fl = foldLight(code, o);
          if (fn === null || fl === null) continue;
          nOut += String.fromCharCode(fn);
          lOut += String.fromCharCode(fl);
        }
        // isolated diacritic forms decompose to a space plus the mark: the mark is deleted and
        // the space must not appear, or a word would be cut in two
        if (nOut.trim() === '' && decomposed.trim() !== '') nOut = lOut = '';
        if (nOut.length === 0) op[c] = OP_MARK;
        else if (nOut.length === 1) {
          op[c] = OP_MAP;
          norm[c] = nOut.charCodeAt(0);
          light[c] = lOut.charCodeAt(0);
        } else {
          op[c] = OP_EXPAND;
          expand.set(c, { norm: nOut, light: lOut });
        }
        continue;
      }
    }
    if (n !== c) {
      op[c] = OP_MAP;
      norm[c] = n;
      light[c] = c;
    }
  }
  return { op, norm, light, expand };
}
