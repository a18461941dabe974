/**
 * A matching key for phrase and line comparison: no diacritics or tatweel, one alef, ya for
 * alef maqsura, ha for ta marbuta, ASCII digits, lower case, punctuation as spaces, one space.
 * Display text is never changed; keys only decide whether two strings say the same thing.
 */
export function matchKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
