import type { Span } from './span.js';

/**
 * Maps positions in a derived string (clean text, normalised text) back to the string it was
 * made from. It is built as a list of copied runs: a run says "derived[d, d+len) is a copy of
 * source[s, s+len)". Characters inserted by the derivation (a newline joining two blocks) belong
 * to no run and map to the nearest copied position, so a span always maps to a valid span.
 */
export interface CopiedRun {
  /** start in the derived string */
  d: number;
  /** start in the source string */
  s: number;
  len: number;
}

/** Builds an OffsetMap while a derived string is assembled piece by piece. */
export class OffsetMapBuilder {
  private readonly runs: CopiedRun[] = [];
  private length = 0;

  /** Records that `len` characters copied from `source[s…]` were appended. */
  copy(s: number, len: number): this {
    if (len <= 0) return this;
    const last = this.runs.at(-1);
    if (last && last.d + last.len === this.length && last.s + last.len === s) last.len += len;
    else this.runs.push({ d: this.length, s, len });
    this.length += len;
    return this;
  }

  /** Records that `len` characters not taken from the source (separators) were appended. */
  insert(len: number): this {
    this.length += len;
    return this;
  }

  build(sourceLength: number): OffsetMap {
    return new OffsetMap(this.runs, this.length, sourceLength);
  }
}

/** Position mapping from a derived string to its source; see CopiedRun. */
export class OffsetMap {
  constructor(
    readonly runs: readonly CopiedRun[],
    readonly length: number,
    readonly sourceLength: number,
  ) {}

  /** The identity map of a string of `length` characters. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [{ d: 0, s: 0, len: length }] : [], length, length);
  }

  /** Source position of derived position `d` (a boundary: 0…length). */
  toSource(d: number, bias: 'start' | 'end' = 'start'): number {
    const runs = this.runs;
    if (runs.length === 0) return 0;
    // binary search for the last run starting at or before d
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.d <= d) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo]!;
    if (d < run.d) return run.s; // before the first run
    if (d < run.d + run.len || (bias === 'end' && d === run.d + run.len)) return run.s + (d - run.d);
    // d falls in inserted text after `run`: an end boundary stays at the run's end,
    // a start boundary moves to the next run's start.
    if (bias === 'end') return run.s + run.len;
    const next = runs[lo + 1];
    return next ? next.s : run.s + run.len;
  }

  /** The source span of a derived span. */
  spanToSource(span: Span): Span {
    const start = this.toSource(span.start, 'start');
    const end = Math.max(start, this.toSource(span.end, 'end'));
    return { start, end };
  }

  /** This map followed by `inner` (which maps this map's source to its own source). */
  compose(inner: OffsetMap): OffsetMap {
    const runs: CopiedRun[] = [];
    for (const run of this.runs) {
      // split the run where `inner` changes runs, so each piece maps linearly
      let d = run.d;
      let s = run.s;
      let left = run.len;
      while (left > 0) {
        const piece = inner.runs.find((r) => s >= r.d && s < r.d + r.len);
        if (!piece) {
          d++;
          s++;
          left--;
          continue;
        }
        const take = Math.min(left, piece.d + piece.len - s);
        runs.push({ d, s: piece.s + (s - piece.d), len: take });
        d += take;
        s += take;
        left -= take;
      }
    }
    return new OffsetMap(runs, this.length, inner.sourceLength);
  }
}
