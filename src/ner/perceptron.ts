import { addRows, viterbi } from './decode.js';
import type { TagSet } from './tags.js';

/**
 * The averaged structured perceptron (Collins 2002): decode each training sentence with the
 * current weights and, where the best sequence differs from the gold one, move the weights
 * towards the gold features. The averaged weights (each weight's mean over all steps) are the
 * ones kept: they generalise far better than the last ones. Averaging uses the usual trick of a
 * second accumulator weighted by the step count, so an update costs the same as without it.
 */

/** A training sentence as feature ids: token i owns `feats[offsets[i] .. offsets[i + 1])`. */
export interface EncodedSentence {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

/** Weights of a linear chain model over `nFeatures` features. */
export interface ChainWeights {
  nFeatures: number;
  /** `weights[f * nTags + t]` */
  weights: Float64Array;
  transitions: Float64Array;
  start: Float64Array;
}

/** Perceptron state: current weights plus the step-weighted sums that give the average. */
export class PerceptronTrainer {
  readonly w: ChainWeights;
  private readonly u: ChainWeights;
  /** the step counter; starts at 1 so the average is w − u / c */
  private c = 1;
  private readonly T: number;

  constructor(
    readonly tags: TagSet,
    nFeatures: number,
  ) {
    this.T = tags.tags.length;
    const make = (): ChainWeights => ({
      nFeatures,
      weights: new Float64Array(nFeatures * this.T),
      transitions: new Float64Array(this.T * this.T),
      start: new Float64Array(this.T),
    });
    this.w = make();
    this.u = make();
  }

  /** Emission scores of a sentence under the current weights. */
  private emissions(s: EncodedSentence, buf: Float64Array): Float64Array {
    const n = s.gold.length;
    buf.fill(0, 0, n * this.T);
    for (let i = 0; i < n; i++) addRows(this.w.weights, s.feats, s.offsets[i]!, s.offsets[i + 1]!, this.T, buf, i * this.T);
    return buf;
  }

  /** One perceptron step on a sentence; returns the number of wrongly tagged tokens. */
  step(s: EncodedSentence, buf: Float64Array, pred: Uint8Array): number {
    const n = s.gold.length;
    const T = this.T;
    const em = this.emissions(s, buf);
    viterbi(n, { emissions: em, transitions: this.w.transitions, start: this.w.start }, this.tags, pred);
    const { gold, feats, offsets } = s;
    const c = this.c;
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          const row = feats[k]! * T;
          this.bump(this.w.weights, this.u.weights, row + g, 1, c);
          this.bump(this.w.weights, this.u.weights, row + p, -1, c);
        }
      }
      if (i === 0) {
        if (g !== p) {
          this.bump(this.w.start, this.u.start, g, 1, c);
          this.bump(this.w.start, this.u.start, p, -1, c);
        }
      } else {
        const gp = gold[i - 1]!;
        const pp = pred[i - 1]!;
        if (g !== p || gp !== pp) {
          this.bump(this.w.transitions, this.u.transitions, gp * T + g, 1, c);
          this.bump(this.w.transitions, this.u.transitions, pp * T + p, -1, c);
        }
      }
    }
    this.c++;
    return errors;
  }

  private bump(w: Float64Array, u: Float64Array, i: number, d: number, c: number): void {
    w[i] = w[i]! + d;
    u[i] = u[i]! + d * c;
  }

  /** The averaged weights so far (a copy). */
  averaged(): ChainWeights {
    const avg = (w: Float64Array, u: Float64Array): Float64Array => {
      const out = new Float64Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - u[i]! / this.c;
      return out;
    };
    return {
      nFeatures: this.w.nFeatures,
      weights: avg(this.w.weights, this.u.weights),
      transitions: avg(this.w.transitions, this.u.transitions),
      start: avg(this.w.start, this.u.start),
    };
  }
}

/** Tags a sentence with fixed weights: the tag indices Viterbi finds. */
export function decodeEncoded(w: ChainWeights, tags: TagSet, s: { feats: Int32Array; offsets: Int32Array }, n: number): Uint8Array {
  const T = tags.tags.length;
  const em = new Float64Array(n * T);
  for (let i = 0; i < n; i++) addRows(w.weights, s.feats, s.offsets[i]!, s.offsets[i + 1]!, T, em, i * T);
  return viterbi(n, { emissions: em, transitions: w.transitions, start: w.start }, tags);
}
