/**
 * Joining two dates into one TIMEX3 range (inclusive end). The missing year of one end is
 * copied from the other end, and a range that crosses a year moves its end to the next year.
 */
import { formatCal } from './format.js';
import type { Candidate, Resolved } from './types.js';

const SHAPES: readonly RegExp[] = [/^\d{4}$/, /^\d{4}-\d\d$/, /^\d{4}-\d\d-\d\d$/, /^\d{4}-W\d\d$/];

/** True when month/day `a` comes before or on month/day `b` within one year. */
function notAfter(am: number, ad: number | null, bm: number, bd: number | null): boolean {
  return am < bm || (am === bm && (ad ?? 0) <= (bd ?? 0));
}

/**
 * The range `a/b` of two DATE candidates of the same precision, or null when they cannot form
 * one (different precision, a mod on either, or an end before the start).
 */
export function joinDateRange(a: Candidate, b: Candidate): Resolved | null {
  if (a.type !== 'DATE' || b.type !== 'DATE' || a.mod || b.mod || a.calendar !== b.calendar) return null;
  const ca = a.cal;
  const cb = b.cal;
  if (ca && cb && ca.m !== null && cb.m !== null && (ca.d === null) === (cb.d === null)) {
    let ya = ca.y;
    let yb = cb.y;
    const inOrder = notAfter(ca.m, ca.d, cb.m, cb.d);
    if (!ca.explicitYear && cb.explicitYear && yb !== null) ya = inOrder ? yb : yb - 1;
    else if (!cb.explicitYear && ya !== null) yb = inOrder ? ya : ya + 1;
    if (ya !== null && yb !== null && (ya > yb || (ya === yb && !inOrder))) return null;
    const va = formatCal({ y: ya, m: ca.m, d: ca.d });
    const vb = formatCal({ y: yb, m: cb.m, d: cb.d });
    // one day written twice (a Hijri date and its Gregorian equivalent) is not a range
    if (va === vb) return null;
    return { type: 'DATE', value: `${va}/${vb}`, anchor: true };
  }
  const shape = SHAPES.findIndex((re) => re.test(a.value));
  if (shape < 0 || !SHAPES[shape]!.test(b.value) || a.value >= b.value) return null;
  return { type: 'DATE', value: `${a.value}/${b.value}`, anchor: true };
}
