/**
 * The document creation time (publication date) that anchors relative expressions.
 */

/** A parsed DCT; month, day and clock are null when the source gives less precision. */
export interface Dct {
  y: number;
  m: number | null;
  d: number | null;
  hh: number | null;
  mi: number | null;
}

const DCT_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Parses `2024-10-17`, `2024-10`, `2024` or `2025-10-02T20:20:00`; anything else (or null) gives
 * null, so an unusable date never anchors anything. `parseDct('2024-10-17')` → `{y: 2024, m: 10, d: 17, …}`.
 */
export function parseDct(s: string | null | undefined): Dct | null {
  if (!s) return null;
  const m = DCT_RE.exec(s.trim());
  if (!m) return null;
  const n = (x: string | undefined): number | null => (x === undefined ? null : Number(x));
  const dct: Dct = { y: Number(m[1]), m: n(m[2]), d: n(m[3]), hh: n(m[4]), mi: n(m[5]) };
  if (dct.m !== null && (dct.m < 1 || dct.m > 12)) return null;
  if (dct.d !== null && (dct.d < 1 || dct.d > 31)) return null;
  return dct;
}

/** A DCT that has a full day, narrowed for day arithmetic. */
export interface DayDct extends Dct {
  m: number;
  d: number;
}

/** The DCT when it is precise to the day, else null (day arithmetic needs a day). */
export function dayDct(dct: Dct | null): DayDct | null {
  return dct && dct.m !== null && dct.d !== null ? (dct as DayDct) : null;
}
