import { describe, expect, it } from 'vitest';
import { AR_FOLD } from '../lang/ar/time/fold.js';
import { createFolder, originalSpan } from './match-text.js';
import { trieSource } from './lexicon.js';

const folder = createFolder(AR_FOLD);

describe('matching form', () => {
  it('folds letters and digits and maps every position back', () => {
    const mt = folder.fold('أُقيمت في ٢٧ مارس');
    expect(mt.norm).toBe('اقيمت في 27 مارس');
    const s = mt.norm.indexOf('27');
    expect(mt.text.slice(mt.pos[s], mt.pos[s + 2])).toBe('٢٧');
  });

  it('keeps trailing marks inside a span and reads a lone tatweel as a dash', () => {
    const mt = folder.fold('الساعة 7 مساءً، 19 ـ 25 مايو، بـ2024');
    expect(mt.norm).toBe('الساعه 7 مساء، 19 - 25 مايو، ب2024');
    const e = mt.norm.indexOf('مساء') + 4;
    expect(originalSpan(mt, folder, 0, e)).toEqual({ start: 0, end: 'الساعة 7 مساءً'.length });
  });

  it('finds the words while folding', () => {
    const mt = folder.fold('وصل، يوم 5\u00a0مايو');
    const words = Array.from({ length: mt.words.count }, (_, i) => mt.norm.slice(mt.words.starts[i], mt.words.ends[i]));
    expect(words).toEqual(['وصل', 'يوم', '5', 'مايو']);
  });

  it('compiles word lists into a trie that prefers the longest form', () => {
    const re = new RegExp(`^${trieSource(['ربيع', 'ربيع الاول', 'رب'])}`);
    expect(re.exec('ربيع الاول 1446')?.[0]).toBe('ربيع الاول');
    expect(re.exec('ربيع 2025')?.[0]).toBe('ربيع');
  });
});
