/**
 * TIMEX3 value strings: dates at the precision written, ISO weeks, ranges, durations.
 */
import { civil, isoWeek } from './calendar.js';
import type { CalParts } from './types.js';

/** Zero-padded number, e.g. `pad(7)` → `07`. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` from the parts present; an unknown year is `XXXX`. */
export function formatCal(c: Pick<CalParts, 'y' | 'm' | 'd'>): string {
  const y = c.y === null ? 'XXXX' : pad(c.y, 4);
  if (c.m === null) return y;
  if (c.d === null) return `${y}-${pad(c.m)}`;
  return `${y}-${pad(c.m)}-${pad(c.d)}`;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(n: number): string {
  const c = civil(n);
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

/** `YYYY-Www` of the ISO week holding a day number. */
export function formatWeek(n: number): string {
  const w = isoWeek(n);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** A TIMEX3 range `start/end` (inclusive end). */
export function formatRange(a: string, b: string): string {
  return `${a}/${b}`;
}

/** `YYYY-MM-DDThh:mm` from a day value and a clock. */
export function formatClock(day: string, hh: number, mi: number): string {
  return `${day}T${pad(hh)}:${pad(mi)}`;
}

/** Duration units and their TIMEX3 letters; time units go after `T`. */
const DURATION_LETTER: Record<string, string> = {
  year: 'Y',
  month: 'M',
  week: 'W',
  day: 'D',
  decade: 'DE',
  century: 'CE',
  hour: 'H',
  minute: 'M',
  second: 'S',
};
const TIME_UNITS = new Set(['hour', 'minute', 'second']);

/** A duration unit known to the engine. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'decade' | 'century' | 'hour' | 'minute' | 'second';

/** One amount of one unit; an amount of null is "some" (`PXY`). */
export interface DurationPart {
  amount: number | null;
  unit: DurationUnit;
}

/**
 * A TIMEX3 duration from its parts, e.g. `[{amount: 1, unit: 'hour'}, {amount: 20, unit: 'minute'}]`
 * → `PT1H20M`. Half units become the next smaller unit where one exists (1.5 years → `P18M`).
 */
export function formatDuration(parts: readonly DurationPart[]): string {
  const norm = parts.flatMap(splitFraction);
  const date = norm.filter((p) => !TIME_UNITS.has(p.unit));
  const time = norm.filter((p) => TIME_UNITS.has(p.unit));
  const piece = (p: DurationPart): string => `${p.amount === null ? 'X' : String(p.amount)}${DURATION_LETTER[p.unit]}`;
  return `P${date.map(piece).join('')}${time.length ? `T${time.map(piece).join('')}` : ''}`;
}

const SMALLER: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
  year: ['month', 12],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
  century: ['year', 100],
  decade: ['year', 10],
};

/** 1.5 years → 18 months; whole amounts pass through. */
function splitFraction(p: DurationPart): DurationPart[] {
  if (p.amount === null || Number.isInteger(p.amount)) return [p];
  const smaller = SMALLER[p.unit];
  if (!smaller) return [p];
  const total = p.amount * smaller[1];
  return Number.isInteger(total) ? [{ amount: total, unit: smaller[0] }] : [p];
}

/** Adds a value's day-level part count check: true for `YYYY-MM-DD`. */
export function isDayValue(v: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(v);
}
