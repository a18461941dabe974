import { EDGE, WINDOW } from './features.js';
import type { ModelWeights } from './model.js';
import type { WordInfo } from './word-features.js';

/**
 * Emission scores, fast: most features of a token are its own or a neighbour's word features,
 * which do not depend on the sentence, so their weights are summed once per distinct word (for
 * every stage and neighbour offset at once) and cached: a news text repeats its words. Edge
 * features have precomputed rows; a token looks up strings only for list phrases and document
 * features, from a small cache. The sums equal those of the feature strings training used
 * (features.ts); a test checks it.
 */
export class ModelScorer {
  /** per word: [own, then as the neighbour at each WINDOW offset] × [stage] × [tag] */
  private readonly sums = new WeakMap<WordInfo, Float32Array>();
  /** a word feature → its row as the word's own, then its rows as seen at each WINDOW offset (-1: none) */
  private readonly wordIndex = new Map<string, Int32Array>();
  private readonly edgeRows: number[];
  private readonly firstRow: number;
  private readonly biasRow: number;
  private readonly frequent = new Map<string, number>();
  /** columns per row: stages × tags */
  private readonly width: number;

  constructor(
    readonly model: ModelWeights,
    readonly nStages: number,
    readonly nTags: number,
  ) {
    const { index } = model;
    this.width = nStages * nTags;
    this.edgeRows = WINDOW.map((off) => index.get(`${off}:${EDGE}`) ?? -1);
    this.firstRow = index.get('first') ?? -1;
    this.biasRow = index.get('bias') ?? -1;
    // a word feature and its neighbour forms (`w=x`, `-1:w=x`, …) share one entry, so a new
    // word costs one lookup per feature instead of one per feature and offset
    const entry = (f: string): Int32Array => {
      let e = this.wordIndex.get(f);
      if (!e) this.wordIndex.set(f, (e = new Int32Array(1 + WINDOW.length).fill(-1)));
      return e;
    };
    for (const [name, row] of index) {
      const colon = name.indexOf(':');
      const k = colon > 0 ? WINDOW.indexOf(Number(name.slice(0, colon)) as (typeof WINDOW)[number]) : -1;
      if (k >= 0) entry(name.slice(colon + 1))[k + 1] = row;
      else if (name.includes('=')) entry(name)[0] = row;
    }
  }

  /** Adds a whole row (every stage) into `out[base .. base + width)`. */
  private addRowAll(row: number, out: Float32Array, base: number): void {
    if (row < 0) return;
    const w = this.model.weights;
    const from = row * this.width;
    for (let t = 0; t < this.width; t++) out[base + t] = out[base + t]! + w[from + t]!;
  }

  /** Adds one stage's weights of a row into `out[base .. base + nTags)`. */
  private addRow(row: number, stage: number, out: Float32Array, base: number): void {
    if (row < 0) return;
    const w = this.model.weights;
    const from = row * this.width + stage * this.nTags;
    for (let t = 0; t < this.nTags; t++) out[base + t] = out[base + t]! + w[from + t]!;
  }

  /** Rows of features from a small vocabulary (document features, phrases), kept in a small map. */
  private rowOf(name: string): number {
    let row = this.frequent.get(name);
    if (row === undefined) {
      row = this.model.index.get(name) ?? -1;
      if (this.frequent.size < 4096) this.frequent.set(name, row);
    }
    return row;
  }

  private sumsOf(w: WordInfo): Float32Array {
    let s = this.sums.get(w);
    if (!s) {
      const W = this.width;
      s = new Float32Array(W * (1 + WINDOW.length));
      // the same features as ownFeatures and neighbourFeatures (features.ts)
      this.addRowAll(this.biasRow, s, 0);
      const fs = w.features;
      for (let i = 0; i < fs.length; i++) {
        const e = this.wordIndex.get(fs[i]!);
        if (!e) continue;
        this.addRowAll(e[0]!, s, 0);
        if (i < w.nContext) for (let k = 0; k < WINDOW.length; k++) this.addRowAll(e[k + 1]!, s, (k + 1) * W);
      }
      this.sums.set(w, s);
    }
    return s;
  }

  /** Emission scores `[i * nTags + t]` of a sentence for `stage`, with per-token `extra` features (document stage). */
  emissions(stage: number, words: readonly WordInfo[], phrases: readonly (readonly string[])[], extra?: readonly (readonly string[])[]): Float32Array {
    const T = this.nTags;
    const W = this.width;
    const n = words.length;
    const em = new Float32Array(n * T);
    // each word's sums fetched once: the neighbours' loop reuses them
    const sums: Float32Array[] = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) sums[i] = this.sumsOf(words[i]!);
    const own = stage * T;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const s0 = sums[i]!;
      for (let t = 0; t < T; t++) em[base + t] = s0[own + t]!;
      for (let k = 0; k < WINDOW.length; k++) {
        const j = i + WINDOW[k]!;
        if (j < 0 || j >= n) {
          this.addRow(this.edgeRows[k]!, stage, em, base);
          continue;
        }
        const s = sums[j]!;
        const from = (k + 1) * W + own;
        for (let t = 0; t < T; t++) em[base + t] = em[base + t]! + s[from + t]!;
        for (const p of phrases[j]!) this.addRow(this.rowOf(`${WINDOW[k]}:${p}`), stage, em, base);
      }
      for (const p of phrases[i]!) this.addRow(this.rowOf(p), stage, em, base);
      if (i === 0) this.addRow(this.firstRow, stage, em, base);
      if (extra) for (const f of extra[i]!) this.addRow(this.rowOf(f), stage, em, base);
    }
    return em;
  }
}
