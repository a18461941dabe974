import { chunksOf } from './tags.js';

/**
 * Entity-level exact-span precision, recall and F1 as conlleval computes them (the shared
 * scorer, tools/score-conll.mjs, does the same): an entity counts when its span and type both
 * match.
 */

/** Precision, recall and F1 of one type (or `ALL`), with the entity counts. */
export interface TypeScore {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
  correct: number;
}

/** Scores per type and over all types (`ALL`). */
export type ChunkScores = Record<string, TypeScore>;

function score(correct: number, pred: number, gold: number): TypeScore {
  const p = pred ? correct / pred : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold, pred, correct };
}

/**
 * Scores predicted tag sequences against gold ones, sentence by sentence:
 * `scoreChunks([['B-PERS','O']], [['B-PERS','O']]).ALL.f1` → 1.
 */
export function scoreChunks(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ChunkScores {
  const counts = new Map<string, { correct: number; pred: number; gold: number }>();
  const at = (t: string): { correct: number; pred: number; gold: number } => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { correct: 0, pred: 0, gold: 0 }));
    return c;
  };
  at('ALL');
  for (let s = 0; s < gold.length; s++) {
    const g = chunksOf(gold[s]!);
    const p = chunksOf(pred[s] ?? []);
    const goldKeys = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of g) {
      at(c.type).gold++;
      at('ALL').gold++;
    }
    for (const c of p) {
      at(c.type).pred++;
      at('ALL').pred++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) {
        at(c.type).correct++;
        at('ALL').correct++;
      }
    }
  }
  const out: ChunkScores = {};
  for (const t of [...counts.keys()].filter((k) => k !== 'ALL').sort()) {
    const c = counts.get(t)!;
    out[t] = score(c.correct, c.pred, c.gold);
  }
  const all = counts.get('ALL')!;
  out['ALL'] = score(all.correct, all.pred, all.gold);
  return out;
}

/** A score table in the shared scorer's layout: `PERS   P 0.900  R 0.850  F1 0.874  (882 gold, 833 predicted)`. */
export function formatScores(scores: ChunkScores): string {
  return Object.entries(scores)
    .map(([t, s]) => `${t.padEnd(6)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.gold} gold, ${s.pred} predicted)`)
    .join('\n');
}
