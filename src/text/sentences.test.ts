import { describe, expect, it } from 'vitest';
import type { Sentence } from '../core/document.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

function split(text: string, settings?: { longQuoteTokens?: number }): string[] {
  return splitSentences(text, tokenize(text), { settings }).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks, including the Arabic ؟', () => {
    const text = 'وصل وزير الدفاع الإيطالي إلى الجزائر. هل ستوقع الصفقة هذا العام؟ لم يعلن الطرفان موعدا! وتستمر الزيارة يومين';
    expect(split(text)).toEqual([
      'وصل وزير الدفاع الإيطالي إلى الجزائر.',
      'هل ستوقع الصفقة هذا العام؟',
      'لم يعلن الطرفان موعدا!',
      'وتستمر الزيارة يومين',
    ]);
  });

  it('records token ranges that cover every token once, in order', () => {
    const text = 'استقبل الرئيس الوفد. ثم عقد الجانبان جلسة مباحثات موسعة.\nوفي ختام الزيارة صدر بيان مشترك';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences).toHaveLength(3);
    let next = 0;
    for (const s of sentences) {
      expect(s.tokenStart).toBe(next);
      expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
      expect(s.start).toBe(tokens[s.tokenStart]!.start);
      expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
      next = s.tokenEnd;
    }
    expect(next).toBe(tokens.length);
    expect(sentences[0]).toEqual<Sentence>({ start: 0, end: 20, tokenStart: 0, tokenEnd: 4 });
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe('استقبل الرئيس الوفد.');
  });

  it('always ends a sentence at a line break, even without punctuation or inside quotes', () => {
    const text = 'عاجل: وصول حاملة طائرات إلى المتوسط\nقال المتحدث «لن نعلق\nعلى هذه الأنباء» واكتفى بذلك';
    expect(split(text)).toEqual(['عاجل: وصول حاملة طائرات إلى المتوسط', 'قال المتحدث «لن نعلق', 'على هذه الأنباء» واكتفى بذلك']);
  });

  it('does not split after Arabic single-letter abbreviations and initials', () => {
    const text = 'وقال د. سامي الحربي إن م. خالد أشرف على المشروع، بحسب وكالة أ.ف.ب التي نقلت الخبر. وانتهى اللقاء';
    expect(split(text)).toEqual([
      'وقال د. سامي الحربي إن م. خالد أشرف على المشروع، بحسب وكالة أ.ف.ب التي نقلت الخبر.',
      'وانتهى اللقاء',
    ]);
  });

  it('splits after a letter that follows a number: an era mark, not an abbreviation', () => {
    const text = 'وقعت الاتفاقية في عام 2019 م. وجددت في 1446 هـ. وما زالت سارية';
    expect(split(text)).toEqual(['وقعت الاتفاقية في عام 2019 م.', 'وجددت في 1446 هـ.', 'وما زالت سارية']);
  });

  it('does not split after Latin titles and initialisms', () => {
    const text = 'وصرح Dr. John Carter من U.S. Army بأن التدريبات ناجحة. وأضاف أن Gen. Miller سيحضر';
    expect(split(text)).toEqual(['وصرح Dr. John Carter من U.S. Army بأن التدريبات ناجحة.', 'وأضاف أن Gen. Miller سيحضر']);
  });

  it('ignores listed abbreviations longer than maxAbbreviationLength', () => {
    const text = 'حضر Prof. Adams الاجتماع';
    expect(split(text)).toHaveLength(1);
    const tokens = tokenize(text);
    expect(splitSentences(text, tokens, { settings: { maxAbbreviationLength: 3 } })).toHaveLength(2);
  });

  it('keeps decimals, thousands and dates inside one sentence', () => {
    const text = 'ارتفع الإنفاق بنسبة 3.5 بالمئة إلى 1.200 مليار في 22.01.2025 وفق التقرير. وهذا رقم قياسي';
    expect(split(text)).toEqual(['ارتفع الإنفاق بنسبة 3.5 بالمئة إلى 1.200 مليار في 22.01.2025 وفق التقرير.', 'وهذا رقم قياسي']);
  });

  it('does not split at an ellipsis', () => {
    const text = 'وأضاف المصدر... أن المفاوضات مستمرة… وأن الاتفاق قريب. وختم حديثه';
    expect(split(text)).toEqual(['وأضاف المصدر... أن المفاوضات مستمرة… وأن الاتفاق قريب.', 'وختم حديثه']);
  });

  it('keeps a short quotation in the sentence that quotes it, and ends after the closing mark', () => {
    const text = 'وقال الوزير: «لن نسمح بأي تهديد. سنرد بحزم». وغادر القاعة. ثم قال "نحن جاهزون. دائما." وانصرف';
    expect(split(text)).toEqual([
      'وقال الوزير: «لن نسمح بأي تهديد. سنرد بحزم».',
      'وغادر القاعة.',
      'ثم قال "نحن جاهزون. دائما."',
      'وانصرف',
    ]);
  });

  it('splits inside a long quotation', () => {
    const long = 'إن التعاون بين بلدينا يشمل التدريب المشترك وتبادل الخبرات والمعلومات وتطوير الصناعات الدفاعية الوطنية.';
    const text = `وأكد الوزير: «${long} ونحن ماضون في هذا الطريق مهما كانت التحديات».`;
    expect(split(text, { longQuoteTokens: 10 })).toEqual([`وأكد الوزير: «${long}`, 'ونحن ماضون في هذا الطريق مهما كانت التحديات».']);
    expect(split(text, { longQuoteTokens: 100 })).toHaveLength(1);
  });

  it('does not split before a comma, a closing bracket or lowercase Latin', () => {
    const text = 'أعلنت الشركة (Lockheed Martin Inc.) صفقة جديدة، كما ذكرت Reuters. citing sources ثلاثين طائرة؟، وفق المصدر';
    expect(split(text)).toHaveLength(1);
  });

  it('does not split after a list number at the start of a line', () => {
    const text = 'بنود الاتفاق:\n1. تبادل الخبرات.\n2. التدريب المشترك.';
    expect(split(text)).toEqual(['بنود الاتفاق:', '1. تبادل الخبرات.', '2. التدريب المشترك.']);
  });

  it('returns nothing for text without tokens', () => {
    expect(splitSentences('  \n ', tokenize('  \n '))).toEqual([]);
  });
});
