import { describe, expect, it } from 'vitest';
import { normalize, normalizeDetailed, normalizeWithMap } from './normalize.js';

/** A small seeded generator, so property tests are reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// letters, marks, ligatures, controls, spaces, digits and punctuation that normalisation touches
const ALPHABET = [
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي',
  ...'أإآٱؤئىةء',
  '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0670', '\u0640',
  'ﻻ', 'ﻷ', 'ﷲ', 'ﺍ', 'ﻟ', 'ﺠ', '\ufe70',
  '\u200f', '\u200c', '\u202b', '\u2066', '\ufeff', '\u061c', '\u00a0', '\u2009',
  ...'٠١٢٣۴۵', '،', '؛', '؟', '٫', '٪',
  'ک', 'ی', 'گ', 'ڨ', 'ڤ', 'پ',
  ' ', '\n', '.', ',', 'A', 'b', 'Z', '1',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

describe('normalize', () => {
  it('removes tashkeel, superscript alef, Quranic marks and tatweel', () => {
    expect(normalize('وَزِيرُ الدِّفَاعِ')).toBe('وزير الدفاع');
    expect(normalize('هٰذا')).toBe('هذا');
    expect(normalize('محمد ﷺ\u0610')).toBe('محمد صلي الله عليه وسلم');
    expect(normalize('الـــجــيــش')).toBe('الجيش');
    expect(normalize('رحمه الله\u0617\u06da')).toBe('رحمه الله');
  });

  it('folds alef and hamza forms, alef maqsura and taa marbuta', () => {
    expect(normalize('أعلن إيران آلاف ٱلقاهرة')).toBe('اعلن ايران الاف القاهره');
    expect(normalize('مؤتمر رئيس')).toBe('موتمر رييس');
    expect(normalize('مستشفى على')).toBe('مستشفي علي');
    expect(normalize('وزارة الدفاع')).toBe('وزاره الدفاع');
  });

  it('maps Eastern Arabic and Persian digits and Arabic punctuation to ASCII', () => {
    expect(normalize('٢٠٢٥')).toBe('2025');
    expect(normalize('۱۴۰۳')).toBe('1403');
    expect(normalize('٣٫٥٪')).toBe('3.5%');
    expect(normalize('١٬٢٠٠')).toBe('1,200');
    expect(normalize('نعم، لا؛ متى؟')).toBe('نعم, لا; متي?');
  });

  it('removes bidi and zero-width controls and turns Unicode spaces into spaces', () => {
    expect(normalize('\u200fالرياض\u200e \u202bجدة\u202c \u2067مكة\u2069\ufeff')).toBe('الرياض جده مكه');
    expect(normalize('می\u200cخواهد')).toBe('ميخواهد');
    expect(normalize('كلمة\u061c')).toBe('كلمه');
    expect(normalize('10\u00a0كم\u202fو\u2009نصف')).toBe('10 كم و نصف');
  });

  it('folds Persian, Urdu and Maghrebi letters to the Arabic letter they are drawn from', () => {
    expect(normalize('کابل')).toBe('كابل');
    expect(normalize('ایران')).toBe('ايران');
    expect(normalize('ڨالمة')).toBe('قالمه'); // Algerian spelling of قالمة
    expect(normalize('گیلان')).toBe('كيلان');
    expect(normalize('ڤلاديمير')).toBe('فلاديمير');
    expect(normalize('پاکستان')).toBe('باكستان');
  });

  it('decomposes presentation forms, lam-alef ligatures and fullwidth Latin, and lowercases Latin', () => {
    expect(normalize('ﺍﻟﺠﺰﺍﺋﺮ')).toBe('الجزاير');
    expect(normalize('ﻻ')).toBe('لا');
    expect(normalize('ﻷن')).toBe('لان');
    expect(normalize('ﷲ')).toBe('الله');
    expect(normalize('ﺑِﺴﻢ\ufe70')).toBe('بسم'); // an isolated tanween form is a mark, not a space
    expect(normalize('ＮＡＴＯ and NATO')).toBe('nato and nato');
    expect(normalize('Élysée')).toBe('élysée');
  });

  it('returns the same string when nothing changes', () => {
    const s = 'وزير الدفاع';
    expect(normalize(s)).toBe(s);
    expect(normalize('')).toBe('');
  });
});

describe('normalizeWithMap', () => {
  it('maps a span of the normalised text back to the exact original span', () => {
    const text = 'أكَّدَ وزيرُ الدِّفاعِ الجزائريُّ أنَّ المُناورات ستُجرى في ٢٠٢٥.';
    const { norm, map } = normalizeWithMap(text);
    expect(norm).toBe('اكد وزير الدفاع الجزايري ان المناورات ستجري في 2025.');
    const at = norm.indexOf('الدفاع');
    const span = map.spanToSource({ start: at, end: at + 'الدفاع'.length });
    expect(text.slice(span.start, span.end)).toBe('الدِّفاعِ');
    const year = norm.indexOf('2025');
    const ys = map.spanToSource({ start: year, end: year + 4 });
    expect(text.slice(ys.start, ys.end)).toBe('٢٠٢٥');
  });

  it('keeps diacritics and tatweel with their letter, even at the end of the text', () => {
    const text = '\u200fقال الـمُتحدِّثُ\u200e باسم الجيشِ';
    const { norm, map } = normalizeWithMap(text);
    expect(norm).toBe('قال المتحدث باسم الجيش');
    expect(map.toSource(0)).toBe(1);
    const at = norm.indexOf('المتحدث');
    const span = map.spanToSource({ start: at, end: at + 7 });
    expect(span.start).toBe(5);
    // the trailing control is invisible and belongs to no letter: whether a span takes it in
    // depends on how the OffsetMap treats gaps, so only the visible part is asserted
    expect(text.slice(span.start, span.end).replace('\u200e', '')).toBe('الـمُتحدِّثُ');
    const army = map.spanToSource({ start: norm.length - 5, end: norm.length });
    expect(text.slice(army.start, army.end)).toBe('الجيشِ');
    const lam = map.spanToSource({ start: at + 1, end: at + 2 });
    expect(text.slice(lam.start, lam.end)).toBe('لـ');
  });

  it('maps a ligature that expands to two letters onto its one source character', () => {
    const text = 'قال ﻻ بد من الحوار';
    const { norm, map } = normalizeWithMap(text);
    expect(norm).toBe('قال لا بد من الحوار');
    expect(map.length).toBe(norm.length);
    expect(map.spanToSource({ start: 4, end: 6 })).toEqual({ start: 4, end: 5 });
    // half of the expansion still maps to the whole ligature, never to an empty span
    expect(map.spanToSource({ start: 5, end: 6 })).toEqual({ start: 4, end: 5 });
    expect(map.spanToSource({ start: 4, end: 5 })).toEqual({ start: 4, end: 5 });
    const after = norm.indexOf('بد');
    expect(map.spanToSource({ start: after, end: after + 2 })).toEqual({ start: 6, end: 8 });
  });

  it('agrees with normalize and keeps every span inside the source (property)', () => {
    const next = rng(7);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 1 + Math.floor(next() * 40));
      const { norm, map } = normalizeWithMap(text);
      expect(norm).toBe(normalize(text));
      expect(map.length).toBe(norm.length);
      expect(map.sourceLength).toBe(text.length);
      for (let i = 0; i <= norm.length; i++) {
        const s = map.toSource(i);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(s).toBeGreaterThanOrEqual(map.toSource(i - 1));
      }
    }
  });

  it('round-trips: the source of a norm span normalises back to that span (property)', () => {
    const next = rng(11);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 1 + Math.floor(next() * 30));
      const d = normalizeDetailed(text);
      const { map } = normalizeWithMap(text);
      // boundaries inside an expanded ligature have no exact source span
      const clean = (k: number): boolean => k === 0 || k === d.norm.length || d.src[k] !== d.src[k - 1];
      for (let a = 0; a < d.norm.length; a++) {
        if (!clean(a)) continue;
        for (let b = a + 1; b <= d.norm.length; b++) {
          if (!clean(b)) continue;
          const span = map.spanToSource({ start: a, end: b });
          expect(normalize(text.slice(span.start, span.end))).toBe(d.norm.slice(a, b));
        }
      }
    }
  });

  it('keeps light letters aligned with normalised ones', () => {
    const d = normalizeDetailed('وَأَكَّدَ ﻷن المستشفى');
    expect(d.light.length).toBe(d.norm.length);
    expect(d.light).toBe('وأكد لأن المستشفى');
    expect(d.norm).toBe('واكد لان المستشفي');
  });
});
