/**
 * Character classes for patterns. Patterns run without the regex `u` flag, which makes every
 * sticky match several times slower in V8; these explicit classes replace `\p{L}` / `\p{N}`.
 * They cover ASCII, Latin-1/Extended letters and the Arabic blocks, punctuation excluded
 * (، ؛ ؟ ۔ and the Arabic percent and decimal signs are not letters).
 */

/** Source of a class matching one letter or digit. */
export const WORD_CHAR =
  '[0-9A-Za-z\\u00C0-\\u024F\\u0620-\\u064A\\u0660-\\u0669\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]';

/** Source of a class matching one letter (no digits). */
export const LETTER =
  '[A-Za-z\\u00C0-\\u024F\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE-\\u06F9\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]';

// One lookup per code unit instead of a regex test: the tagger asks at every word start.
const IS_WORD = new Uint8Array(0x10000);
{
  const re = new RegExp(WORD_CHAR);
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) IS_WORD[c] = 1;
}

/** True when the code unit `c` is a letter or digit. */
export function isWordCode(c: number): boolean {
  return IS_WORD[c] === 1;
}
