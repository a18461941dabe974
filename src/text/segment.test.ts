import { describe, expect, it } from 'vitest';
import type { Segmentation } from './segment.js';
import { candidateStems, segmentations, segmentWord } from './segment.js';

/** A segmentation as `clitic forms | stem as written | stemNorm`. */
function show(word: string, s: Segmentation): string {
  const forms = s.clitics.map((c) => `${c.form}:${word.slice(c.start, c.end)}`).join(' ');
  return `${forms} | ${word.slice(s.stem.start, s.stem.end)} | ${s.stemNorm}`;
}

describe('candidateStems', () => {
  it('lists every reading, whole word first, so lexicons decide', () => {
    expect(candidateStems('والي').slice(0, 2)).toEqual(['والي', 'الي']);
    expect(candidateStems('وبالجزائر')).toEqual(['وبالجزاير', 'بالجزاير', 'الجزاير', 'جزاير']);
    expect(candidateStems('بواشنطن')).toEqual(['بواشنطن', 'واشنطن']);
  });

  it('restores the article of لل when ل alone is taken off', () => {
    expect(candidateStems('للسفارة')).toEqual(['للسفاره', 'السفاره', 'سفاره']);
  });

  it('offers the future marker and pronoun suffixes with the stem restored', () => {
    expect(candidateStems('سيزور')).toContain('يزور');
    expect(candidateStems('وستشارك')).toEqual(expect.arrayContaining(['ستشارك', 'تشارك']));
    expect(candidateStems('حكومتها')).toEqual(['حكومتها', 'حكومت', 'حكومه']);
    expect(candidateStems('وعليه')).toContain('علي');
  });

  it('never offers a stem of one letter', () => {
    for (const w of ['ولد', 'بلد', 'والد', 'لله', 'وله']) for (const s of candidateStems(w)) expect(s.length).toBeGreaterThan(1);
  });
});

describe('segmentations', () => {
  it('gives spans relative to the word', () => {
    const all = segmentations('وللقوات');
    expect(all.map((s) => show('وللقوات', s))).toEqual([
      ' | وللقوات | وللقوات',
      'و:و | للقوات | للقوات',
      'و:و ل:ل | لقوات | القوات',
      'و:و ل:ل ال:ل | قوات | قوات',
    ]);
  });
});

describe('segmentWord: the policy', () => {
  it('takes chains ending in the article when the stem is long enough', () => {
    expect(show('الجيش', segmentWord('الجيش'))).toBe('ال:ال | جيش | جيش');
    expect(show('فالقوات', segmentWord('فالقوات'))).toBe('ف:ف ال:ال | قوات | قوات');
    expect(show('كالعادة', segmentWord('كالعادة'))).toBe('ك:ك ال:ال | عادة | عاده');
    expect(show('وللدفاع', segmentWord('وللدفاع'))).toBe('و:و ل:ل ال:ل | دفاع | دفاع');
  });

  it('keeps و/ب + ال + two letters whole (والد، بالغة) but splits a word-initial article before two letters', () => {
    expect(segmentWord('بالغة').clitics).toEqual([]);
    expect(segmentWord('والدة').clitics).toEqual([]);
    expect(show('اليد', segmentWord('اليد'))).toBe('ال:ال | يد | يد');
  });

  it('protects names, loanwords and native words that look like chains', () => {
    for (const w of ['والي', 'كاليفورنيا', 'بالستية', 'فالنسيا', 'الذي', 'الله', 'التزام', 'المانيا', 'بأس', 'كأس'])
      expect(segmentWord(w).clitics, w).toEqual([]);
  });

  it('does not continue a chain into a protected word', () => {
    expect(show('والتزام', segmentWord('والتزام'))).toBe('و:و | التزام | التزام');
    expect(show('بالله', segmentWord('بالله'))).toBe('ب:ب | الله | الله');
    expect(show('للذين', segmentWord('للذين'))).toBe('ل:ل | لذين | الذين');
  });

  it('leaves the future marker to lexicons: سياسة and سنوات look like it', () => {
    for (const w of ['سيزور', 'سياسة', 'سنوات', 'سيطرت', 'ستة']) expect(segmentWord(w).clitics, w).toEqual([]);
    expect(show('سيزور', segmentWord('سيزور', { lexicon: new Set(['يزور']) }))).toBe('س:س | يزور | يزور');
    expect(show('ستكون', segmentWord('ستكون'))).toBe('س:س | تكون | تكون'); // a function word confirms it
  });

  it('lets a lexicon confirm a bare clitic, and prefers the whole word when the lexicon has it', () => {
    const gazetteer = new Set(['واشنطن', 'بريطانيا', 'جزاير', 'الجزاير']);
    expect(show('بواشنطن', segmentWord('بواشنطن', { lexicon: gazetteer }))).toBe('ب:ب | واشنطن | واشنطن');
    expect(segmentWord('بريطانيا', { lexicon: gazetteer }).clitics).toEqual([]);
    expect(show('والجزائر', segmentWord('والجزائر', { lexicon: gazetteer }))).toBe('و:و ال:ال | جزائر | جزاير');
    const predicate = (s: string): boolean => s === 'لندن';
    expect(show('ولندن', segmentWord('ولندن', { lexicon: predicate }))).toBe('و:و | لندن | لندن');
  });

  it('splits pronoun suffixes only with a lexicon, or safe ones on request', () => {
    expect(segmentWord('حكومتها').clitics).toEqual([]);
    expect(show('حكومتها', segmentWord('حكومتها', { enclitics: true }))).toBe('ها:ها | حكومت | حكومه');
    expect(show('قواتهم', segmentWord('قواتهم', { enclitics: true }))).toBe('هم:هم | قوات | قوات');
    expect(segmentWord('تفاهم', { enclitics: true }).clitics).toEqual([]); // مذكرة تفاهم
    expect(segmentWord('مشترك', { enclitics: true }).clitics).toEqual([]); // ك is not safe
    expect(segmentWord('الأماكن', { enclitics: true }).clitics.map((c) => c.form)).toEqual(['ال']);
    expect(show('فيه', segmentWord('فيه'))).toBe('ه:ه | في | في');
    expect(show('عليها', segmentWord('عليها'))).toBe('ها:ها | علي | علي');
    expect(show('سفارته', segmentWord('سفارته', { lexicon: new Set(['سفاره']) }))).toBe('ه:ه | سفارت | سفاره');
  });

  it('reads the minimum stem lengths from the settings', () => {
    expect(segmentWord('والدفاع', { settings: { minStemLettersAfterProclitic: 5 } }).clitics).toEqual([]);
    expect(segmentWord('الدم', { settings: { minStemLetters: 3 } }).clitics).toEqual([]);
  });
});
