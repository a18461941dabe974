/**
 * Comparing person names, the algorithm behind within-document coreference and cross-document
 * identity. Names are compared as units (a given name, a family name; `عبد المجيد` and `آل
 * نهيان` are one unit each), normalised (hamza, ta marbuta, alef maqsura), without clitics, and:
 * - given names must agree, an article that Maghrebi usage puts on given names aside (السعيد = سعيد);
 *   two people who share only a given name are never the same, and a given name alone never links;
 * - family names agree when equal, when their consonant skeletons are equal (foreign names:
 *   لانغلي/لانجلي/لانقلي, شنقريحة/شنڨريحة, تاونسند/تاونزند, إسبر/إسبير), or, once the given
 *   names agree, when the skeletons differ by one consonant in names of four or more
 *   (زاكريسكي/زاكيسكي, بوقادوم/قادوم).
 */
import type { EntityResources } from './resources.js';

/** A person name split into units. */
export interface NameParts {
  /** normalised units, in order */
  units: string[];
  /** the given name (first unit) when it is one, article taken off a Maghrebi given name */
  given: string | null;
  /** the family name: the last unit, when there are at least two units or no given name */
  surname: string | null;
}

/** How two names relate. */
export type NameRelation = 'same' | 'surname' | 'different';

const cache = new WeakMap<EntityResources, Map<string, string>>();

/** The consonant skeleton of a normalised word: digraphs read, classes mapped, vowels dropped, doubles merged. */
export function skeleton(word: string, res: EntityResources): string {
  let memo = cache.get(res);
  if (!memo) cache.set(res, (memo = new Map()));
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  if (w.startsWith(res.article) && w.length > res.article.length + 2) w = w.slice(res.article.length);
  for (const [from, to] of Object.entries(res.lex.skeletonDigraphs)) w = w.split(res.normalize(from)).join(res.normalize(to));
  let out = '';
  for (const ch of w) {
    const c = res.lex.skeleton[ch];
    if (c && !out.endsWith(c)) out += c;
  }
  if (memo.size > 20_000) memo.clear();
  memo.set(word, out);
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A given name without the article Maghrebi usage may give it (السعيد → سعيد). */
export function givenKey(unit: string, res: EntityResources): string {
  if (res.givenWithArticle.has(unit) && unit.startsWith(res.article)) return unit.slice(res.article.length);
  return unit;
}

/** Whether a unit is a given name (compound ones included: عبد المجيد، أبو بكر). */
export function isGivenUnit(unit: string, res: EntityResources): boolean {
  if (res.given.has(unit) || res.givenWithArticle.has(unit)) return true;
  const [first, ...rest] = unit.split(' ');
  return rest.length > 0 && (res.compoundFirst.has(first!) || res.given.has(first!));
}

/** Splits normalised units into given name and family name. */
export function nameParts(units: readonly string[], res: EntityResources): NameParts {
  const u = units.filter(Boolean);
  const hasGiven = u.length > 0 && isGivenUnit(u[0]!, res);
  if (u.length === 1) return { units: [...u], given: null, surname: u[0]! };
  return { units: [...u], given: hasGiven ? givenKey(u[0]!, res) : null, surname: u.length ? u[u.length - 1]! : null };
}

/** A unit without its article, for comparing family names written with and without it. */
function bare(unit: string, res: EntityResources): string {
  return unit.startsWith(res.article) && unit.length > res.article.length + 2 ? unit.slice(res.article.length) : unit;
}

/** How two family names compare: equal, equal skeletons, one consonant apart, or not at all. */
export function surnameMatch(a: string, b: string, res: EntityResources): 'exact' | 'skeleton' | 'near' | null {
  if (a === b || bare(a, res) === bare(b, res)) return 'exact';
  const sa = skeleton(a, res);
  const sb = skeleton(b, res);
  if (sa.length >= 2 && sa === sb) return 'skeleton';
  if (Math.max(sa.length, sb.length) >= 4 && Math.min(sa.length, sb.length) >= 3 && editDistance(sa, sb, 1) <= 1) return 'near';
  return null;
}

/**
 * Whether two given names are the same name: equal, spelling variants the language lists
 * (ويليام/وليام), or, for names the lexicon does not list, equal consonant skeletons.
 */
export function givenMatch(a: string, b: string, res: EntityResources): boolean {
  if (a === b) return true;
  const ga = res.givenVariant.get(a);
  if (ga !== undefined && ga === res.givenVariant.get(b)) return true;
  if (res.given.has(a) || res.given.has(b)) return false;
  const sa = skeleton(a, res);
  return sa.length >= 3 && sa === skeleton(b, res);
}

/**
 * How name `a` relates to name `b`: `same` (the full names agree), `surname` (one side is a
 * family name alone and it agrees with the other's), or `different`.
 */
export function compareNames(a: NameParts, b: NameParts, res: EntityResources): NameRelation {
  if (!a.surname || !b.surname) return 'different';
  const aFull = a.given !== null && a.units.length >= 2;
  const bFull = b.given !== null && b.units.length >= 2;
  if (aFull && bFull) {
    if (!givenMatch(a.given!, b.given!, res)) return 'different';
    return surnameMatch(a.surname, b.surname, res) ? 'same' : 'different';
  }
  if (a.units.length >= 2 && b.units.length >= 2) {
    // names without a known given name: every unit must agree
    if (a.units.length !== b.units.length) return 'different';
    return a.units.every((u, i) => surnameMatch(u, b.units[i]!, res) !== null) ? 'same' : 'different';
  }
  const single = a.units.length === 1 ? a : b;
  const other = single === a ? b : a;
  const unit = single.units[0]!;
  // a given name alone is never enough, unless it is the other name's family name (قيس سعيد)
  if (other.given !== null && givenKey(unit, res) === other.given && !surnameMatch(unit, other.surname!, res)) return 'different';
  const m = surnameMatch(unit, other.surname!, res);
  return m === 'exact' || m === 'skeleton' ? (other.units.length === 1 ? 'same' : 'surname') : 'different';
}
