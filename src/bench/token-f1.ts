/** Precision, recall and F1 of one prediction against its gold text. */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased word tokens: runs of letters and digits (`"Al-Quds, 2024"` → al, quds, 2024). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Token-bag F1: the tokens of both texts counted as multisets, so word order and layout do not
 * matter but every repeated or missing word does, e.g. `tokenF1('a b b', 'a b')` → P 2/3, R 1.
 * An empty prediction of an empty gold text scores 1.
 */
export function tokenF1(predicted: string, gold: string): TokenScore {
  const want = new Map<string, number>();
  const goldTokens = wordTokens(gold);
  for (const t of goldTokens) want.set(t, (want.get(t) ?? 0) + 1);
  const got = wordTokens(predicted);
  let hit = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      hit++;
      want.set(t, n - 1);
    }
  }
  if (got.length === 0 && goldTokens.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = got.length ? hit / got.length : 0;
  const recall = goldTokens.length ? hit / goldTokens.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The mean of each figure over several scores. */
export function meanScore(scores: readonly TokenScore[]): TokenScore {
  const n = scores.length || 1;
  const sum = (k: keyof TokenScore): number => scores.reduce((a, s) => a + s[k], 0) / n;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}
