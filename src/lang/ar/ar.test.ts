import { describe, expect, it } from 'vitest';
import { normalize, normalizeDetailed } from '../../text/normalize.js';
import { languageFor, defaultLanguage } from '../index.js';
import { arabic } from './index.js';

describe('the Arabic language pack', () => {
  it('is the default and is found by code, with or without a region', () => {
    expect(defaultLanguage).toBe(arabic);
    expect(languageFor('ar')).toBe(arabic);
    expect(languageFor('ar-EG')).toBe(arabic);
    expect(languageFor(null)).toBe(arabic);
  });

  it('maps every orthographic replacement one character to one', () => {
    for (const [from, to] of Object.entries(arabic.orthography.replacements)) {
      expect(from).toHaveLength(1);
      expect(to).toHaveLength(1);
    }
  });

  it('lists each protected word once, normalisation folding spelling variants together', () => {
    const seen = new Map<string, string>();
    for (const w of arabic.clitics.protectedWords) {
      const key = normalize(w);
      expect(seen.has(key), `${w} duplicates ${seen.get(key)}`).toBe(false);
      seen.set(key, w);
    }
  });

  it('writes clitic forms and function words without diacritics, so they match the light folding', () => {
    const words = [
      ...arabic.clitics.functionWords,
      ...arabic.clitics.enclitics.map((e) => e.form),
      ...arabic.clitics.proclitics.flatMap((s) => s.forms.map((f) => f.surface ?? f.form)),
    ];
    for (const w of words) expect(normalizeDetailed(w).light).toBe(w);
  });

  it('lists suffixes longest first, so the longest match wins', () => {
    const lengths = arabic.clitics.enclitics.map((e) => e.form.length);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
  });

  it('pairs quotation marks and brackets, and ends sentences with the Arabic question mark', () => {
    expect(arabic.punctuation.pairs).toContainEqual(['«', '»']);
    expect(arabic.punctuation.sentenceEnders).toContain('؟');
  });
});
