import { viterbi } from './decode.js';
import type { ChainWeights, EncodedSentence } from './perceptron.js';
import type { TagSet } from './tags.js';

/**
 * A linear-chain CRF trained by stochastic gradient descent with L2 regularisation (Bottou's
 * crfsgd): each step moves the weights along the gradient of one sentence's log-likelihood,
 * gold feature counts minus the counts expected under the model (forward–backward over the
 * allowed BIO transitions), while the weights decay towards zero. The decay is kept as one
 * scale factor over all feature weights, so a step touches only the features of the sentence.
 * Decoding is the same Viterbi as the perceptron's.
 */
export class CrfTrainer {
  /** feature weights are `scale * v` */
  private readonly v: Float64Array;
  private scale = 1;
  private readonly transitions: Float64Array;
  private readonly start: Float64Array;
  private t = 0;
  private readonly T: number;

  constructor(
    readonly tags: TagSet,
    readonly nFeatures: number,
    /** L2 strength per step */
    private readonly l2: number,
    /** initial learning rate */
    private readonly eta0: number,
  ) {
    this.T = tags.tags.length;
    this.v = new Float64Array(nFeatures * this.T);
    this.transitions = new Float64Array(this.T * this.T);
    this.start = new Float64Array(this.T);
  }

  /** One gradient step on a sentence; returns the number of tokens Viterbi gets wrong before it. */
  step(s: EncodedSentence, buf: Float64Array, pred: Uint8Array): number {
    const T = this.T;
    const n = s.gold.length;
    const { feats, offsets, gold } = s;
    const eta = this.eta0 / (1 + this.l2 * this.eta0 * this.t++);
    // emissions under the current weights
    const em = buf;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const row = feats[k]! * T;
        for (let y = 0; y < T; y++) em[i * T + y] = em[i * T + y]! + this.v[row + y]! * this.scale;
      }
    }
    viterbi(n, { emissions: em, transitions: this.transitions, start: this.start }, this.tags, pred);
    let errors = 0;
    for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) errors++;
    const { marg, pair } = this.marginals(em, n);
    // decay, then the gradient at the decayed scale
    this.scale *= 1 - eta * this.l2;
    if (this.scale < 1e-9) this.rescale();
    const g = eta / this.scale;
    for (let i = 0; i < n; i++) {
      const gi = gold[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const row = feats[k]! * T;
        for (let y = 0; y < T; y++) {
          const d = (y === gi ? 1 : 0) - marg[i * T + y]!;
          if (d !== 0) this.v[row + y] = this.v[row + y]! + g * d;
        }
      }
    }
    for (let y = 0; y < T; y++) this.start[y] = this.start[y]! + eta * ((y === gold[0] ? 1 : 0) - marg[y]!);
    for (let i = 1; i < n; i++) {
      const gp = gold[i - 1]! * T + gold[i]!;
      this.transitions[gp] = this.transitions[gp]! + eta;
      for (let k = 0; k < T * T; k++) this.transitions[k] = this.transitions[k]! - eta * pair[(i - 1) * T * T + k]!;
    }
    return errors;
  }

  private rescale(): void {
    for (let i = 0; i < this.v.length; i++) this.v[i] = this.v[i]! * this.scale;
    this.scale = 1;
  }

  /** Token marginals `marg[i*T+y]` and pair marginals `pair[(i-1)*T*T + p*T + y]` by scaled forward–backward. */
  private marginals(em: Float64Array, n: number): { marg: Float64Array; pair: Float64Array } {
    const T = this.T;
    const { allowed, canStart } = this.tags;
    const M = new Float64Array(T * T);
    for (let k = 0; k < T * T; k++) M[k] = allowed[k] ? Math.exp(this.transitions[k]!) : 0;
    const psi = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      let mx = -Infinity;
      for (let y = 0; y < T; y++) mx = Math.max(mx, em[i * T + y]!);
      for (let y = 0; y < T; y++) psi[i * T + y] = Math.exp(em[i * T + y]! - mx);
    }
    const alpha = new Float64Array(n * T);
    const c = new Float64Array(n);
    let z = 0;
    for (let y = 0; y < T; y++) z += alpha[y] = canStart[y] ? Math.exp(this.start[y]!) * psi[y]! : 0;
    c[0] = z;
    for (let y = 0; y < T; y++) alpha[y] = alpha[y]! / z;
    for (let i = 1; i < n; i++) {
      z = 0;
      for (let y = 0; y < T; y++) {
        let s = 0;
        for (let p = 0; p < T; p++) s += alpha[(i - 1) * T + p]! * M[p * T + y]!;
        z += alpha[i * T + y] = s * psi[i * T + y]!;
      }
      c[i] = z;
      for (let y = 0; y < T; y++) alpha[i * T + y] = alpha[i * T + y]! / z;
    }
    const beta = new Float64Array(n * T);
    for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = this.tags.canEnd[y]!;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < T; p++) {
        let s = 0;
        for (let y = 0; y < T; y++) s += M[p * T + y]! * psi[(i + 1) * T + y]! * beta[(i + 1) * T + y]!;
        beta[i * T + p] = s / c[i + 1]!;
      }
    }
    const marg = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      let zi = 0;
      for (let y = 0; y < T; y++) zi += marg[i * T + y] = alpha[i * T + y]! * beta[i * T + y]!;
      for (let y = 0; y < T; y++) marg[i * T + y] = marg[i * T + y]! / zi;
    }
    const pair = new Float64Array(Math.max(0, n - 1) * T * T);
    for (let i = 1; i < n; i++) {
      for (let p = 0; p < T; p++) {
        const a = alpha[(i - 1) * T + p]!;
        if (a === 0) continue;
        for (let y = 0; y < T; y++) pair[(i - 1) * T * T + p * T + y] = (a * M[p * T + y]! * psi[i * T + y]! * beta[i * T + y]!) / c[i]!;
      }
    }
    return { marg, pair };
  }

  /** The current weights (a copy). */
  averaged(): ChainWeights {
    const weights = new Float64Array(this.v.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.v[i]! * this.scale;
    return { nFeatures: this.nFeatures, weights, transitions: Float64Array.from(this.transitions), start: Float64Array.from(this.start) };
  }
}
