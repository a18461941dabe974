/**
 * Document features, the second stage: a name is tagged alike wherever it recurs in a text, so
 * a token learns what the first-stage model predicted for the same word (its bare stem) in
 * nearby sentences (`d0:PERS`: elsewhere tagged as a person), and the first stage's own guess
 * for it and its neighbours. `فرويد` alone in a sentence is a person when `سيغموند فرويد` was
 * one three sentences earlier. The window stands for the document: the tagger passes a whole
 * document; CoNLL files have no document breaks, so nearby sentences stand in for one.
 */

/** Words too short or without letters carry no document feature: punctuation, numbers, particles. */
function eligible(key: string, minLetters: number): boolean {
  return key.length >= minLetters && /\p{L}/u.test(key);
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

/**
 * A token's counted occurrence: its word's id and the count slots its tag fills. Counts per word
 * are [as O, per type inside an entity, per type opening one].
 */
interface Occurrence {
  word: number;
  inside: number;
  opening: number;
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
  const nT = types.length;
  const width = 2 * nT + 1;
  // words as small ids, tags as count slots, computed once
  const wordIds = new Map<string, number>();
  const slots = new Map<string, [number, number]>();
  const slotsOf = (tag: string): [number, number] => {
    let s = slots.get(tag);
    if (!s) {
      const k = types.indexOf(tag.slice(2));
      s = tag === 'O' || k < 0 ? [0, -1] : [k + 1, tag.startsWith('B-') ? nT + k + 1 : -1];
      slots.set(tag, s);
    }
    return s;
  };
  const occ: (Occurrence | null)[][] = keys.map((sk, s) =>
    sk.map((k, i) => {
      let id = wordIds.get(k);
      if (id === undefined) wordIds.set(k, (id = eligible(k, minLetters) ? wordIds.size : -1));
      if (id < 0) return null;
      const [inside, opening] = slotsOf(tags[s]![i]!);
      return { word: id, inside, opening };
    }),
  );
  // stage-one features, with their names built once per tag
  const named = new Map<string, [string, string, string]>();
  const namesOf = (tag: string): [string, string, string] => {
    let n = named.get(tag);
    if (!n) named.set(tag, (n = [`s1=${tag}`, `s1-1=${tag}`, `s1+1=${tag}`]));
    return n;
  };
  const at = (st: readonly string[], i: number): string => (i >= 0 && i < st.length ? st[i]! : '<s>');
  const out: string[][][] = tags.map((st) => st.map((tag, i) => [namesOf(tag)[0], namesOf(at(st, i - 1))[1], namesOf(at(st, i + 1))[2]]));
  const agg = new Int32Array(wordIds.size * width);
  const slide = (s: number, sign: number): void => {
    for (const o of occ[s]!) {
      if (!o) continue;
      agg[o.word * width + o.inside] = agg[o.word * width + o.inside]! + sign;
      if (o.opening >= 0) agg[o.word * width + o.opening] = agg[o.word * width + o.opening]! + sign;
    }
  };
  windows.forEach((w, wi) => {
    const names = windowNames(`d${wi}`, types);
    agg.fill(0);
    for (let t = 0; t <= Math.min(w, S - 1); t++) slide(t, 1);
    for (let s = 0; s < S; s++) {
      const so = occ[s]!;
      for (let i = 0; i < so.length; i++) {
        const o = so[i];
        if (o) windowFeatures(agg, o, width, nT, names, out[s]![i]!);
      }
      if (s - w >= 0) slide(s - w, -1);
      if (s + w + 1 < S) slide(s + w + 1, 1);
    }
  });
  return out;
}

/** Pushes the features of a word's counts in the window, less its own occurrence `o`. */
function windowFeatures(agg: Int32Array, o: Occurrence, width: number, nT: number, names: WindowNames, out: string[]): void {
  const base = o.word * width;
  // the token's own prediction is not evidence about itself
  const at = (j: number): number => agg[base + j]! - (j === o.inside || j === o.opening ? 1 : 0);
  let entity = 0;
  for (let j = 0; j < nT; j++) {
    const n = at(j + 1);
    entity += n;
    if (n <= 0) continue;
    out.push(names.type[j]!);
    if (n >= 2) out.push(names.many[j]!);
    // elsewhere it opened the entity (a first name) or continued one (a family name)
    out.push(at(nT + j + 1) * 2 >= n ? names.opening[j]! : names.inside[j]!);
  }
  const outside = at(0);
  if (entity === 0 && outside > 0) out.push(names.outside);
  if (entity > 0 && entity >= outside) out.push(names.mostly);
}
