import { describe, expect, it } from 'vitest';
import { viterbi } from './decode.js';
import { chunksOf, repairBio, tagSet, toBio, toScheme } from './tags.js';

describe('tag sets', () => {
  const bio = tagSet(['LOC', 'PERS']);
  const allowed = (prev: string, next: string): boolean => {
    const T = bio.tags.length;
    return bio.allowed[bio.index.get(prev)! * T + bio.index.get(next)!] === 1;
  };

  it('lists O, then B and I of every type', () => {
    expect(bio.tags).toEqual(['O', 'B-LOC', 'I-LOC', 'B-PERS', 'I-PERS']);
  });

  it('allows I-X only after B-X or I-X', () => {
    expect(allowed('B-PERS', 'I-PERS')).toBe(true);
    expect(allowed('I-PERS', 'I-PERS')).toBe(true);
    expect(allowed('O', 'I-PERS')).toBe(false);
    expect(allowed('B-LOC', 'I-PERS')).toBe(false);
    expect(allowed('I-LOC', 'I-PERS')).toBe(false);
    expect(allowed('I-PERS', 'B-PERS')).toBe(true);
    expect(allowed('B-LOC', 'O')).toBe(true);
    expect(bio.canStart[bio.index.get('I-LOC')!]).toBe(0);
  });

  it('BILOU closes every entity with L or U', () => {
    const b = tagSet(['PERS'], 'BILOU');
    expect(b.tags).toEqual(['O', 'B-PERS', 'I-PERS', 'L-PERS', 'U-PERS']);
    expect(b.canEnd[b.index.get('B-PERS')!]).toBe(0);
    expect(b.canEnd[b.index.get('L-PERS')!]).toBe(1);
    expect(toScheme(['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-PERS'], 'BILOU')).toEqual(['B-PERS', 'I-PERS', 'L-PERS', 'O', 'U-PERS']);
    expect(toBio(['B-PERS', 'I-PERS', 'L-PERS', 'O', 'U-PERS'])).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-PERS']);
  });

  it('repairs I-X that opens an entity, as conlleval reads it', () => {
    expect(repairBio(['O', 'I-PERS', 'I-PERS', 'I-LOC', 'X'])).toEqual(['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O']);
  });

  it('reads chunks as conlleval does', () => {
    expect(chunksOf(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC', 'I-PERS'])).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'PERS' },
    ]);
  });
});

describe('viterbi', () => {
  const tags = tagSet(['LOC', 'PERS']);
  const T = tags.tags.length;
  const zero = { transitions: new Float64Array(T * T), start: new Float64Array(T) };
  const emissions = (rows: Record<string, number>[]): Float64Array => {
    const em = new Float64Array(rows.length * T);
    rows.forEach((r, i) => {
      for (const [tag, v] of Object.entries(r)) em[i * T + tags.index.get(tag)!] = v;
    });
    return em;
  };
  const decode = (rows: Record<string, number>[]): string[] => Array.from(viterbi(rows.length, { emissions: emissions(rows), ...zero }, tags), (t) => tags.tags[t]!);

  it('never puts I-X after O or another type, however the scores lean', () => {
    expect(decode([{ O: 10 }, { 'I-PERS': 5, 'B-PERS': 1 }])).toEqual(['O', 'B-PERS']);
    expect(decode([{ 'B-LOC': 9 }, { 'I-PERS': 5, 'I-LOC': 1 }])).toEqual(['B-LOC', 'I-LOC']);
    expect(decode([{ 'I-LOC': 9 }])).not.toEqual(['I-LOC']);
  });

  it('takes the best allowed path', () => {
    expect(decode([{ 'B-PERS': 2 }, { 'I-PERS': 2 }, { O: 1 }])).toEqual(['B-PERS', 'I-PERS', 'O']);
    expect(decode([])).toEqual([]);
  });

  it('ends BILOU sequences on a closed entity', () => {
    const b = tagSet(['PERS'], 'BILOU');
    const em = new Float64Array(b.tags.length);
    em[b.index.get('B-PERS')!] = 5;
    const path = viterbi(1, { emissions: em, transitions: new Float64Array(25), start: new Float64Array(5) }, b);
    expect(b.tags[path[0]!]).not.toBe('B-PERS');
  });
});
