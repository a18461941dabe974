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
  /** length in the derived string */
  len: number;
  /** length in the source when it differs (an entity `&amp;` read as `&`, a ligature split in
   * two): the run then maps as a unit, its inside positions to its source's ends */
  slen?: number;
}

/** Builds an OffsetMap while a derived string is assembled piece by piece. */
export class OffsetMapBuilder {
  private readonly runs: CopiedRun[] = [];
  private length = 0;

  /** Records that `len` characters copied from `source[s…]` were appended. */
  copy(s: number, len: number): this {
    if (len <= 0) return this;
    const last = this.runs.at(-1);
    if (last && last.slen === undefined && last.d + last.len === this.length && last.s + last.len === s) last.len += len;
    else this.runs.push({ d: this.length, s, len });
    this.length += len;
    return this;
  }

  /** Records that `len` characters standing for `source[s, s+slen)` as a unit were appended. */
  replace(s: number, slen: number, len: number): this {
    if (len <= 0) return this;
    if (slen === len) return this.copy(s, len);
    this.runs.push({ d: this.length, s, len, slen });
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
    const slen = run.slen ?? run.len;
    if (d < run.d) return run.s; // before the first run
    // an end boundary between two adjacent runs stays at the end of the run before it, so a
    // span ending there does not take in the markup between the runs' sources
    const prev = runs[lo - 1];
    if (bias === 'end' && d === run.d && prev && prev.d + prev.len === d) return prev.s + (prev.slen ?? prev.len);
    if (d < run.d + run.len || (bias === 'end' && d === run.d + run.len)) {
      if (run.slen === undefined) return run.s + (d - run.d);
      return d === run.d || bias === 'start' ? run.s : run.s + slen;
    }
    // d falls in inserted text after `run`: an end boundary stays at the run's end,
    // a start boundary moves to the next run's start.
    if (bias === 'end') return run.s + slen;
    const next = runs[lo + 1];
    return next ? next.s : run.s + slen;
  }

  /** The source span of a derived span. */
  spanToSource(span: Span): Span {
    const start = this.toSource(span.start, 'start');
    const end = Math.max(start, this.toSource(span.end, 'end'));
    return { start, end };
  }

  /** This map followed by `inner` (which maps this map's source to its own source). */
  compose(inner: OffsetMap): OffsetMap {
    const b = new OffsetMapBuilder();
    let at = 0;
    for (const run of this.runs) {
      if (run.d > at) b.insert(run.d - at);
      if (run.slen !== undefined) {
        const s = inner.toSource(run.s, 'start');
        b.replace(s, inner.toSource(run.s + run.slen, 'end') - s, run.len);
      } else {
        // split the run where `inner` changes runs, so each piece maps linearly or as a unit
        let s = run.s;
        let left = run.len;
        while (left > 0) {
          const piece = inner.runAt(s);
          if (!piece) {
            b.insert(1);
            s++;
            left--;
            continue;
          }
          const take = Math.min(left, piece.d + piece.len - s);
          if (piece.slen === undefined) b.copy(piece.s + (s - piece.d), take);
          else b.replace(piece.s, piece.slen, take);
          s += take;
          left -= take;
        }
      }
      at = run.d + run.len;
    }
    if (this.length > at) b.insert(this.length - at);
    return b.build(inner.sourceLength);
  }

  /** The run that contains derived position `d`, if any. */
  runAt(d: number): CopiedRun | undefined {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = runs[mid]!;
      if (d < r.d) hi = mid - 1;
      else if (d >= r.d + r.len) lo = mid + 1;
      else return r;
    }
    return undefined;
  }
}
