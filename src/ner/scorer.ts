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
  /** a word feature → its entry in `entryRows` */
  private readonly wordIndex = new Map<string, number>();
  /** per entry: the feature's row as the word's own, then its rows as seen at each WINDOW offset (-1: none) */
  private readonly entryRows: Int32Array;
  private readonly edgeRows: number[];
  private readonly firstRow: number;
  private readonly biasRow: number;
  private readonly frequent = new Map<string, number>();
  /** a list-phrase feature (`P=country:B`) → its row as the token's own, then at each WINDOW offset */
  private readonly phraseRows = new Map<string, Int32Array>();
  /** the emission buffer, reused from sentence to sentence */
  private buffer = new Float32Array(0);
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
    // word costs one lookup per feature instead of one per feature and offset; the entries live
    // in one array, not one small array each (a model has some hundred thousand)
    const E = 1 + WINDOW.length;
    const rows: number[] = [];
    const entry = (f: string): number => {
      let e = this.wordIndex.get(f);
      if (e === undefined) {
        this.wordIndex.set(f, (e = rows.length));
        for (let k = 0; k < E; k++) rows.push(-1);
      }
      return e;
    };
    for (const [name, row] of index) {
      const colon = name.indexOf(':');
      const k = colon > 0 ? WINDOW.indexOf(Number(name.slice(0, colon)) as (typeof WINDOW)[number]) : -1;
      if (k >= 0) rows[entry(name.slice(colon + 1)) + k + 1] = row;
      else if (name.includes('=')) rows[entry(name)] = row;
    }
    this.entryRows = Int32Array.from(rows);
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

  /** The row of a feature from a small vocabulary (document features), -1 when it has none: `rowOf('d0:PERS')`. */
  rowOf(name: string): number {
    let row = this.frequent.get(name);
    if (row === undefined) {
      row = this.model.index.get(name) ?? -1;
      if (this.frequent.size < 4096) this.frequent.set(name, row);
    }
    return row;
  }

  /** The rows of a list-phrase feature as a token's own and as each neighbour's, looked up once. */
  private phraseRowsOf(p: string): Int32Array {
    let rows = this.phraseRows.get(p);
    if (!rows) {
      rows = Int32Array.from([p, ...WINDOW.map((off) => `${off}:${p}`)], (f) => this.model.index.get(f) ?? -1);
      if (this.phraseRows.size < 4096) this.phraseRows.set(p, rows);
    }
    return rows;
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
        if (e === undefined) continue;
        const er = this.entryRows;
        this.addRowAll(er[e]!, s, 0);
        if (i < w.nContext) for (let k = 0; k < WINDOW.length; k++) this.addRowAll(er[e + k + 1]!, s, (k + 1) * W);
      }
      this.sums.set(w, s);
    }
    return s;
  }

  /**
   * The scores of a sentence's own features (its words', their neighbours', list phrases and
   * edges) for every stage at once, `[i * nStages * nTags + stage * nTags + t]`: both stages
   * share these features, so they are summed once per sentence.
   */
  sentenceScores(words: readonly WordInfo[], phrases: readonly (readonly string[])[]): Float32Array {
    const W = this.width;
    const n = words.length;
    const out = new Float32Array(n * W);
    // each word's sums fetched once: the neighbours' loop reuses them
    const sums: Float32Array[] = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) sums[i] = this.sumsOf(words[i]!);
    for (let i = 0; i < n; i++) {
      const base = i * W;
      const own = sums[i]!;
      for (let t = 0; t < W; t++) out[base + t] = own[t]!;
      for (let k = 0; k < WINDOW.length; k++) {
        const j = i + WINDOW[k]!;
        if (j < 0 || j >= n) {
          this.addRowAll(this.edgeRows[k]!, out, base);
          continue;
        }
        const s = sums[j]!;
        const from = (k + 1) * W;
        for (let t = 0; t < W; t++) out[base + t] = out[base + t]! + s[from + t]!;
        const pj = phrases[j]!;
        for (let q = 0; q < pj.length; q++) this.addRowAll(this.phraseRowsOf(pj[q]!)[k + 1]!, out, base);
      }
      const pi = phrases[i]!;
      for (let q = 0; q < pi.length; q++) this.addRowAll(this.phraseRowsOf(pi[q]!)[0]!, out, base);
      if (i === 0) this.addRowAll(this.firstRow, out, base);
    }
    return out;
  }

  /**
   * One stage's emission scores `[i * nTags + t]` from a sentence's scores (`sentenceScores`)
   * plus per-token `extra` feature rows (the document stage's, see `rowOf`). The array is reused
   * by the next call.
   */
  stageEmissions(scores: Float32Array, stage: number, extra?: readonly (readonly number[])[]): Float32Array {
    const T = this.nTags;
    const W = this.width;
    const n = scores.length / W;
    if (this.buffer.length < n * T) this.buffer = new Float32Array(Math.max(n * T, 2 * this.buffer.length));
    const em = this.buffer.subarray(0, n * T);
    const own = stage * T;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const from = i * W + own;
      for (let t = 0; t < T; t++) em[base + t] = scores[from + t]!;
      if (!extra) continue;
      const rows = extra[i]!;
      for (let q = 0; q < rows.length; q++) this.addRow(rows[q]!, stage, em, base);
    }
    return em;
  }

  /** Emission scores `[i * nTags + t]` of a sentence for `stage`, with per-token `extra` feature rows (document stage). */
  emissions(stage: number, words: readonly WordInfo[], phrases: readonly (readonly string[])[], extra?: readonly (readonly number[])[]): Float32Array {
    return this.stageEmissions(this.sentenceScores(words, phrases), stage, extra);
  }
}
