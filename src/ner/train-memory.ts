/**
 * Tag memory: how often each word carried each entity type in the training text, turned into a
 * few coarse features (`PERS` seen as a person at least sometimes, `PERS!` nearly always, `O!`
 * never an entity though frequent). The memory of a training sentence must come from other
 * sentences, else the feature is always right in training and the model trusts it blindly; so
 * training sentences see the memory of the other folds (jackknifing), contiguous folds so that a
 * document's repeated names do not leak into its own memory.
 */

/** Thresholds of the memory features (from the settings). */
export interface MemoryThresholds {
  /** share of a word's occurrences as type X for the weak feature `X` */
  minShare: number;
  /** share for the strong feature `X!` (and `O!` for words never in an entity) */
  strongShare: number;
  /** occurrences needed before `O!` is said */
  minCountOutside: number;
}

/** Counts: word → [occurrences, per type occurrences inside an entity of that type, per type occurrences opening one]. */
export type MemoryCounts = Map<string, number[]>;

/** Adds a sentence's words (`keyOf(token)`) and their entity types to `counts`. */
export function countSentence(counts: MemoryCounts, keys: readonly string[], tags: readonly string[], types: readonly string[]): void {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let c = counts.get(key);
    if (!c) {
      c = new Array<number>(2 * types.length + 1).fill(0);
      counts.set(key, c);
    }
    c[0]!++;
    const t = tags[i]!;
    if (t !== 'O') {
      const k = types.indexOf(t.slice(2));
      if (k >= 0) {
        c[k + 1]!++;
        if (t.startsWith('B-')) c[types.length + k + 1]!++;
      }
    }
  }
}

/** The memory features of counts: word → features. */
export function memoryOf(counts: MemoryCounts, types: readonly string[], th: MemoryThresholds): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, c] of counts) {
    const total = c[0]!;
    const feats: string[] = [];
    let inside = 0;
    for (let k = 0; k < types.length; k++) {
      const n = c[k + 1]!;
      inside += n;
      if (n === 0) continue;
      const share = n / total;
      if (share >= th.strongShare) feats.push(types[k]! + '!');
      else if (share >= th.minShare) feats.push(types[k]!);
      else feats.push(types[k]! + '?');
      // where in the name: first names open person entities, family names continue them
      const opening = c[types.length + k + 1]! / n;
      if (opening >= th.strongShare) feats.push(types[k]! + ':B');
      else if (opening <= 1 - th.strongShare) feats.push(types[k]! + ':I');
    }
    if (inside === 0 && total >= th.minCountOutside) feats.push('O!');
    // how often the word was seen: names are rare words, function words frequent ones
    feats.push(total === 1 ? 'f1' : total < 5 ? 'f2' : total < 20 ? 'f5' : 'f20');
    out.set(key, feats);
  }
  return out;
}

/** Adds counts `b` into `a`. */
export function mergeCounts(a: MemoryCounts, b: MemoryCounts): MemoryCounts {
  for (const [k, v] of b) {
    const c = a.get(k);
    if (!c) a.set(k, [...v]);
    else for (let i = 0; i < v.length; i++) c[i]! += v[i]!;
  }
  return a;
}

/** Entity phrases of several words: bare first word → rest (normalised, space-joined) → type → count. */
export type PhraseCounts = Map<string, Map<string, Map<string, number>>>;

/**
 * Adds a sentence's entities of two words or more to `counts`: `الأمم المتحدة` as ORG is
 * remembered under `امم` (the first word's bare stem) with the rest `المتحده`.
 */
export function countPhrases(counts: PhraseCounts, bare: readonly string[], norm: readonly string[], chunks: readonly { start: number; end: number; type: string }[]): void {
  for (const c of chunks) {
    if (c.end - c.start < 2) continue;
    const first = bare[c.start]!;
    const rest = norm.slice(c.start + 1, c.end).join(' ');
    let byRest = counts.get(first);
    if (!byRest) counts.set(first, (byRest = new Map()));
    let byType = byRest.get(rest);
    if (!byType) byRest.set(rest, (byType = new Map()));
    byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  }
}

/** Merges phrase counts: the memory of several folds. */
export function mergePhrases(into: PhraseCounts, from: PhraseCounts): PhraseCounts {
  for (const [first, byRest] of from) {
    let a = into.get(first);
    if (!a) into.set(first, (a = new Map()));
    for (const [rest, byType] of byRest) {
      let b = a.get(rest);
      if (!b) a.set(rest, (b = new Map()));
      for (const [t, n] of byType) b.set(t, (b.get(t) ?? 0) + n);
    }
  }
  return into;
}

/** The remembered phrases as list phrases (`mem:ORG`), each with its most frequent type. */
export function phraseMemoryOf(counts: PhraseCounts): Map<string, { list: string; rest: string[] }[]> {
  const out = new Map<string, { list: string; rest: string[] }[]>();
  for (const [first, byRest] of counts) {
    const entries: { list: string; rest: string[] }[] = [];
    for (const [rest, byType] of byRest) {
      const [type] = [...byType].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      entries.push({ list: `mem:${type}`, rest: rest.split(' ') });
    }
    out.set(first, entries);
  }
  return out;
}

