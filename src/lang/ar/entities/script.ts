/**
 * Letter tables of the entity engine: a romanisation for readable entity ids, and the consonant
 * skeleton used to compare foreign names whose Arabic spelling varies (لانغلي/لانجلي/لانقلي,
 * تاونسند/تاونزند, إسبر/إسبير). Letters are given in normalised form (the text layer has already
 * folded ڨ into ق and گ into ك).
 */

/** Romanisation of normalised Arabic letters for entity ids (`person:syd-shnqryh`). */
export const arabicRomanization: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ء': '', 'ة': 'a',
  ' ': '-',
};

/**
 * Consonant classes of the name skeleton. A hard g is written ج، غ، ق، ڨ، گ or ك depending on the
 * outlet and the country, so they share one class; s and z (تاونسند/تاونزند), t and ط, d and ض
 * alternate the same way in transliterations. Long vowels, hamza, ع and a final ه/ة are left out:
 * transliterations add or drop them freely (إسبر/إسبير، ويليام/وليام).
 */
export const arabicSkeleton: Readonly<Record<string, string>> = {
  'ب': 'B', 'ت': 'T', 'ط': 'T', 'ث': 'T', 'ج': 'G', 'غ': 'G', 'ق': 'G', 'ك': 'G', 'ح': 'H', 'ه': 'H',
  'خ': 'H', 'د': 'D', 'ض': 'D', 'ذ': 'S', 'ز': 'S', 'س': 'S', 'ص': 'S', 'ظ': 'S', 'ش': 'X', 'ف': 'F',
  'ل': 'L', 'م': 'M', 'ن': 'N', 'ر': 'R',
};

/** Letter pairs read as one sound before the skeleton is taken: تش is ch (تشارلز = شارل). */
export const arabicSkeletonDigraphs: Readonly<Record<string, string>> = { 'تش': 'ش', 'دج': 'ج' };
