/**
 * Hijri (Umm al-Qura) dates through the platform's ICU calendar `islamic-umalqura`: no
 * hand-written month table. Hijri → Gregorian searches day numbers by bisection, since ICU only
 * converts the other way. Results are cached: a corpus mentions few distinct Hijri dates.
 */
import { civil, dayNumber, type Ymd } from './calendar.js';

const MS_PER_DAY = 86_400_000;
// One formatter for the process: building an Intl formatter is far dearer than using one.
const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const toHijriCache = new Map<number, Ymd>();

/** The Umm al-Qura date of a Gregorian day number, e.g. 2024-10-17 → 1446-04-14. */
export function hijriOfDay(n: number): Ymd {
  const hit = toHijriCache.get(n);
  if (hit) return hit;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of FORMAT.formatToParts(new Date(n * MS_PER_DAY))) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  const h = { y, m, d };
  if (toHijriCache.size > 50_000) toHijriCache.clear();
  toHijriCache.set(n, h);
  return h;
}

/** The Umm al-Qura date of a Gregorian date. */
export function hijriOf(y: number, m: number, d: number): Ymd {
  return hijriOfDay(dayNumber(y, m, d));
}

const cmp = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;
const toGregorianCache = new Map<string, number | null>();

/**
 * The Gregorian day number of a Hijri date, or null when that day does not exist (day 30 of a
 * 29-day month) or lies outside the calendar's range. `hijriToDay(1446, 4, 14)` is 2024-10-17.
 */
export function hijriToDay(hy: number, hm: number, hd: number): number | null {
  // ICU's table covers 1300–1600 AH; earlier years fall back to its arithmetic Islamic calendar
  if (hm < 1 || hm > 12 || hd < 1 || hd > 30 || hy < 1 || hy > 1600) return null;
  const key = `${hy}-${hm}-${hd}`;
  const cached = toGregorianCache.get(key);
  if (cached !== undefined) return cached;
  const target = { y: hy, m: hm, d: hd };
  // a mean lunar estimate is within a few days; bracket it widely and bisect
  const estimate = dayNumber(622, 7, 19) + Math.round((hy - 1) * 354.36707 + (hm - 1) * 29.530589 + hd - 1);
  let lo = estimate - 40;
  let hi = estimate + 40;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cmp(hijriOfDay(mid), target) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = cmp(hijriOfDay(lo), target) === 0 ? lo : null;
  toGregorianCache.set(key, found);
  return found;
}

/** The Gregorian date of a Hijri date, or null when it does not exist. */
export function hijriToGregorian(hy: number, hm: number, hd: number): Ymd | null {
  const n = hijriToDay(hy, hm, hd);
  return n === null ? null : civil(n);
}

/** First and last Gregorian day numbers of a Hijri month. */
export function hijriMonthDays(hy: number, hm: number): [number, number] | null {
  const first = hijriToDay(hy, hm, 1);
  const next = hm === 12 ? hijriToDay(hy + 1, 1, 1) : hijriToDay(hy, hm + 1, 1);
  return first === null || next === null ? null : [first, next - 1];
}

/** First and last Gregorian day numbers of a Hijri year. */
export function hijriYearDays(hy: number): [number, number] | null {
  const first = hijriToDay(hy, 1, 1);
  const next = hijriToDay(hy + 1, 1, 1);
  return first === null || next === null ? null : [first, next - 1];
}
