/**
 * Document features, the second stage: a name is tagged alike wherever it recurs in a text, so
 * a token learns what the first-stage model predicted for the same word (its bare stem) in
 * nearby sentences (`d:PERS`: elsewhere tagged as a person), and the first stage's own guess for
 * it and its neighbours. `فرويد` alone in a sentence is a person when `سيغموند فرويد` was one
 * three sentences earlier. The window stands for the document: the tagger passes a whole
 * document; CoNLL files have no document breaks, so nearby sentences stand in for one.
 */

/** Counts of a word's predicted tags in a sentence: key → [as O, per type inside, per type opening]. */
type SentenceCounts = Map<string, number[]>;

/** Words too short or without letters carry no document feature: punctuation, numbers, particles. */
function eligible(key: string, minLetters: number): boolean {
  return key.length >= minLetters && /\p{L}/u.test(key);
}

/** Index into the counts of a tag: 0 for O, 1 + type for inside, 1 + types + type for opening. */
function slotsOf(tag: string, types: readonly string[]): [number, number] {
  if (tag === 'O') return [0, -1];
  const k = types.indexOf(tag.slice(2));
  return [k + 1, tag.startsWith('B-') ? types.length + k + 1 : -1];
}

function countsOf(keys: readonly string[], tags: readonly string[], types: readonly string[], minLetters: number): SentenceCounts {
  const m: SentenceCounts = new Map();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!eligible(k, minLetters)) continue;
    let c = m.get(k);
    if (!c) m.set(k, (c = new Array<number>(2 * types.length + 1).fill(0)));
    const [a, b] = slotsOf(tags[i]!, types);
    c[a]!++;
    if (b >= 0) c[b]!++;
  }
  return m;
}

/** The feature names of one window, built once: `d0:PERS`, `d0:PERS+`, `d0:PERS:B`… */
interface WindowNames {
  type: string[];
  many: string[];
  opening: string[];
  inside: string[];
  outside: string;
  mostly: string;
}

function windowNames(prefix: string, types: readonly string[]): WindowNames {
  return {
    type: types.map((t) => `${prefix}:${t}`),
    many: types.map((t) => `${prefix}:${t}+`),
    opening: types.map((t) => `${prefix}:${t}:B`),
    inside: types.map((t) => `${prefix}:${t}:I`),
    outside: `${prefix}:O`,
    mostly: `${prefix}:mostly-entity`,
  };
}

/** Pushes the features of a word's counts `c` in a window, less its own occurrence (slots `ownA`, `ownB`). */
function windowFeatures(c: readonly number[], ownA: number, ownB: number, nTypes: number, names: WindowNames, out: string[]): void {
  const at = (j: number): number => c[j]! - (j === ownA || j === ownB ? 1 : 0);
  let entity = 0;
  for (let j = 0; j < nTypes; j++) {
    const n = at(j + 1);
    entity += n;
    if (n <= 0) continue;
    out.push(names.type[j]!);
    if (n >= 2) out.push(names.many[j]!);
    // elsewhere it opened the entity (a first name) or continued one (a family name)
    out.push(at(nTypes + j + 1) * 2 >= n ? names.opening[j]! : names.inside[j]!);
  }
  const outside = at(0);
  if (entity === 0 && outside > 0) out.push(names.outside);
  if (entity > 0 && entity >= outside) out.push(names.mostly);
}

/** Adds (`sign` 1) or removes (-1) a sentence's counts from a window's running totals. */
function slide(agg: Map<string, number[]>, counts: SentenceCounts | undefined, sign: number): void {
  if (!counts) return;
  for (const [k, c] of counts) {
    let a = agg.get(k);
    if (!a) agg.set(k, (a = new Array<number>(c.length).fill(0)));
    for (let j = 0; j < c.length; j++) a[j]! += sign * c[j]!;
  }
}

/**
 * For every token of every sentence, the second-stage features from the first stage's
 * predictions `tags` over the sentences within each of `windows` of it (`d0:` the first window,
 * `d1:` the next…). `keys` are the tokens' bare stems; `types` the entity types. Each window's
 * totals slide along the sentences, so the cost does not grow with the window.
 */
export function documentFeatures(
  keys: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  types: readonly string[],
  windows: readonly number[],
  minLetters: number,
): string[][][] {
  const S = keys.length;
  const counts = keys.map((k, s) => countsOf(k, tags[s]!, types, minLetters));
  // stage-one features, with their names built once per tag
  const named = new Map<string, [string, string, string]>();
  const namesOf = (tag: string): [string, string, string] => {
    let n = named.get(tag);
    if (!n) named.set(tag, (n = [`s1=${tag}`, `s1-1=${tag}`, `s1+1=${tag}`]));
    return n;
  };
  const edge = namesOf('<s>');
  const out: string[][][] = keys.map((sk, s) =>
    sk.map((_, i) => {
      const st = tags[s]!;
      return [namesOf(st[i]!)[0], i > 0 ? namesOf(st[i - 1]!)[1] : edge[1], i + 1 < st.length ? namesOf(st[i + 1]!)[2] : edge[2]];
    }),
  );
  windows.forEach((w, wi) => {
    const names = windowNames(`d${wi}`, types);
    const agg = new Map<string, number[]>();
    for (let t = 0; t <= Math.min(w, S - 1); t++) slide(agg, counts[t], 1);
    for (let s = 0; s < S; s++) {
      const sk = keys[s]!;
      const st = tags[s]!;
      for (let i = 0; i < sk.length; i++) {
        // only eligible words were counted, and a word counted here is in its own window
        const c = agg.get(sk[i]!);
        if (!c) continue;
        // the token's own prediction is not evidence about itself
        const [a, b] = slotsOf(st[i]!, types);
        windowFeatures(c, a, b, types.length, names, out[s]![i]!);
      }
      if (s - w >= 0) slide(agg, counts[s - w], -1);
      if (s + w + 1 < S) slide(agg, counts[s + w + 1], 1);
    }
  });
  return out;
}
