import { describe, expect, it } from 'vitest';
import { documentFeatures, featureNames } from './document-features.js';

describe('document features', () => {
  const types = ['LOC', 'PERS'];
  const keys = [
    ['قال', 'سيغموند', 'فرويد', 'ذلك'],
    ['ولد', 'فرويد', 'في', 'فيينا'],
    ['وصل', 'فرويد', 'الى', 'فيينا'],
  ];
  const stage1 = [
    ['O', 'B-PERS', 'I-PERS', 'O'],
    ['O', 'O', 'O', 'B-LOC'],
    ['O', 'O', 'O', 'B-LOC'],
  ];

  it('tells a word what the first stage made of it in nearby sentences', () => {
    const f = documentFeatures(keys, stage1, types, [1], 3, featureNames);
    expect(f[1]![1]).toEqual(expect.arrayContaining(['s1=O', 'd0:PERS', 'd0:PERS:I']));
    expect(f[1]![1]).not.toContain('d0:PERS+');
    expect(f[1]![3]).toEqual(expect.arrayContaining(['d0:LOC', 'd0:LOC:B', 'd0:mostly-entity']));
  });

  it('leaves out the token itself, sentences beyond the window and short words', () => {
    const f = documentFeatures(keys, stage1, types, [1], 3, featureNames);
    // the third sentence is two away from the first
    expect(f[2]![1]).not.toContain('d0:PERS');
    expect(f[0]![2]).not.toContain('d0:PERS');
    expect(f[1]![2]!.some((x) => x.startsWith('d0:'))).toBe(false);
    expect(f[0]![0]).toEqual(['s1=O', 's1-1=<s>', 's1+1=B-PERS']);
  });

  it('prefixes each window', () => {
    const f = documentFeatures(keys, stage1, types, [0, 2], 3, featureNames);
    // window 0 is the sentence alone, where فرويد occurs once
    expect(f[2]![1]!.some((x) => x.startsWith('d0:'))).toBe(false);
    expect(f[2]![1]).toEqual(expect.arrayContaining(['d1:PERS', 'd1:PERS:I']));
  });
});
