/**
 * Runs the examples every Arabic temporal rule and refiner carries: tagging the example text at
 * its DCT must give exactly the expected expressions (surface, value, and type/mod when given).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../time/index.js';
import { arabicTime } from './index.js';

const all = [...arabicTime.rules, ...arabicTime.refiners];

describe('Arabic temporal rules carry working examples', () => {
  it('every rule and refiner has at least one example', () => {
    expect(all.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
  });

  for (const rule of all) {
    describe(rule.name, () => {
      rule.examples.forEach((ex, i) => {
        it(`example ${i + 1}: ${ex.text}`, () => {
          const got = tagTimexes(ex.text, ex.dct).map((t) => ({
            text: t.text,
            value: t.value,
            ...(ex.expected.some((e) => e.type) ? { type: t.type } : {}),
            ...(ex.expected.some((e) => e.mod) ? { mod: t.mod ?? undefined } : {}),
          }));
          const want = ex.expected.map((e) => ({
            text: e.text,
            value: e.value,
            ...(ex.expected.some((x) => x.type) ? { type: e.type ?? got.find((g) => g.text === e.text)?.type } : {}),
            ...(ex.expected.some((x) => x.mod) ? { mod: e.mod ?? undefined } : {}),
          }));
          expect(got).toEqual(want);
        });
      });
    });
  }
});
