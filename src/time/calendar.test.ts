/**
 * Calendar arithmetic, ISO weeks, Umm al-Qura conversion through ICU, and value formatting.
 */
import { describe, expect, it } from 'vitest';
import { yearOfMonth, weekdayDay } from './anchor.js';
import { civil, dayNumber, isoWeek, isoWeekday, orthodoxEaster } from './calendar.js';
import { parseDct } from './dct.js';
import { formatDay, formatDuration, formatWeek } from './format.js';
import { hijriMonthDays, hijriOf, hijriToGregorian } from './hijri.js';

describe('Gregorian arithmetic', () => {
  it('round-trips day numbers', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2024, 2, 29], [1900, 3, 1], [2099, 12, 31]] as const) {
      expect(civil(dayNumber(y, m, d))).toEqual({ y, m, d });
    }
  });

  it('labels ISO weeks with the ISO week-year', () => {
    expect(isoWeek(dayNumber(2024, 12, 31))).toEqual({ year: 2025, week: 1 });
    expect(formatWeek(dayNumber(2025, 12, 29))).toBe('2026-W01');
    expect(formatWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(isoWeekday(dayNumber(2024, 10, 17))).toBe(4);
  });

  it('computes Orthodox Easter', () => {
    expect(orthodoxEaster(2024)).toEqual({ y: 2024, m: 5, d: 5 });
    expect(orthodoxEaster(2023)).toEqual({ y: 2023, m: 4, d: 16 });
  });
});

describe('Umm al-Qura through Intl', () => {
  it('converts both ways', () => {
    expect(hijriOf(2024, 10, 17)).toEqual({ y: 1446, m: 4, d: 14 });
    expect(hijriToGregorian(1446, 3, 12)).toEqual({ y: 2024, m: 9, d: 15 });
    expect(hijriToGregorian(1447, 8, 15)).toEqual({ y: 2026, m: 2, d: 3 });
  });

  it('gives month ranges and refuses days that do not exist', () => {
    const r = hijriMonthDays(1444, 10)!;
    expect([formatDay(r[0]), formatDay(r[1])]).toEqual(['2023-04-21', '2023-05-20']);
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => {
      const days = hijriMonthDays(1445, m)!;
      return days[1] - days[0] + 1;
    });
    for (const n of lengths) expect([29, 30]).toContain(n);
    const short = lengths.findIndex((n) => n === 29) + 1;
    expect(hijriToGregorian(1445, short, 30)).toBeNull();
  });
});

describe('anchoring', () => {
  it('puts a cyclic month in the year the tense asks for', () => {
    expect(yearOfMonth(2024, 2, 4, null, 'past')).toBe(2023);
    expect(yearOfMonth(2023, 12, 1, null, 'future')).toBe(2024);
    expect(yearOfMonth(2023, 12, 1, null, null)).toBe(2024);
    expect(yearOfMonth(2024, 10, 1, -1, null)).toBe(2024);
    expect(yearOfMonth(2024, 10, 10, -1, null)).toBe(2023);
    expect(yearOfMonth(2025, 9, 10, 1, null)).toBe(2025);
  });

  it('resolves weekdays by tense and modifier', () => {
    const dct = parseDct('2024-10-17'); // a Thursday
    const day = (wd: number, rel: -1 | 0 | 1 | null, t: 'past' | 'present' | 'future' | null) => formatDay(weekdayDay(dct, wd, rel, t)!);
    expect(day(4, null, 'past')).toBe('2024-10-17');
    expect(day(4, -1, null)).toBe('2024-10-10');
    expect(day(4, 1, null)).toBe('2024-10-24');
    expect(day(6, null, 'future')).toBe('2024-10-19');
    expect(day(4, null, 'present')).toBe('2024-10-17');
  });

  it('parses DCTs at every precision and refuses the rest', () => {
    expect(parseDct('2025-10-02T20:20:00')).toEqual({ y: 2025, m: 10, d: 2, hh: 20, mi: 20 });
    expect(parseDct('2023-12')).toEqual({ y: 2023, m: 12, d: null, hh: null, mi: null });
    expect(parseDct('12/03/2024')).toBeNull();
    expect(parseDct(null)).toBeNull();
  });
});

describe('durations', () => {
  it('formats TIMEX3 durations', () => {
    expect(formatDuration([{ amount: 1, unit: 'hour' }, { amount: 20, unit: 'minute' }])).toBe('PT1H20M');
    expect(formatDuration([{ amount: 1.5, unit: 'year' }])).toBe('P18M');
    expect(formatDuration([{ amount: 4, unit: 'decade' }])).toBe('P4DE');
    expect(formatDuration([{ amount: null, unit: 'year' }])).toBe('PXY');
    expect(formatDuration([{ amount: 0.5, unit: 'century' }])).toBe('P50Y');
  });
});
