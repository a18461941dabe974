import { describe, expect, it } from 'vitest';
import { normalizePublished } from './published-date.js';

describe('normalizePublished', () => {
  it('keeps the precision given and the local clock time, dropping seconds and offsets', () => {
    expect(normalizePublished('2021-12-03T10:15:22+03:00')).toBe('2021-12-03T10:15');
    expect(normalizePublished('2026-01-08 11:42:50+00:00')).toBe('2026-01-08T11:42');
    expect(normalizePublished('2019-11-19T08:38:00.000Z')).toBe('2019-11-19T08:38');
    expect(normalizePublished('2021-12-03')).toBe('2021-12-03');
    expect(normalizePublished('2023-12')).toBe('2023-12');
    expect(normalizePublished('2021/12/03 10:15')).toBe('2021-12-03T10:15');
    expect(normalizePublished('20211203T1015')).toBe('2021-12-03T10:15');
  });

  it('reads the HTTP and RSS forms and epoch seconds', () => {
    expect(normalizePublished('Tue, 19 Nov 2019 08:38:00 GMT')).toBe('2019-11-19T08:38');
    expect(normalizePublished('November 19, 2019')).toBe('2019-11-19');
    expect(normalizePublished('1574152680')).toBe('2019-11-19T08:38');
  });

  it('refuses what is not a real date', () => {
    for (const v of ['', 'yesterday', '2021-13-01', '2021-02-30', '0000-00-00', null, undefined]) expect(normalizePublished(v)).toBeNull();
    expect(normalizePublished('2021-12-03T25:00')).toBe('2021-12-03');
  });
});
