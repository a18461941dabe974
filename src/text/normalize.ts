import { OffsetMapBuilder, type OffsetMap } from '../core/offset-map.js';
import { defaultLanguage } from '../lang/index.js';
import type { LanguagePack, Orthography } from '../lang/language.js';
import { compileCharTable, OP_EXPAND, OP_KEEP, OP_MAP, OP_MARK, type CharTable } from './char-table.js';

const tables = new WeakMap<Orthography, CharTable>();

/** The compiled table of a language's orthography, built on first use. */
export function charTableFor(lang: LanguagePack = defaultLanguage): CharTable {
  let t = tables.get(lang.orthography);
  if (!t) {
    t = compileCharTable(lang.orthography);
    tables.set(lang.orthography, t);
  }
  return t;
}

/**
 * A normalised text with everything needed to map back: `src[i]` is the text position that
 * produced `norm[i]` (several entries share one position when a ligature expands), and
 * `toNorm[p]` is the `norm` position of text position `p` (length text.length + 1), and
 * `changed[p]` is 1 when normalisation changes the character at `p`, so a caller can tell that a
 * slice normalises to itself without comparing strings.
 * `light` is aligned with `norm` (see char-table.ts).
 */
export interface NormalizedText {
  norm: string;
  light: string;
  src: Int32Array;
  toNorm: Int32Array;
  changed: Uint8Array;
}

const CHUNK = 8192;

function codesToString(codes: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Normalises `text` keeping the position arrays; the engine behind every other function here. */
export function normalizeDetailed(text: string, lang: LanguagePack = defaultLanguage): NormalizedText {
  const t = charTableFor(lang);
  const { op, norm: normTab, light: lightTab, expand } = t;
  const len = text.length;
  let cap = len + 16;
  let out = new Uint16Array(cap);
  let lt = new Uint16Array(cap);
  let src = new Int32Array(cap);
  const toNorm = new Int32Array(len + 1);
  const changed = new Uint8Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    toNorm[i] = n;
    const c = text.charCodeAt(i);
    const k = op[c]!;
    if (k === OP_KEEP) {
      out[n] = c;
      lt[n] = c;
      src[n++] = i;
    } else if (k === OP_MAP) {
      changed[i] = 1;
      out[n] = normTab[c]!;
      lt[n] = lightTab[c]!;
      src[n++] = i;
    } else if (k === OP_EXPAND) {
      changed[i] = 1;
      const e = expand.get(c)!;
      if (n + e.norm.length > cap) {
        cap = Math.max(cap * 2, n + e.norm.length + 16);
        const o2 = new Uint16Array(cap);
        o2.set(out);
        out = o2;
        const l2 = new Uint16Array(cap);
        l2.set(lt);
        lt = l2;
        const s2 = new Int32Array(cap);
        s2.set(src);
        src = s2;
      }
      for (let j = 0; j < e.norm.length; j++) {
        out[n] = e.norm.charCodeAt(j);
        lt[n] = e.light.charCodeAt(j);
        src[n++] = i;
      }
    } else changed[i] = 1; // OP_DELETE, OP_MARK: nothing is emitted
  }
  toNorm[len] = n;
  return { norm: codesToString(out, n), light: codesToString(lt, n), src: src.subarray(0, n), toNorm, changed };
}

/**
 * The OffsetMap from norm positions to text positions. A letter and the marks after it (its
 * diacritics, tatweel) map as one unit, and a ligature's expansion maps as a unit onto the
 * ligature, so a span never cuts a letter from its diacritics or a ligature in two.
 */
export function offsetMapOf(d: NormalizedText, text: string, lang: LanguagePack = defaultLanguage): OffsetMap {
  const { op } = charTableFor(lang);
  const b = new OffsetMapBuilder();
  const { src } = d;
  const n = src.length;
  let i = 0;
  while (i < n) {
    const s = src[i]!;
    let j = i + 1;
    while (j < n && src[j] === s) j++;
    let sEnd = s + 1;
    while (sEnd < text.length && op[text.charCodeAt(sEnd)] === OP_MARK) sEnd++;
    if (j - i === 1 && sEnd === s + 1) b.copy(s, 1);
    else b.replace(s, sEnd - s, j - i);
    i = j;
  }
  return b.build(text.length);
}

/**
 * Normalises text for matching and keeps the way back: a span found in `norm` maps to the exact
 * span of `text` with `map.spanToSource(span)`. Example: `normalizeWithMap('وَالجَيْش')` →
 * `{ norm: 'والجيش', map }`, and `map.spanToSource({start: 1, end: 6})` → `{start: 2, end: 9}` (الجَيْش).
 * Diacritics and tatweel stay in the span of the letter they follow; invisible controls belong to
 * no letter.
 */
export function normalizeWithMap(text: string, lang: LanguagePack = defaultLanguage): { norm: string; map: OffsetMap } {
  const d = normalizeDetailed(text, lang);
  return { norm: d.norm, map: offsetMapOf(d, text, lang) };
}

/**
 * Normalises a string for matching (lexicon keys, patterns), the same folding as
 * normalizeWithMap without the map: `normalize('إلى الـقاهرة')` → `'الي القاهره'`.
 */
export function normalize(s: string, lang: LanguagePack = defaultLanguage): string {
  const { op, norm: normTab, expand } = charTableFor(lang);
  let i = 0;
  const len = s.length;
  while (i < len && op[s.charCodeAt(i)] === OP_KEEP) i++;
  if (i === len) return s; // nothing to fold: the common case for keys already normalised
  let out = s.slice(0, i);
  let runStart = i;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    const k = op[c]!;
    if (k === OP_KEEP) continue;
    if (runStart < i) out += s.slice(runStart, i);
    runStart = i + 1;
    if (k === OP_MAP) out += String.fromCharCode(normTab[c]!);
    else if (k === OP_EXPAND) out += expand.get(c)!.norm;
  }
  if (runStart < len) out += s.slice(runStart);
  return out;
}
