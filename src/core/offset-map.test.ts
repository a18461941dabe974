import { describe, expect, it } from 'vitest';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';

describe('OffsetMap', () => {
  it('maps copied runs and skips inserted separators', () => {
    const source = '  سطر أول  \n\n  سطر ثان ';
    const b = new OffsetMapBuilder();
    b.copy(2, 7).insert(1).copy(15, 7);
    const derived = source.slice(2, 9) + '\n' + source.slice(15, 22);
    const map = b.build(source.length);
    expect(derived).toBe('سطر أول\nسطر ثان');
    const span = { start: derived.indexOf('ثان'), end: derived.indexOf('ثان') + 3 };
    const src = map.spanToSource(span);
    expect(source.slice(src.start, src.end)).toBe('ثان');
    // a span across the inserted newline maps to the source text between the two runs
    const across = map.spanToSource({ start: 4, end: 11 });
    expect(source.slice(across.start, across.end)).toBe('أول  \n\n  سطر');
  });

  it('merges adjacent runs and composes maps', () => {
    const b = new OffsetMapBuilder().copy(0, 3).copy(3, 2);
    expect(b.build(5).runs).toEqual([{ d: 0, s: 0, len: 5 }]);
    // outer: derived "cd" is source[2,4); inner: that source is raw[10,14)
    const outer = new OffsetMapBuilder().copy(2, 2).build(4);
    const inner = new OffsetMapBuilder().copy(10, 4).build(20);
    const both = outer.compose(inner);
    expect(both.spanToSource({ start: 0, end: 2 })).toEqual({ start: 12, end: 14 });
  });

  it('ends a span between two adjacent runs at the end of the first run', () => {
    // derived "ab" copies source "a" and "b" across markup: "<i>a</i>b"
    const source = '<i>a</i>b';
    const map = new OffsetMapBuilder().copy(3, 1).copy(8, 1).build(source.length);
    const a = map.spanToSource({ start: 0, end: 1 });
    expect(source.slice(a.start, a.end)).toBe('a');
    const b = map.spanToSource({ start: 1, end: 2 });
    expect(source.slice(b.start, b.end)).toBe('b');
  });

  it('identity maps every position to itself', () => {
    const m = OffsetMap.identity(10);
    for (let i = 0; i <= 10; i++) expect(m.toSource(i)).toBe(i);
  });
});
