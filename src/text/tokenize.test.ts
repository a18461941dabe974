import { describe, expect, it } from 'vitest';
import type { Token } from '../core/document.js';
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';

function at(tokens: Token[], surface: string, nth = 0): Token {
  const found = tokens.filter((t) => t.text === surface);
  const t = found[nth];
  if (!t) throw new Error(`no token ${surface}; tokens: ${tokens.map((x) => x.text).join(' | ')}`);
  return t;
}

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

/** Clitics as `form:surface` strings, for compact assertions. */
const cliticsOf = (text: string, t: Token): string[] => t.clitics.map((c) => `${c.form}:${slice(text, c)}`);

describe('tokenize: words and clitics', () => {
  const text = 'وبالجزائر، استقبل وزير الدفاع الوطني نظيره التونسي، فيما توجه الوفد للسفارة بواشنطن لبحث صفقة الأسلحة.';
  const tokens = tokenize(text);

  it('splits the chain و + ب + ال off وبالجزائر, with exact spans', () => {
    const t = at(tokens, 'وبالجزائر');
    expect(t).toMatchObject({ start: 0, end: 9, kind: 'word', norm: 'وبالجزاير', stemNorm: 'جزاير' });
    expect(slice(text, t.stem)).toBe('جزائر');
    expect(t.stem).toEqual({ start: 4, end: 9 });
    expect(t.clitics).toEqual([
      { form: 'و', role: 'conjunction', start: 0, end: 1 },
      { form: 'ب', role: 'preposition', start: 1, end: 2 },
      { form: 'ال', role: 'article', start: 2, end: 4 },
    ]);
  });

  it('reads لل as ل + ال: the article is canonical, its span is the one ل written', () => {
    const t = at(tokens, 'للسفارة');
    expect(slice(text, t)).toBe('للسفارة');
    expect(cliticsOf(text, t)).toEqual(['ل:ل', 'ال:ل']);
    expect(t.clitics.map((c) => c.role)).toEqual(['preposition', 'article']);
    expect(slice(text, t.stem)).toBe('سفارة');
    expect(t.stemNorm).toBe('سفاره');
  });

  it('does not cut a bare ب off a name without a lexicon, and does with one', () => {
    const t = at(tokens, 'بواشنطن');
    expect(t.clitics).toEqual([]);
    expect(t.stem).toEqual({ start: t.start, end: t.end });
    const withGazetteer = tokenize(text, { lexicon: new Set(['واشنطن']) });
    const w = at(withGazetteer, 'بواشنطن');
    expect(cliticsOf(text, w)).toEqual(['ب:ب']);
    expect(slice(text, w.stem)).toBe('واشنطن');
  });

  it('never cuts the first letter of words that only look like a clitic chain', () => {
    const s = 'والي ولاية وهران وزير ولد بلد كتب فريق وكالة بريطانيا فرنسا لبنان كاليفورنيا صواريخ بالستية والدته';
    for (const t of tokenize(s)) {
      expect(t.clitics, t.text).toEqual([]);
      expect(t.stemNorm).toBe(t.norm);
    }
  });

  it('splits a conjunction before hamza on alef, which opens a word', () => {
    const s = 'وأكد المتحدث بأن القوات ستنسحب، وأضاف أن الاتفاق يشمل لإسرائيل أيضا';
    const toks = tokenize(s);
    expect(cliticsOf(s, at(toks, 'وأكد'))).toEqual(['و:و']);
    expect(slice(s, at(toks, 'وأكد').stem)).toBe('أكد');
    expect(cliticsOf(s, at(toks, 'بأن'))).toEqual(['ب:ب']);
    expect(cliticsOf(s, at(toks, 'وأضاف'))).toEqual(['و:و']);
    expect(cliticsOf(s, at(toks, 'لإسرائيل'))).toEqual(['ل:ل']);
    expect(at(toks, 'لإسرائيل').stemNorm).toBe('اسراييل');
  });

  it('uses function words as a built-in lexicon, and keeps form VIII verbs in ال whole', () => {
    const s = 'والتقى الوزير بنظيره، والتي تأتي وفي ظل التوتر كما أن وكما';
    const toks = tokenize(s);
    expect(cliticsOf(s, at(toks, 'والتقى'))).toEqual(['و:و']);
    expect(slice(s, at(toks, 'والتقى').stem)).toBe('التقى');
    expect(cliticsOf(s, at(toks, 'والتي'))).toEqual(['و:و']);
    expect(cliticsOf(s, at(toks, 'وفي'))).toEqual(['و:و']);
    expect(at(toks, 'كما').clitics).toEqual([]);
    expect(cliticsOf(s, at(toks, 'وكما'))).toEqual(['و:و']);
  });

  it('keeps diacritics and tatweel inside the clitic they follow', () => {
    const s = 'وَبِالْجَزَائِرِ والـجيش';
    const toks = tokenize(s);
    const t = at(toks, 'وَبِالْجَزَائِرِ');
    expect(cliticsOf(s, t)).toEqual(['و:وَ', 'ب:بِ', 'ال:الْ']);
    expect(slice(s, t.stem)).toBe('جَزَائِرِ');
    expect(t.norm).toBe('وبالجزاير');
    const j = at(toks, 'والـجيش');
    expect(cliticsOf(s, j)).toEqual(['و:و', 'ال:الـ']);
    expect(slice(s, j.stem)).toBe('جيش');
  });

  it('does not split inside a lam-alef ligature', () => {
    const s = 'ﻷن الوفد وصل';
    const t = at(tokenize(s), 'ﻷن');
    expect(t.norm).toBe('لان');
    expect(t.clitics).toEqual([]);
  });

  it('keeps a ZWNJ inside a word and drops bidi marks at its edges', () => {
    const s = '\u200fقال\u200f رئيس\u200cجمهوری';
    const toks = tokenize(s);
    expect(toks.map((t) => t.text)).toEqual(['قال', 'رئيس\u200cجمهوری']);
    expect(toks[1]!.norm).toBe('رييسجمهوري');
  });

  it('splits words where the script changes', () => {
    const s = 'صواريخNASAMS الجديدة';
    expect(tokenize(s).map((t) => t.text)).toEqual(['صواريخ', 'NASAMS', 'الجديدة']);
  });
});

describe('tokenize: numbers, Latin, addresses', () => {
  it('keeps decimals, thousands, dates and times whole, and splits ranges', () => {
    const s = 'بلغت ٣٫٥ مليار و1.200 جندي في 22.01.2025 الساعة 10:30 لمدة 4-6 أيام عام 2025م';
    const toks = tokenize(s);
    const nums = toks.filter((t) => t.kind === 'number');
    expect(nums.map((t) => t.text)).toEqual(['٣٫٥', '1.200', '22.01.2025', '10:30', '4', '6', '2025']);
    expect(nums.map((t) => t.norm)).toEqual(['3.5', '1.200', '22.01.2025', '10:30', '4', '6', '2025']);
    const range = toks.slice(toks.indexOf(at(toks, '4')), toks.indexOf(at(toks, '6')) + 1);
    expect(range.map((t) => [t.text, t.kind])).toEqual([['4', 'number'], ['-', 'punct'], ['6', 'number']]);
    expect(at(toks, 'م').start).toBe(at(toks, '2025').end);
    const eastern = at(toks, '٣٫٥');
    expect(slice(s, eastern)).toBe('٣٫٥');
  });

  it('keeps Latin words with hyphens, apostrophes and initialisms', () => {
    const s = 'مقاتلات F-16 وأنظمة S-400 وفق U.S. officials and al-Sisi\'s office';
    const words = tokenize(s).map((t) => t.text);
    expect(words).toEqual(['مقاتلات', 'F-16', 'وأنظمة', 'S-400', 'وفق', 'U.S.', 'officials', 'and', "al-Sisi's", 'office']);
    const f16 = at(tokenize(s), 'F-16');
    expect(f16.norm).toBe('f-16');
  });

  it('keeps URLs, e-mail addresses, hashtags and mentions whole', () => {
    const s = 'للتفاصيل: https://www.mod.gov.dz/ar/news?id=12. راسلونا على press@mod.gov.sa أو #الجيش_الوطني و@MoD_Press';
    const toks = tokenize(s);
    const url = at(toks, 'https://www.mod.gov.dz/ar/news?id=12');
    expect(url).toMatchObject({ kind: 'symbol', special: 'url' });
    expect(s.slice(url.end, url.end + 1)).toBe('.');
    expect(at(toks, 'press@mod.gov.sa')).toMatchObject({ kind: 'symbol', special: 'email' });
    const tag = at(toks, '#الجيش_الوطني');
    expect(tag).toMatchObject({ kind: 'word', special: 'hashtag', stemNorm: 'الجيش_الوطني' });
    expect(slice(s, tag.stem)).toBe('الجيش_الوطني');
    expect(at(toks, '@MoD_Press')).toMatchObject({ special: 'mention', stemNorm: 'mod_press' });
  });

  it('groups runs of sentence-ending punctuation and splits other punctuation', () => {
    const s = 'هل انتهى؟! ربما... «نعم»';
    expect(tokenize(s).map((t) => `${t.text}/${t.kind}`)).toEqual([
      'هل/word', 'انتهى/word', '؟!/punct', 'ربما/word', '.../punct', '«/punct', 'نعم/word', '»/punct',
    ]);
  });

  it('keeps an emoji with its modifiers as one symbol', () => {
    const s = 'أحسنتم 👍🏽 شكرا';
    const toks = tokenize(s);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'symbol', 'symbol', 'word']);
    expect(toks[1]!.text + toks[2]!.text).toBe('👍🏽');
  });
});

/** A small seeded generator, so the property test is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'وبالجزائر', 'للسفارة', 'الـجيش', 'وَأَكَّدَ', 'والي', 'ﻻ', 'ﻷن', 'ﷲ', 'F-16', 'U.S.', 'Dr.', '٣٫٥', '1.200', '4-6',
  '22.01.2025', 'https://a.b/c', 'x@y.org', '#وسم', '@user', '،', '.', '...', '؟', '«', '»', '"', '\u200f', '\u200c',
  '\u0640', '\u064e', ' ', ' ', ' ', '\n', '\u00a0', '👍🏽', 'كم', 'A', '5', '-', '_', '@', '#',
];

describe('tokenize: invariants (property)', () => {
  it('tokens are in order, inside the text, non-empty, non-overlapping, with stems and clitics inside them', () => {
    const next = rng(2024);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const n = Math.floor(next() * 25);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const toks = tokenize(text);
      let prevEnd = 0;
      for (const t of toks) {
        expect(t.start).toBeGreaterThanOrEqual(prevEnd);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.norm).toBe(normalize(t.text));
        expect(t.stem.start).toBeGreaterThanOrEqual(t.start);
        expect(t.stem.end).toBeLessThanOrEqual(t.end);
        expect(t.stem.end).toBeGreaterThan(t.stem.start);
        let p = t.start;
        for (const c of t.clitics) {
          expect(c.start).toBeGreaterThanOrEqual(p);
          expect(c.end).toBeGreaterThan(c.start);
          if (c.role !== 'pronoun') expect(c.end).toBeLessThanOrEqual(t.stem.start);
          else expect(c.start).toBeGreaterThanOrEqual(t.stem.end);
          p = c.end;
        }
        prevEnd = t.end;
      }
      // nothing visible is dropped: what lies between tokens is whitespace or invisible
      let cursor = 0;
      for (const t of toks) {
        expect(text.slice(cursor, t.start)).toMatch(/^[\s\p{Cf}]*$/u);
        cursor = t.end;
      }
      expect(text.slice(cursor)).toMatch(/^[\s\p{Cf}]*$/u);
    }
  });
});

describe('tokenize: large input', () => {
  // speed is measured by `rasid bench`; this checks a large text is tokenized whole and alike
  it('tokenizes a long text as the sum of its parts', () => {
    const base =
      'وأكد وزير الدفاع خلال لقائه بنظيره في العاصمة، يوم الثلاثاء 22 أكتوبر 2024، على أهمية تعزيز التعاون العسكري بين البلدين، ' +
      'مشيراً إلى أن الجانبين اتفقا على إجراء مناورات بحرية مشتركة للمرة الأولى. وبلغت قيمة الصفقة ٣٫٥ مليار دولار.\n';
    const one = tokenize(base).length;
    const text = base.repeat(2000);
    const toks = tokenize(text);
    expect(toks.length).toBe(one * 2000);
    expect(text.slice(toks.at(-1)!.start, toks.at(-1)!.end)).toBe('.');
  });
});
