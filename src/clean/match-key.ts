/**
 * Matching keys for phrase and line comparison: no diacritics or tatweel, one alef, ya for
 * alef maqsura, ha for ta marbuta, ASCII digits, lower case, presentation forms unfolded,
 * anything but letters and digits as one space. Display text is never changed; keys only decide
 * whether two strings say the same thing. Folding goes through a per-code-unit table filled on
 * first use, because the cleaner keys every line of every page.
 */
const FOLD: (string | undefined)[] = new Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPECIAL: Record<string, string> = { إ: 'ا', أ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

function foldOf(code: number): string {
  const ch = String.fromCharCode(code);
  if ((code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed) || code === 0x0640) return '';
  if (SPECIAL[ch]) return SPECIAL[ch];
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0xd800 && code <= 0xdfff) return ch; // surrogates: decided per pair in matchKey
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe) || (code >= 0xff00 && code <= 0xffef)) {
    const nfkc = ch.normalize('NFKC');
    if (nfkc !== ch) return [...nfkc].map((c) => foldOf(c.charCodeAt(0))).join('');
  }
  if (LETTER_OR_DIGIT.test(ch)) return ch.toLowerCase();
  return ' ';
}

/** What folding does to a code unit: keep it, make it a separator, drop it, or replace it. */
const KEEP = 1;
const SEP = 2;
const DROP = 3;
const REPLACE = 4;
const KIND = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let k = KIND[code]!;
  if (k === 0) {
    const f = (FOLD[code] = foldOf(code));
    const ch = String.fromCharCode(code);
    k = f === ' ' ? SEP : f === ch ? KEEP : f === '' ? DROP : REPLACE;
    if (code >= 0xd800 && code <= 0xdfff) k = REPLACE;
    KIND[code] = k;
  }
  return k;
}

/** The matching key of a string, e.g. `matchKey('«الأمنى»،  2024')` → `'الامني 2024'`. */
export function matchKey(s: string): string {
  let out = '';
  let space = false;
  // runs of characters kept as they are are copied as slices, not one by one
  let run = -1;
  const flush = (i: number): void => {
    if (run >= 0) {
      if (space) {
        if (out.length) out += ' ';
        space = false;
      }
      out += s.slice(run, i);
      run = -1;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const k = kindOf(code);
    if (k === KEEP) {
      if (run < 0) {
        if (space && out.length) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    flush(i);
    if (k === SEP) {
      space = true;
      continue;
    }
    if (k === DROP) continue;
    let f = FOLD[code]!;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const pair = s.slice(i, i + 2);
      i++;
      f = LETTER_OR_DIGIT.test(pair) ? pair : ' ';
    } else if (code >= 0xd800 && code <= 0xdfff) f = ' ';
    if (f === ' ') {
      space = true;
      continue;
    }
    if (space && out.length) out += ' ';
    space = false;
    out += f;
  }
  flush(s.length);
  return out;
}

/** The key's words. */
export function keyWords(s: string): string[] {
  const k = matchKey(s);
  return k ? k.split(' ') : [];
}

/**
 * A word without its leading conjunction, preposition and article (و ف ب ل ك ال لل), so that
 * `وبالجزائر` and `الجزائر` compare equal when measuring how much two lines share. Only for
 * comparing lines; the text layer's tokenizer does real clitic segmentation.
 */
export function lightStem(word: string): string {
  let w = word;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) w = w.slice(1);
  if (w.startsWith('لل') && w.length > 4) w = w.slice(2);
  else if (w.length > 4 && 'بلك'.includes(w[0]!) && w[1] === 'ا' && w[2] === 'ل') w = w.slice(1);
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  return w;
}
