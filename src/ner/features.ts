import type { WordInfo } from './word-features.js';

/**
 * The features of every token of a sentence, as strings: the token's own features, its
 * neighbours' within ±2 (prefixed with their offset), and the phrases of the spec's lists that
 * cover it. (Word bigrams were tried: no better on cross-validation, and slower.) Features that depend on the rest of the document (see
 * document-features.ts) are added by the caller. The tagger (scorer.ts) sums the weights of the
 * first two kinds once per distinct word; the rest come from `positionalFeatures`.
 */

/** Offsets of the neighbours whose features a token sees. */
export const WINDOW = [-2, -1, 1, 2] as const;

/** The boundary pseudo-word seen beyond either end of a sentence. */
export const EDGE = '<s>';

const NONE: readonly string[] = Object.freeze([]);

/** For every token, the phrase features (`P=country:B`) of list phrases covering it. */
export function phraseFeatures(words: readonly WordInfo[]): (readonly string[])[] {
  const out: (readonly string[])[] = new Array<readonly string[]>(words.length).fill(NONE);
  const add = (i: number, f: string): void => {
    out[i] = out[i] === NONE ? [f] : [...out[i]!, f];
  };
  for (let i = 0; i < words.length; i++) {
    const starts = words[i]!.phraseStarts;
    if (starts.length === 0) continue;
    // the longest match of each list
    const matched = new Set<string>();
    for (const e of starts) {
      const n = e.rest.length;
      if (i + n >= words.length || matched.has(e.list)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[i + 1 + k]!.norm === e.rest[k];
      if (!ok) continue;
      matched.add(e.list);
      add(i, `P=${e.list}:B`);
      for (let k = 1; k <= n; k++) add(i + k, `P=${e.list}:I`);
    }
  }
  return out;
}

/** A token's own features, whatever surrounds it. */
export function ownFeatures(w: WordInfo): string[] {
  return ['bias', ...w.features];
}

/** What a token sees of a neighbour at `offset`: `-1:w=جورج`, `-1:L=givenName`… */
export function neighbourFeatures(w: WordInfo, offset: number): string[] {
  return w.features.slice(0, w.nContext).map((c) => `${offset}:${c}`);
}

/** The features of token `i` that depend on its place: sentence edges and list phrases. */
export function positionalFeatures(words: readonly WordInfo[], i: number, phrases: readonly (readonly string[])[]): string[] {
  const n = words.length;
  const f: string[] = [];
  for (const off of WINDOW) {
    const j = i + off;
    if (j < 0 || j >= n) f.push(`${off}:${EDGE}`);
    else for (const p of phrases[j]!) f.push(`${off}:${p}`);
  }
  for (const p of phrases[i]!) f.push(p);
  if (i === 0) f.push('first');
  return f;
}

/**
 * Feature strings of every token of a sentence. Example for `وصل جورج بوش` at بوش: `w=بوش`,
 * `-1:w=جورج`, `-1:L=givenName`, `-2:w=وصل`, … (all forms normalised).
 */
export function sentenceFeatures(words: readonly WordInfo[]): string[][] {
  const phrases = phraseFeatures(words);
  return words.map((w, i) => {
    const f = ownFeatures(w);
    for (const off of WINDOW) {
      const nb = words[i + off];
      if (nb) f.push(...neighbourFeatures(nb, off));
    }
    f.push(...positionalFeatures(words, i, phrases));
    return f;
  });
}
