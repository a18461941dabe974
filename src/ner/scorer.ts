import { EDGE, neighbourFeatures, ownFeatures, WINDOW } from './features.js';
import type { ModelStage } from './model.js';
import type { WordInfo } from './word-features.js';

/**
 * Emission scores of a stage, fast: most features of a token are its own or a neighbour's word
 * features, which do not depend on the sentence, so their weights are summed once per distinct
 * word and offset and cached (a news text repeats its words); edge features have precomputed
 * rows. A token builds strings only for list phrases and document features. The sums equal those of the feature strings training
 * used (features.ts); a test checks it.
 */

export class StageScorer {
  /** per word: own sums, then the sums a neighbour at each WINDOW offset sees, T each */
  private readonly sums = new WeakMap<WordInfo, Float32Array>();
  private readonly edgeRows: number[];
  private readonly firstRow: number;
  private readonly T: number;

  constructor(
    readonly stage: ModelStage,
    nTags: number,
  ) {
    this.T = nTags;
    this.edgeRows = WINDOW.map((off) => stage.index.get(`${off}:${EDGE}`) ?? -1);
    this.firstRow = stage.index.get('first') ?? -1;
  }

  private addRow(row: number, out: Float32Array, base: number): void {
    if (row < 0) return;
    const { weights } = this.stage;
    const T = this.T;
    for (let t = 0; t < T; t++) out[base + t] = out[base + t]! + weights[row * T + t]!;
  }

  /** Adds the weights of the named features into `out[base .. base + T)`. */
  addNamed(names: readonly string[], out: Float32Array, base: number): void {
    for (const name of names) this.addRow(this.stage.index.get(name) ?? -1, out, base);
  }

  private sumsOf(w: WordInfo): Float32Array {
    let s = this.sums.get(w);
    if (!s) {
      s = new Float32Array(this.T * (1 + WINDOW.length));
      this.addNamed(ownFeatures(w), s, 0);
      for (let k = 0; k < WINDOW.length; k++) this.addNamed(neighbourFeatures(w, WINDOW[k]!), s, (k + 1) * this.T);
      this.sums.set(w, s);
    }
    return s;
  }

  /** Emission scores `[i * T + t]` of a sentence, with per-token `extra` features (document stage). */
  emissions(words: readonly WordInfo[], phrases: readonly (readonly string[])[], extra?: readonly (readonly string[])[]): Float32Array {
    const T = this.T;
    const n = words.length;
    const em = new Float32Array(n * T);
    // each word's sums fetched once: the neighbours' loop reuses them
    const sums: Float32Array[] = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) sums[i] = this.sumsOf(words[i]!);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const own = sums[i]!;
      for (let t = 0; t < T; t++) em[base + t] = own[t]!;
      for (let k = 0; k < WINDOW.length; k++) {
        const j = i + WINDOW[k]!;
        if (j < 0 || j >= n) {
          this.addRow(this.edgeRows[k]!, em, base);
          continue;
        }
        const s = sums[j]!;
        const from = (k + 1) * T;
        for (let t = 0; t < T; t++) em[base + t] = em[base + t]! + s[from + t]!;
        for (const p of phrases[j]!) this.addRow(this.stage.index.get(`${WINDOW[k]}:${p}`) ?? -1, em, base);
      }
      this.addNamed(phrases[i]!, em, base);
      if (i === 0) this.addRow(this.firstRow, em, base);
      if (extra) this.addNamed(extra[i]!, em, base);
    }
    return em;
  }
}
