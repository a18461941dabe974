import type { TagSet } from './tags.js';

/**
 * Viterbi decoding of a first-order tag chain under the constraints of a tag set: the best
 * sequence never opens with I-X nor puts I-X after anything but B-X or I-X (and, in BILOU, never
 * leaves an entity open at the end).
 */

/** Scores of a linear chain: per-token tag scores plus transition and start scores. */
export interface ChainScores {
  /** `emissions[i * nTags + t]` */
  emissions: Float32Array | Float64Array;
  /** `transitions[prev * nTags + next]` */
  transitions: Float32Array | Float64Array;
  /** score of opening a sentence with a tag */
  start: Float32Array | Float64Array;
}

/** Buffers reused from call to call: decoding allocates nothing but its result. */
const scratch = { back: new Uint8Array(0), a: new Float64Array(0), b: new Float64Array(0) };

/** The highest-scoring allowed tag sequence for `n` tokens, as tag indices. */
export function viterbi(n: number, scores: ChainScores, tags: TagSet, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  const T = tags.tags.length;
  if (n === 0) return out;
  const { emissions: em, transitions: tr, start } = scores;
  const { canStart, canEnd } = tags;
  const prevs = allowedPrevious(tags);
  if (scratch.back.length < n * T) scratch.back = new Uint8Array(Math.max(n * T, 2 * scratch.back.length));
  if (scratch.a.length < T) scratch.a = new Float64Array(T);
  if (scratch.b.length < T) scratch.b = new Float64Array(T);
  let prev = scratch.a;
  let cur = scratch.b;
  const back = scratch.back;
  for (let t = 0; t < T; t++) prev[t] = canStart[t] ? start[t]! + em[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    for (let t = 0; t < T; t++) {
      const ps = prevs[t]!;
      let best = -Infinity;
      let arg = 0;
      for (let q = 0; q < ps.length; q++) {
        const p = ps[q]!;
        const s = prev[p]! + tr[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[t] = best + em[base + t]!;
      back[base + t] = arg;
    }
    const tmp = prev;
    prev = cur;
    cur = tmp;
  }
  let arg = -1;
  for (let t = 0; t < T; t++) if (canEnd[t] && (arg < 0 || prev[t]! > prev[arg]!)) arg = t;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * T + arg]!;
    out[i - 1] = arg;
  }
  return out;
}

const previousOf = new WeakMap<TagSet, Uint8Array[]>();

/** For each tag, the tags allowed before it: the inner loop visits only those. */
function allowedPrevious(tags: TagSet): Uint8Array[] {
  let p = previousOf.get(tags);
  if (!p) {
    const T = tags.tags.length;
    p = tags.tags.map((_, t) => Uint8Array.from(tags.tags.map((_, q) => q).filter((q) => tags.allowed[q * T + t])));
    previousOf.set(tags, p);
  }
  return p;
}

/** Adds the weight rows of `ids` (features of one token) into `out[base .. base + nTags)`. */
export function addRows(weights: Float32Array | Float64Array, ids: ArrayLike<number>, from: number, to: number, nTags: number, out: Float32Array | Float64Array, base: number): void {
  for (let k = from; k < to; k++) {
    const row = ids[k]! * nTags;
    for (let t = 0; t < nTags; t++) out[base + t]! += weights[row + t]!;
  }
}
