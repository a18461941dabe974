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

/** The features of one window, named once: `d0:PERS`, `d0:PERS+`, `d0:PERS:B`… */
interface WindowNames<F> {
  type: F[];
  many: F[];
  opening: F[];
  inside: F[];
  outside: F;
  mostly: F;
}

function windowNames<F>(prefix: string, types: readonly string[], name: (feature: string) => F): WindowNames<F> {
  return {
    type: types.map((t) => name(`${prefix}:${t}`)),
    many: types.map((t) => name(`${prefix}:${t}+`)),
    opening: types.map((t) => name(`${prefix}:${t}:B`)),
    inside: types.map((t) => name(`${prefix}:${t}:I`)),
    outside: name(`${prefix}:O`),
    mostly: name(`${prefix}:mostly-entity`),
  };
}

/** Feature names as they are: what training encodes. */
export const featureNames = (feature: string): string => feature;

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
 * totals slide along the sentences, so the cost does not grow with the window. Features come
 * out as `name` makes them from their names, once per name: the names themselves for training
 * (`featureNames`), weight rows for the tagger, which then never builds a string per token.
 */
export function documentFeatures<F>(
  keys: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  types: readonly string[],
  windows: readonly number[],
  minLetters: number,
  name: (feature: string) => F,
): F[][][] {
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
  const named = new Map<string, [F, F, F]>();
  const namesOf = (tag: string): [F, F, F] => {
    let n = named.get(tag);
    if (!n) named.set(tag, (n = [name(`s1=${tag}`), name(`s1-1=${tag}`), name(`s1+1=${tag}`)]));
    return n;
  };
  const at = (st: readonly string[], i: number): string => (i >= 0 && i < st.length ? st[i]! : '<s>');
  const out: F[][][] = tags.map((st) => st.map((tag, i) => [namesOf(tag)[0], namesOf(at(st, i - 1))[1], namesOf(at(st, i + 1))[2]]));
  const agg = new Int32Array(wordIds.size * width);
  const slide = (s: number, sign: number): void => {
    for (const o of occ[s]!) {
      if (!o) continue;
      agg[o.word * width + o.inside] = agg[o.word * width + o.inside]! + sign;
      if (o.opening >= 0) agg[o.word * width + o.opening] = agg[o.word * width + o.opening]! + sign;
    }
  };
  windows.forEach((w, wi) => {
    const names = windowNames(`d${wi}`, types, name);
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
function windowFeatures<F>(agg: Int32Array, o: Occurrence, width: number, nT: number, names: WindowNames<F>, out: F[]): void {
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
