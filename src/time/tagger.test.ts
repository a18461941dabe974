/**
 * Engine behaviour on Arabic text: exact UTF-16 spans in the original text (marks, tatweel,
 * clitics, Eastern digits, no-break spaces), ordering, longest match, and unanchored values.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.js';

const spans = (text: string, dct: string | null) => tagTimexes(text, dct).map((t) => ({ s: text.slice(t.start, t.end), t }));

describe('tagTimexes spans', () => {
  it('cuts spans from the original text, harakat and tanween included', () => {
    const text = 'وهبطت الطائرة في تمام الساعة 09:12 مساءً، وأُعلنت النتائج في ٢٣ فِبْرَايِر ٢٠٢٢.';
    const out = spans(text, '2024-02-27');
    expect(out.map((o) => o.s)).toEqual(['الساعة 09:12 مساءً', '٢٣ فِبْرَايِر ٢٠٢٢']);
    for (const o of out) expect(o.s).toBe(o.t.text);
    expect(out.map((o) => o.t.value)).toEqual(['2024-02-27T21:12', '2022-02-23']);
  });

  it('keeps tatweel inside, leaves clitics and signals outside', () => {
    const text = 'وتبلغ الميزانية لعام 2024 ما أُنفق منذ أغـسطس 2021 بحسب الوزارة.';
    expect(spans(text, '2024-05-14').map((o) => o.s)).toEqual(['عام 2024', 'أغـسطس 2021']);
  });

  it('reads Persian digits and ی, and no-break spaces', () => {
    const text = 'حرر بتاريخ ۱۲\u00a0دیسمبر ۲۰۲۳';
    const [t] = tagTimexes(text, '2023-12-31');
    expect(t).toMatchObject({ text: '۱۲\u00a0دیسمبر ۲۰۲۳', value: '2023-12-12', type: 'DATE', mod: null });
  });

  it('returns sorted, non-overlapping expressions; the longest match wins', () => {
    const text = 'نشر الثلاثاء 14th مايو 2024 - 09:05 ص، وعقد الاجتماع الاثنين 13 مايو.';
    const out = tagTimexes(text, '2024-05-14T09:05:00');
    expect(out.map((t) => [t.text, t.type, t.value])).toEqual([
      ['الثلاثاء 14th مايو 2024 - 09:05 ص', 'TIME', '2024-05-14T09:05'],
      ['الاثنين 13 مايو', 'DATE', '2024-05-13'],
    ]);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  });

  it('records the rule that found each expression', () => {
    const [t] = tagTimexes('وصل الوفد أمس.', '2024-10-17');
    expect(t?.rule).toBe('relative-day');
  });

  it('keeps unanchored values when there is no DCT', () => {
    const text = 'وعقد المجلس اجتماعه الخميس، ويصدر القرار في 4 ديسمبر، ويجتمع كل يوم اثنين.';
    expect(tagTimexes(text, null).map((t) => t.value)).toEqual(['XXXX-WXX-4', 'XXXX-12-04', 'XXXX-WXX-1']);
  });

  it('in an undated text, takes the year of the narrative for year-less dates', () => {
    const text = 'عقد الاجتماع من 4 إلى 6 ديسمبر 2023. وتواصلت الأشغال من 4 إلى 6 ديسمبر الجاري.';
    expect(tagTimexes(text, null).map((t) => t.value)).toEqual(['2023-12-04/2023-12-06', '2023-12-04/2023-12-06']);
  });

  it('does not read «واحد» as «و» + «أحد» (Sunday), nor «الخامسة» as containing «أمس»', () => {
    const text = 'وقبل يوم واحد احتلت الفرقة المرتبة الخامسة.';
    expect(tagTimexes(text, '2023-09-14').map((t) => [t.text, t.value])).toEqual([['قبل يوم واحد', '2023-09-13']]);
  });

  it('handles empty and date-free text', () => {
    expect(tagTimexes('', '2024-01-01')).toEqual([]);
    expect(tagTimexes('وأكد الأمين العام للحزب أن المؤتمر قائم.', '2024-01-01')).toEqual([]);
  });

  it('ignores an unusable DCT instead of guessing', () => {
    expect(tagTimexes('وصل الوفد أمس.', 'not a date').map((t) => t.value)).toEqual(['XXXX-XX-XX']);
  });
});
