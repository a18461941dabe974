/**
 * Anchoring: which calendar occurrence a year-less date, a bare weekday or a relative word
 * means, given the DCT and the tense of its clause. The conventions are those of
 * corpus/timex/README.md ("Resolution against the DCT").
 */
import { addMonths, dayNumber, isoWeekday } from './calendar.js';
import type { Dct } from './dct.js';
import { hijriOf } from './hijri.js';
import type { Tense } from './types.js';

/** A relative modifier: previous (-1), current (0) or next (+1); null when none is written. */
export type Rel = -1 | 0 | 1 | null;

/**
 * The year of a cyclic month `m` (1–12) seen from the anchor month `am` of year `ay`:
 * - with a modifier: the previous / current / next occurrence, strictly before or after;
 * - in a past clause, never after the anchor month; with a future cue, never before it;
 * - otherwise the occurrence nearest the anchor.
 */
export function yearOfMonth(ay: number, am: number, m: number, rel: Rel, tense: Tense): number {
  if (rel === 0) return ay;
  if (rel === -1) return m < am ? ay : ay - 1;
  if (rel === 1) return m > am ? ay : ay + 1;
  const diff = m - am;
  if (tense === 'past') return diff <= 0 ? ay : ay - 1;
  if (tense === 'future') return diff >= 0 ? ay : ay + 1;
  if (diff > 6) return ay - 1;
  if (diff < -6) return ay + 1;
  return ay;
}

/**
 * The year of a day `d` of month `m` seen from an anchor day: like `yearOfMonth`, but a modifier
 * compares day by day («15 سبتمبر الماضي» is the last 15 September before the anchor).
 */
export function yearOfMonthDay(ay: number, am: number, ad: number, m: number, d: number, rel: Rel, tense: Tense): number {
  if (rel === -1) return m < am || (m === am && d < ad) ? ay : ay - 1;
  if (rel === 1) return m > am || (m === am && d > ad) ? ay : ay + 1;
  return yearOfMonth(ay, am, m, rel, tense);
}

/** Year of a year-less Gregorian month (and day) at the DCT, or null without a DCT month. */
export function gregorianYear(dct: Dct | null, m: number, d: number | null, rel: Rel, tense: Tense): number | null {
  if (!dct || dct.m === null) return null;
  if (d !== null && dct.d !== null) return yearOfMonthDay(dct.y, dct.m, dct.d, m, d, rel, tense);
  return yearOfMonth(dct.y, dct.m, m, rel, tense);
}

/** Hijri year of a year-less Hijri month (and day) at the DCT, or null without a DCT day. */
export function hijriYear(dct: Dct | null, hm: number, hd: number | null, rel: Rel, tense: Tense): number | null {
  if (!dct || dct.m === null || dct.d === null) return null;
  const h = hijriOf(dct.y, dct.m, dct.d);
  if (hd !== null) return yearOfMonthDay(h.y, h.m, h.d, hm, hd, rel, tense);
  return yearOfMonth(h.y, h.m, hm, rel, tense);
}

/** Day number of the DCT, or null when it is not precise to the day. */
export function dctDay(dct: Dct | null): number | null {
  return dct && dct.m !== null && dct.d !== null ? dayNumber(dct.y, dct.m, dct.d) : null;
}

/**
 * Day number of ISO weekday `wd` (1 = Monday … 7 = Sunday) relative to the DCT:
 * - `rel` -1: the last one strictly before; +1: the first strictly after; 0: in the DCT's week;
 * - no modifier: the first after the DCT with a future cue, the first on or after it with an
 *   imperfective, else (narration) the last on or before it.
 */
export function weekdayDay(dct: Dct | null, wd: number, rel: Rel, tense: Tense): number | null {
  const n0 = dctDay(dct);
  if (n0 === null) return null;
  const w0 = isoWeekday(n0);
  if (rel === -1) return n0 - ((w0 - wd + 7) % 7 || 7);
  if (rel === 1) return n0 + ((wd - w0 + 7) % 7 || 7);
  if (rel === 0) return n0 - w0 + wd;
  if (tense === 'future') return n0 + ((wd - w0 + 7) % 7 || 7);
  // an imperfective announces what is scheduled: this coming day, today included
  if (tense === 'present') return n0 + ((wd - w0 + 7) % 7);
  return n0 - ((w0 - wd + 7) % 7);
}

/** The DCT month shifted by `k` months, or null without a DCT month. */
export function shiftMonth(dct: Dct | null, k: number): { y: number; m: number } | null {
  return dct && dct.m !== null ? addMonths(dct.y, dct.m, k) : null;
}

/** The DCT day shifted by `k` days, or null without a DCT day. */
export function shiftDay(dct: Dct | null, k: number): number | null {
  const n = dctDay(dct);
  return n === null ? null : n + k;
}

/**
 * The occurrence of a yearly day (given per candidate year by `dayOf`) nearest the DCT, biased
 * by tense like `yearOfMonth`; for holidays whose date moves (Easter).
 */
export function nearestYearly(dct: Dct | null, dayOf: (y: number) => number | null, rel: Rel, tense: Tense): number | null {
  const n0 = dctDay(dct);
  if (n0 === null || !dct) return null;
  const options = [dct.y - 1, dct.y, dct.y + 1].map(dayOf).filter((n): n is number => n !== null);
  if (!options.length) return null;
  const past = options.filter((n) => n < n0);
  const future = options.filter((n) => n > n0);
  if (rel === -1 || (tense === 'past' && !options.includes(n0))) return past.at(-1) ?? null;
  if (rel === 1 || tense === 'future') return options.includes(n0) && rel !== 1 ? n0 : (future[0] ?? null);
  return options.reduce((best, n) => (Math.abs(n - n0) < Math.abs(best - n0) ? n : best));
}
