import { describe, expect, it } from 'vitest';
import { seededRandom, shuffle } from './random.js';

describe('seeded randomness', () => {
  it('gives the same numbers for the same seed, others for another, all in [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(42));
    expect(Array.from({ length: 5 }, seededRandom(42))).toEqual(a);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(a);
    for (const x of Array.from({ length: 1000 }, seededRandom(1))) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles in place, keeping every element, the same way for the same seed', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffle([...xs], seededRandom(7));
    expect([...a].sort((p, q) => p - q)).toEqual(xs);
    expect(a).not.toEqual(xs);
    expect(shuffle([...xs], seededRandom(7))).toEqual(a);
  });
});
