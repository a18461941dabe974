import { describe, expect, it } from 'vitest';
import { meanScore, tokenF1, wordTokens } from './token-f1.js';

describe('tokenF1', () => {
  it('counts lower-cased word tokens as multisets', () => {
    expect(wordTokens('Al-Quds، 2024 «قال»')).toEqual(['al', 'quds', '2024', 'قال']);
    const s = tokenF1('a b b', 'A b');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(0.8);
  });

  it('scores empty against empty as perfect and empty against text as zero', () => {
    expect(tokenF1('', '').f1).toBe(1);
    expect(tokenF1('', 'نص').f1).toBe(0);
    expect(meanScore([tokenF1('a', 'a'), tokenF1('', 'a')]).f1).toBe(0.5);
  });
});
