import { describe, expect, it } from 'vitest';
import { columnsOf, readConll, writeConll } from './conll.js';

describe('CoNLL files', () => {
  const text = 'قال\tO\nجورج\tB-PERS\nبوش\tI-PERS\n\nفي\tO\nبغداد\tB-LOC\n\n';

  it('reads tokens and the last column as tags, a blank line between sentences', () => {
    const s = readConll(text);
    expect(s.map((x) => x.tokens)).toEqual([['قال', 'جورج', 'بوش'], ['في', 'بغداد']]);
    expect(s.map((x) => x.tags)).toEqual([['O', 'B-PERS', 'I-PERS'], ['O', 'B-LOC']]);
  });

  it('writes what it reads', () => {
    const s = readConll(text);
    expect(writeConll(s.map((x) => ({ tokens: x.tokens, tags: x.tags! })))).toBe(text);
  });

  it('takes the last of several columns, space-separated lines, CRLF and runs of blank lines', () => {
    const s = readConll('a NN O\r\nb NN B-LOC\r\n\r\n\r\n  \nc\tx\tB-PERS\n');
    expect(s.map((x) => x.tokens)).toEqual([['a', 'b'], ['c']]);
    expect(s.map((x) => x.tags)).toEqual([['O', 'B-LOC'], ['B-PERS']]);
    expect(s[0]!.lines).toEqual(['a NN O', 'b NN B-LOC']);
  });

  it('has no tags for lines of bare tokens', () => {
    expect(readConll('a\nb\n')[0]!.tags).toBeNull();
    expect(columnsOf('tok\tB-LOC')).toEqual(['tok', 'B-LOC']);
  });
});
