import { MACHINE_MONTHS } from './markup-vocabulary.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` when the parts make a real date and time, else null. */
function format(y: number, mo: number, d: number | null, h: number | null, mi: number | null): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12) return null;
  if (d === null) return `${y}-${pad(mo)}`;
  if (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === null || mi === null) return day;
  if (h > 23 || mi > 59) return day;
  return `${day}T${pad(h)}:${pad(mi)}`;
}

// year first: 2021-12-03, 2021/12/03 10:15, 2021-12-03T10:15:00+03:00, 20211203T1015
const YEAR_FIRST = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?|(\d{2})(\d{2}))(?:(?:T|\s+|,\s*)(\d{1,2}):?(\d{2})(?::?\d{2}(?:[.,]\d+)?)?)?/;
// the HTTP / RSS form: Tue, 19 Nov 2019 08:38:00 GMT, or 19 November 2019
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?/i;
// Nov 19, 2019 08:38
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2}))?/i;

const monthOf = (name: string): number => MACHINE_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

/**
 * A machine-readable date from page metadata, at the precision the page gives and in the local
 * time it was written in (the offset is dropped: a reader of the page saw that clock time):
 * `normalizePublished('2021-12-03T10:15:22+03:00')` → `'2021-12-03T10:15'`,
 * `normalizePublished('2021-12-03')` → `'2021-12-03'`. Epoch seconds are read as UTC.
 * Returns null for anything it cannot read with certainty.
 */
export function normalizePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{10}(?:\d{3})?$/.test(v)) {
    const d = new Date(v.length === 10 ? Number(v) * 1000 : Number(v));
    return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
  }
  let m = YEAR_FIRST.exec(v);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[3] ?? m[5]);
    const d = m[5] !== undefined ? Number(m[6]) : num(m[4]);
    return format(y, mo, d, d === null ? null : num(m[7]), num(m[8]));
  }
  m = DAY_MONTH_YEAR.exec(v);
  if (m && monthOf(m[2]!) > 0) return format(Number(m[3]), monthOf(m[2]!), Number(m[1]), num(m[4]), num(m[5]));
  m = MONTH_DAY_YEAR.exec(v);
  if (m && monthOf(m[1]!) > 0) return format(Number(m[3]), monthOf(m[1]!), Number(m[2]), num(m[4]), num(m[5]));
  return null;
}
