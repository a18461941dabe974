import { describe, expect, it } from 'vitest';
import { segmentsOf } from './highlight.js';

const joined = (segs: { text: string }[]): string => segs.map((s) => s.text).join('');

describe('segmentsOf', () => {
  it('cuts the text at the offsets and marks the ranges', () => {
    expect(segmentsOf('abcdef', [{ start: 1, end: 3 }])).toEqual([
      { text: 'a', hit: false },
      { text: 'bc', hit: true },
      { text: 'def', hit: false },
    ]);
  });

  it('merges overlapping and touching ranges, in any order', () => {
    const segs = segmentsOf('0123456789', [
      { start: 6, end: 8 },
      { start: 2, end: 5 },
      { start: 4, end: 6 },
    ]);
    expect(segs).toEqual([
      { text: '01', hit: false },
      { text: '234567', hit: true },
      { text: '89', hit: false },
    ]);
  });

  it('clips ranges to the text and drops empty ones, always joining back to the text', () => {
    const text = 'استقبل الرئيس تبون وزير الدفاع';
    const segs = segmentsOf(text, [
      { start: -5, end: 6 },
      { start: 10, end: 10 },
      { start: 25, end: 999 },
    ]);
    expect(joined(segs)).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['استقبل', text.slice(25)]);
  });

  it('keeps markup in the text as text', () => {
    const text = 'قبل <script>alert(1)</script> بعد';
    const segs = segmentsOf(text, [{ start: 4, end: 12 }]);
    expect(segs[1]).toEqual({ text: '<script>', hit: true });
  });

  it('gives one plain segment for an empty text or no ranges', () => {
    expect(segmentsOf('', [])).toEqual([{ text: '', hit: false }]);
    expect(segmentsOf('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });
});
