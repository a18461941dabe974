/**
 * Value builders the rules call once they have read numbers from a match: each returns a
 * `Resolved` (TIMEX3 type and value) anchored on the rule context, or an unanchored form when
 * the DCT is missing. They know calendars, never words.
 */
import { dctDay, gregorianYear, hijriYear, shiftMonth, weekdayDay, type Rel } from './anchor.js';
import { civil, dayNumber, isoWeekday, isValidDate } from './calendar.js';
import { formatCal, formatClock, formatDay, formatRange, formatWeek, pad } from './format.js';
import { hijriMonthDays, hijriToDay, hijriYearDays } from './hijri.js';
import type { Anaphor, Resolved, RuleContext } from './types.js';

/** A date value of a day number. */
const dayValue = (n: number): Resolved => {
  const c = civil(n);
  return { type: 'DATE', value: formatDay(n), cal: { ...c, explicitYear: true }, anchor: true };
};

/**
 * A Gregorian day or month. Without a written year the year comes from the modifier, the tense
 * and, when a weekday is written, the year in which that weekday fits.
 */
export function gregorian(ctx: RuleContext, p: { y: number | null; m: number; d: number | null; rel?: Rel; weekday?: number | null }): Resolved | null {
  if (p.m < 1 || p.m > 12) return null;
  const rel = p.rel ?? null;
  let y = p.y;
  if (y === null) {
    const tense = rel === null ? ctx.tense() : null;
    y = rel === 0 && ctx.dct ? ctx.dct.y : gregorianYear(ctx.dct, p.m, p.d, rel, tense);
    if (y !== null && p.d !== null && p.weekday) {
      const fits = (yy: number): boolean => isValidDate(yy, p.m, p.d!) && isoWeekday(dayNumber(yy, p.m, p.d!)) === p.weekday;
      if (!fits(y)) y = [y + 1, y - 1].find(fits) ?? y;
    }
  }
  if (p.d !== null && !isValidDate(y ?? 2000, p.m, p.d)) return null;
  const cal = { y, m: p.m, d: p.d, explicitYear: p.y !== null };
  const out: Resolved = { type: 'DATE', value: formatCal(cal), cal, anchor: true };
  // «ديسمبر الجاري»: the text is written in that month
  if (rel === 0) out.impliesDct = formatCal({ y, m: p.m, d: null });
  return out;
}

/**
 * The DCT implied by a day written next to a relative day word: «أمس 6 ديسمبر» → `XXXX-12-07`
 * (a year-less day is shifted inside a leap year, so it never crosses a year it does not know).
 */
export function dctFromRelativeDay(r: Resolved, k: number): string | undefined {
  const c = r.cal;
  if (!c || c.m === null || c.d === null) return undefined;
  const n = dayNumber(c.y ?? 2000, c.m, c.d) - k;
  const v = formatDay(n);
  if (c.y !== null) return v;
  return v.startsWith('2000') ? `XXXX${v.slice(4)}` : undefined;
}

/** A year (1000–2199), or null when the number cannot be one. */
export function yearValue(y: number): Resolved | null {
  if (y < 1000 || y > 2199) return null;
  return { type: 'DATE', value: pad(y, 4), cal: { y, m: null, d: null, explicitYear: true }, anchor: true };
}

/** A Hijri day converted to its Gregorian day; the year may be inferred like a Gregorian one. */
export function hijriDay(ctx: RuleContext, p: { hy: number | null; hm: number; hd: number; rel?: Rel }): Resolved | null {
  const rel = p.rel ?? null;
  const hy = p.hy ?? hijriYear(ctx.dct, p.hm, p.hd, rel, rel === null ? ctx.tense() : null);
  if (hy === null) return { type: 'DATE', value: 'XXXX-XX-XX', calendar: 'hijri' };
  const n = hijriToDay(hy, p.hm, p.hd);
  return n === null ? null : { ...dayValue(n), calendar: 'hijri' };
}

/** A Hijri month as the range of its Gregorian days. */
export function hijriMonth(ctx: RuleContext, p: { hy: number | null; hm: number; rel?: Rel }): Resolved | null {
  const rel = p.rel ?? null;
  const hy = p.hy ?? hijriYear(ctx.dct, p.hm, null, rel, rel === null ? ctx.tense() : null);
  if (hy === null) return { type: 'DATE', value: 'XXXX-XX' };
  const r = hijriMonthDays(hy, p.hm);
  return r ? { type: 'DATE', value: formatRange(formatDay(r[0]), formatDay(r[1])), anchor: true } : null;
}

/** A Hijri year as the range of its Gregorian days. */
export function hijriYearRange(hy: number): Resolved | null {
  const r = hijriYearDays(hy);
  return r ? { type: 'DATE', value: formatRange(formatDay(r[0]), formatDay(r[1])), anchor: true } : null;
}

/** A weekday resolved against the DCT; unanchored `XXXX-WXX-n` without one. */
export function weekdayValue(ctx: RuleContext, wd: number, rel: Rel): Resolved {
  const n = weekdayDay(ctx.dct, wd, rel, rel === null ? ctx.tense() : null);
  return n === null ? { type: 'DATE', value: `XXXX-WXX-${wd}` } : dayValue(n);
}

/** A day `k` days from the DCT («أمس» -1); a written weekday only fills in an undated text. */
export function relativeDay(ctx: RuleContext, k: number, wd: number | null): Resolved {
  const n0 = dctDay(ctx.dct);
  if (n0 === null) return { type: 'DATE', value: wd ? `XXXX-WXX-${wd}` : 'XXXX-XX-XX' };
  return dayValue(n0 + k);
}

/** A period `k` units from the DCT's («الأسبوع الماضي», «العام المقبل»). */
export function relativePeriod(ctx: RuleContext, unit: 'day' | 'week' | 'month' | 'year' | 'decade' | 'century', k: number): Resolved | null {
  const dct = ctx.dct;
  // undated text: the expression is kept, its value unanchored
  if (!dct) return { type: 'DATE', value: UNANCHORED[unit] };
  if (unit === 'year') return { type: 'DATE', value: pad(dct.y + k, 4), cal: { y: dct.y + k, m: null, d: null, explicitYear: false } };
  if (unit === 'decade') return { type: 'DATE', value: String(Math.floor(dct.y / 10) + k) };
  if (unit === 'century') return { type: 'DATE', value: pad(Math.floor(dct.y / 100) + k, 2) };
  if (unit === 'month') {
    const t = shiftMonth(dct, k);
    return t ? { type: 'DATE', value: formatCal({ y: t.y, m: t.m, d: null }), cal: { ...t, d: null, explicitYear: false } } : null;
  }
  const n = dctDay(dct);
  if (n === null) return null;
  return unit === 'week' ? { type: 'DATE', value: formatWeek(n + 7 * k) } : dayValue(n + k);
}

const UNANCHORED: Record<'day' | 'week' | 'month' | 'year' | 'decade' | 'century', string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX' };

/** Units of an ago/later offset. */
export type OffsetUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'hour' | 'minute';

/**
 * «قبل تسع سنوات» / «بعد عامين»: a DATE at the unit's granularity (hours give a clock time when
 * the DCT has one). `anaphoric` lets a date in the same clause replace the DCT.
 */
export function offsetDate(ctx: RuleContext, amount: number, unit: OffsetUnit, sign: 1 | -1, anaphoric: boolean): Resolved | null {
  const dct = ctx.dct;
  if (!Number.isInteger(amount)) return null;
  const k = sign * amount;
  if (unit === 'hour' || unit === 'minute') {
    const n = dctDay(dct);
    if (!dct || n === null || dct.hh === null) return null;
    const total = dct.hh * 60 + (dct.mi ?? 0) + k * (unit === 'hour' ? 60 : 1);
    const dayShift = Math.floor(total / 1440);
    const mins = total - dayShift * 1440;
    return { type: 'TIME', value: formatClock(formatDay(n + dayShift), Math.floor(mins / 60), mins % 60) };
  }
  const years = unit === 'decade' ? 10 * k : unit === 'century' ? 100 * k : null;
  const r = relativePeriod(ctx, years !== null ? 'year' : unit, years ?? k);
  if (!r) return null;
  const anaphor: Anaphor | undefined = anaphoric && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')
    ? { unit, amount: k, gran: unit, strength: 'weak' }
    : undefined;
  const out: Resolved = { ...r, anchor: false };
  if (anaphor) out.anaphor = anaphor;
  return out;
}

/** A clock time on a day value (the DCT's day when `day` is null). */
export function clockValue(ctx: RuleContext, day: string | null, hh: number, mi: number): Resolved | null {
  if (hh > 24 || mi > 59) return null;
  const n = dctDay(ctx.dct);
  const base = day ?? (n === null ? 'XXXX-XX-XX' : formatDay(n));
  return { type: 'TIME', value: formatClock(base, hh % 24 === 0 && hh === 24 ? 0 : hh, mi) };
}

/** A day value of a resolved day-level value, for combining with clocks and day parts. */
export function dayOf(value: string): string | null {
  const m = /^(\d{4}-\d\d-\d\d|XXXX-XX-XX|XXXX-\d\d-\d\d|XXXX-WXX-\d)(?:T.*)?$/.exec(value);
  return m ? m[1]! : null;
}
