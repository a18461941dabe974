/**
 * The first-character bound of a pattern: exact on the syntax rules use, "any" on what it cannot
 * bound, and never missing a real match of any Arabic rule at any position of its examples.
 */
import { describe, expect, it } from 'vitest';
import { arabicTime } from '../lang/ar/time/index.js';
import { firstChars } from './first-chars.js';
import { compiledLanguage } from './tagger.js';

const chars = (source: string): string[] | null => {
  const f = firstChars(source);
  return f === null ? null : [...f].map((c) => String.fromCharCode(c)).sort();
};

describe('firstChars', () => {
  it('reads literals, alternations and groups', () => {
    expect(chars('(?:ab|cd)e')).toEqual(['a', 'c']);
    expect(chars('(?<y>x)|yz')).toEqual(['x', 'y']);
  });

  it('goes past optional pieces and lookarounds, stops at the first required one', () => {
    expect(chars('(?<!q +)(?:a +)?b*c{0,2}d{1}e')).toEqual(['a', 'b', 'c', 'd']);
    expect(chars('(?=z)(?:(?<n>(?<=w))|)k')).toEqual(['k']);
  });

  it('reads classes, ranges and escapes', () => {
    expect(chars('[a-c\\-]')).toEqual(['-', 'a', 'b', 'c']);
    expect(chars('\\d')).toHaveLength(10);
    expect(chars('\\u0661|\\x41|\\.')).toEqual(['.', 'A', '\u0661']);
  });

  it('gives up (any character) on what it cannot bound', () => {
    expect(chars('[^a]')).toBeNull();
    expect(chars('.x')).toBeNull();
    expect(chars('\\s')).toBeNull();
    expect(chars('(?<a>x)?\\k<a>')).toBeNull();
    expect(chars('a)b')).toBeNull();
  });

  it('never rejects a start where an Arabic rule or prefix matches', () => {
    const cl = compiledLanguage(arabicTime);
    const texts = [...arabicTime.rules, ...arabicTime.refiners].flatMap((r) => r.examples.map((e) => cl.folder.fold(e.text).norm));
    const bounded = [
      ...cl.rules.map((cr) => ({ name: cr.rule.name, re: cr.re, first: cr.first })),
      ...cl.refiners.flatMap((cr) => ('first' in cr ? [{ name: cr.refiner.name, re: cr.re, first: cr.first }] : [])),
    ];
    let matches = 0;
    for (const { name, re, first } of bounded) {
      for (const norm of texts) {
        for (let st = 0; st < norm.length; st++) {
          re.lastIndex = st;
          const m = re.exec(norm);
          if (!m || m[0].length === 0) continue;
          matches++;
          expect(first === null || first.has(norm.charCodeAt(st)), `${name} at «${norm.slice(st, st + 20)}»`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });
});
