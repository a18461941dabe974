/**
 * Reading TIMEX3 values (the dates events carry) for display at the precision they were
 * written: `2020` is a year, `2020-09` a month, `2020-W39` a week, `2021-05-04TMO` a morning.
 * The app never shows more precision than the source gave.
 */

/** How precise a date value is; each has a label in the message catalogues (`precision.*`). */
export type Precision = 'year' | 'quarter' | 'season' | 'half' | 'month' | 'week' | 'day' | 'time' | 'range' | 'unanchored' | 'reference' | 'other';

/** A date value read for display. */
export interface DateReading {
  precision: Precision;
  /** the calendar parts that are known, for Intl formatting */
  year?: number;
  month?: number;
  day?: number;
  /** `HH:MM` for clock times, or a TIMEX3 part of day (MO, AF, EV, NI) */
  time?: string;
  /** for ranges, both ends */
  from?: DateReading;
  to?: DateReading;
}

const REFERENCE = /^(PRESENT|PAST|FUTURE)_REF$/;

/**
 * The precision and parts of a TIMEX3 value.
 *
 * Example: `readTimex('2020-09')` → `{precision: 'month', year: 2020, month: 9}`
 */
export function readTimex(value: string): DateReading {
  if (value.includes('/')) {
    const [a = '', b = ''] = value.split('/', 2);
    return { precision: 'range', from: readTimex(a), to: readTimex(b) };
  }
  if (REFERENCE.test(value)) return { precision: 'reference' };
  if (/^X/.test(value)) return { precision: 'unanchored' };
  let m = /^(\d{4})$/.exec(value);
  if (m) return { precision: 'year', year: Number(m[1]) };
  m = /^(\d{4})-Q[1-4]$/.exec(value);
  if (m) return { precision: 'quarter', year: Number(m[1]) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { precision: 'season', year: Number(m[1]) };
  m = /^(\d{4})-H[12]$/.exec(value);
  if (m) return { precision: 'half', year: Number(m[1]) };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { precision: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return { precision: 'week', year: Number(m[1]) };
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI|DT))?/.exec(value);
  if (m) {
    const base = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return m[4] ? { precision: 'time', ...base, time: m[4] } : { precision: 'day', ...base };
  }
  return { precision: 'other' };
}

/**
 * A value for the `datetime` attribute of `<time>` when the reading is one HTML accepts
 * (year, month, week, day, day and time), else null.
 */
export function machineDate(value: string): string | null {
  if (/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(value) || /^\d{4}-W\d{2}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2})T[A-Z]{2}$/.exec(value);
  return m ? m[1]! : null;
}

/**
 * The reading in words for a locale, through the platform's calendar data (no month names of
 * our own): a year, a month and year, or a full day. Null when the reading has no calendar parts
 * to format (weeks, seasons, unanchored and reference values): the caller shows the raw value.
 */
export function formatReading(r: DateReading, locale: string): string | null {
  if (r.year === undefined) return null;
  const at = Date.UTC(r.year, (r.month ?? 1) - 1, r.day ?? 1);
  if (r.precision === 'year') return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(at);
  if (r.precision === 'month') return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
  if (r.precision === 'day' || r.precision === 'time') {
    const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(at);
    return r.time && /^\d{2}:\d{2}$/.test(r.time) ? `${day} ${r.time}` : day;
  }
  return null;
}
