import { describe, expect, it } from 'vitest';
import { htmlToPositionedText } from './html-text.js';
import { alignParagraphs } from './text-alignment.js';

describe('alignParagraphs', () => {
  const html = '<div><p>الفقرة   <b>الأولى</b>&nbsp;هنا.</p><p>الفقرة الثانية</p></div>';
  const page = htmlToPositionedText(html);

  it('finds paragraphs whatever their white space, one per line', () => {
    const a = alignParagraphs(['الفقرة الأولى هنا.', 'الفقرة الثانية'], page, 200);
    expect(a.text).toBe('الفقرة الأولى هنا.\nالفقرة الثانية');
    expect(a.paragraphs).toEqual([
      { start: 0, end: 18 },
      { start: 19, end: 33 },
    ]);
    expect(a.unmapped).toBe(0);
    const src = a.map.spanToSource({ start: 7, end: 13 });
    expect(html.slice(src.start, src.end)).toBe('الأولى');
    const second = a.map.spanToSource(a.paragraphs[1]!);
    expect(html.slice(second.start, second.end)).toBe('الفقرة الثانية');
  });

  it('keeps a paragraph it cannot find, unmapped, and aligns the words it can', () => {
    const a = alignParagraphs(['الفقرة الأولى هنا.', 'نص غير موجود', 'الفقرة الثانية'], page, 200);
    expect(a.text).toBe('الفقرة الأولى هنا.\nنص غير موجود\nالفقرة الثانية');
    expect(a.unmapped).toBe('نصغيرموجود'.length);
    const last = a.map.spanToSource(a.paragraphs[2]!);
    expect(html.slice(last.start, last.end)).toBe('الفقرة الثانية');
  });
});
