/**
 * The calendar days a TIMEX3 date value covers, so that values of mixed precision (`2023`,
 * `2023-12`, `2023-12-07`, `2023-W49`, `2023-Q4`, intervals `a/b`) can be indexed as two `date`
 * columns and compared by overlap. Values that name no calendar span (durations, `PAST_REF`,
 * unanchored `XXXX-WXX-7`) have no range.
 */
export interface DayRange {
  /** first day, `YYYY-MM-DD` */
  start: string;
  /** last day, inclusive */
  end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromUtc(t: number): string {
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The range of one point value (no `/`). */
function pointRange(value: string): DayRange | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: ymd(y, mo, 1), end: ymd(y, mo, daysInMonth(y, mo)) };
  }
  // a day, possibly with a time of day that does not change the day
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?|T(?:MO|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return { start: ymd(y, mo, d), end: ymd(y, mo, d) };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const w = Number(m[2]);
    if (w < 1 || w > 53) return null;
    // ISO week 1 holds 4 January; weeks start on Monday
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000;
    return { start: fromUtc(monday), end: fromUtc(monday + 6 * 86_400_000) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: ymd(y, first, 1), end: ymd(y, first + 2, daysInMonth(y, first + 2)) };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  return null;
}

/**
 * The days a TIMEX3 value covers, e.g. `dayRange('2023-12')` → `{start: '2023-12-01', end: '2023-12-31'}`,
 * `dayRange('2023-12-04/2023-12-06')` → `{start: '2023-12-04', end: '2023-12-06'}`, `dayRange('P3D')` → null.
 */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  if (slash < 0) return pointRange(value);
  const a = pointRange(value.slice(0, slash));
  const b = pointRange(value.slice(slash + 1));
  if (!a || !b || b.end < a.start) return null;
  return { start: a.start, end: b.end };
}
