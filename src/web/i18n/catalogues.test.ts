import { describe, expect, it } from 'vitest';
import ar from '../../lang/ar/web-messages.json' with { type: 'json' };
import { format } from './i18n.js';
import { EN } from './messages-en.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogues', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(EN).sort());
  });

  it('use the same placeholders in both languages, and no empty message', () => {
    const arabic = ar as Record<string, string>;
    for (const [key, en] of Object.entries(EN)) {
      expect(placeholders(arabic[key] ?? ''), key).toEqual(placeholders(en));
      expect(arabic[key]?.trim(), key).toBeTruthy();
    }
  });

  it('write Arabic in the Arabic catalogue (every sentence has Arabic letters)', () => {
    const arabic = ar as Record<string, string>;
    const prose = Object.entries(EN).filter(([, en]) => /[a-z]{3,}/.test(en) && !/^[A-Z ]+$/.test(en) && en !== 'HTML');
    const untranslated = prose.filter(([key]) => !/[\u0600-\u06FF]/.test(arabic[key] ?? '') && key !== 'lang.locale').map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});
