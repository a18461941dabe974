import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { selectBodyBlocks } from './block-filters.js';
import { parseDocument } from './dom.js';
import { collectBlocks } from './text-blocks.js';

const linesOf = (body: string, facts = { title: null as string | null, author: null as string | null }): string[] => {
  const doc = parseDocument(`<html><body>${body}</body></html>`);
  return selectBodyBlocks(collectBlocks(doc.body!, { furnitureMaxChars: 0 }), facts, DEFAULT_SETTINGS.html).map((b) => b.text);
};

const PROSE = 'وقال المتحدث باسم وزارة الدفاع إن التمرين المشترك سيستمر أسبوعين بمشاركة وحدات برية وبحرية وجوية من البلدين.';

describe('selectBodyBlocks', () => {
  it('drops the repeated headline, a date line and a byline at the head of the article', () => {
    const body = `<div><h1>وزير الدفاع يزور الجزائر</h1><p>السبت 12 أكتوبر 2024 | 10:30</p><p>بقلم: سارة بن علي</p><p>${PROSE}</p><p>${PROSE}</p></div>`;
    expect(linesOf(body, { title: 'وزير الدفاع يزور الجزائر', author: 'سارة بن علي' })).toEqual([PROSE, PROSE]);
  });

  it('keeps a short sentence with numbers in it: it ends like a sentence', () => {
    const body = `<div><p>قتل 5 جنود في هجوم عام 2024.</p><p>${PROSE}</p></div>`;
    expect(linesOf(body)).toEqual(['قتل 5 جنود في هجوم عام 2024.', PROSE]);
  });

  it('drops link lists but keeps a digest item whose link is followed by prose', () => {
    const item = `<a href="/x">وزير الخارجية يلتقي نظيره</a> وبحث الجانبان العلاقات الثنائية والتعاون في مجالات الأمن والطاقة.`;
    const body = `<div><p>${PROSE}</p><p>${item}</p><p><a href="/1">خبر</a> <a href="/2">خبر آخر</a></p><p>${PROSE}</p></div>`;
    const lines = linesOf(body);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('وبحث الجانبان');
  });

  it('trims short lines around the body that share no column with its prose, and keeps a short last paragraph', () => {
    const body = `<div><span>دقيقتان</span></div><div class="body"><p>${PROSE}</p><p>ولم يعلق الجيش.</p></div><div><p>تابعونا</p></div>`;
    expect(linesOf(body)).toEqual([PROSE, 'ولم يعلق الجيش.']);
  });

  it('drops a small box nested at the end of the main column', () => {
    const body = `<div><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><div><p>${'سياسة التعليقات: '.repeat(4)}</p></div></div>`;
    expect(linesOf(body)).toEqual([PROSE, PROSE, PROSE]);
  });
});
