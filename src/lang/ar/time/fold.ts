/**
 * Arabic folding for matching (corpus/timex/README.md, "Normalisation the tagger needs"):
 * hamza and alef forms → ا, ى and Persian ی → ي, ة → ه, Eastern Arabic and Persian digits →
 * ASCII; harakat and tatweel are dropped as marks, direction and zero-width characters as
 * invisible. The engine applies this spec; nothing here is code.
 */
import type { FoldSpec } from '../../../time/types.js';

const digits = (zero: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String.fromCharCode(zero + i), String(i)]));

/** The Arabic FoldSpec. */
export const AR_FOLD: FoldSpec = {
  map: {
    'أ': 'ا',
    'إ': 'ا',
    'آ': 'ا',
    'ٱ': 'ا',
    'ى': 'ي',
    'ی': 'ي',
    'ک': 'ك',
    'ة': 'ه',
    'ۃ': 'ه',
    '٫': '.',
    '٬': ',',
    '–': '-',
    '—': '-',
    '‐': '-',
    '−': '-',
    ...digits(0x0660),
    ...digits(0x06f0),
  },
  // harakat, superscript alef, Quranic annotation marks, tatweel
  marks: '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed',
  // zero-width and bidirectional controls, BOM, soft hyphen
  // a tatweel standing alone between numbers is a dash («19 ـ 25 مايو»)
  isolated: { '\u0640': '-' },
  ignorable: '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c',
};
