/**
 * Candidates are built with one fixed set of fields, in one order. A spread of what a rule
 * returned (`{...res, start, end}`) gave each rule its own object shape, and every later step
 * (selection, refiners, anaphora, output) then read its fields through the engine's slowest,
 * shape-generic path.
 */
import type { Candidate, Resolved } from './types.js';

/** The candidate of a resolved value over `[start, end)` of the matching text. */
export function candidateOf(r: Resolved, start: number, end: number, rule: string): Candidate {
  // every field of Candidate must be listed (the `satisfies` clause fails to compile otherwise);
  // fields a rule left out stay present, as undefined: the same reading, one shape
  return {
    type: r.type,
    value: r.value,
    mod: r.mod,
    freq: r.freq,
    cal: r.cal,
    anaphor: r.anaphor,
    anchor: r.anchor,
    calendar: r.calendar,
    impliesDct: r.impliesDct,
    blocked: r.blocked,
    start,
    end,
    rule,
  } satisfies { [K in keyof Candidate]-?: unknown };
}
