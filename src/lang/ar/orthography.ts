import type { Orthography } from '../language.js';

/**
 * Arabic folding for matching. News sites spell the same word many ways (with or without hamza,
 * ى for ي, ه for ة, Persian keyboards' ک and ی, Eastern digits); matching must not care, while
 * the text shown to users is never changed (the normaliser keeps an offset map).
 *
 * Letters borrowed from Persian, Urdu and the Maghreb fold to the Arabic letter they are drawn
 * from (their skeleton without the extra dots or stroke): ڨ (Maghrebi g, a qaf with three dots)
 * → ق, گ and ڭ (Persian and Moroccan g, a kaf with a stroke or dots) → ك, ڤ → ف, پ → ب, چ → ج,
 * ژ → ز. This is predictable and matches how the same names are written in standard Arabic
 * (ڨالمة = قالمة, ڤلاديمير = فلاديمير). Spellings that change the letter itself (a g written غ or
 * ج) are aliases and belong in the gazetteers, not here.
 */
export const arabicOrthography: Orthography = {
  deleted: [
    [0x0610, 0x061a], // honorific and Quranic small signs above letters
    [0x064b, 0x065f], // tashkeel: tanween, harakat, shadda, sukun, combining maddah and hamza
    [0x0670, 0x0670], // superscript (dagger) alef
    [0x0640, 0x0640], // tatweel: typographic elongation, carries no letter
    [0x06d6, 0x06dc], // Quranic annotation marks
    [0x06df, 0x06e4],
    [0x06e7, 0x06e8],
    [0x06ea, 0x06ed],
    [0x0898, 0x089f], // Quranic marks added in Unicode 14
    [0x08ca, 0x08e1], // extended Arabic marks
    [0x08e2, 0x08e2], // disputed end of ayah, a format character
    [0x08e3, 0x08ff],
  ],
  replacements: {
    // alef with hamza or madda, wasla: writers omit or vary them freely
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا',
    'ؤ': 'و', 'ٶ': 'و',
    'ئ': 'ي', 'ٸ': 'ي',
    // final ى and ي, ة and ه are interchanged, especially in Egyptian typing
    'ى': 'ي',
    'ة': 'ه', 'ۃ': 'ه',
    // Persian and Urdu keyboard letters that stand for Arabic ones
    'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ۓ': 'ي',
    'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه', 'ە': 'ه',
    // letters for sounds Arabic lacks fold to the letter they are drawn from (see above)
    'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڥ': 'ف', 'ڨ': 'ق', 'گ': 'ك', 'ڭ': 'ك', 'ڠ': 'غ', 'ۋ': 'و',
    // Eastern Arabic digits
    '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
    // Persian and Urdu digits
    '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
    // Arabic punctuation, so patterns need one spelling
    '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '۔': '.', '٭': '*',
  },
  compatibility: [
    [0xfb50, 0xfdff], // presentation forms A: contextual shapes and ligatures (ﷲ, ﷺ)
    [0xfe70, 0xfefe], // presentation forms B: contextual shapes, lam-alef ligatures (ﻻ → لا)
  ],
};
