/**
 * Reading a person's name from a token on: units (a given name, compound names such as `عبد
 * المجيد`, particles with what follows them such as `بن زايد`, `آل نهيان`, family names) until a
 * word that cannot be part of a name: punctuation, a stop word, a title, an organisation head, a
 * place or organisation mention, a nisba, a word joined by و. A family name written with the
 * article (`القذافي`) ends the name; a third unit is read only after a middle given name or
 * when the name visibly ends right after it.
 */
import { titleAt, type DocState } from './mentions.js';
import type { Reading, TokenView } from './token-forms.js';

/** One unit of a name. */
export interface NameUnit {
  tokenStart: number;
  tokenEnd: number;
  /** normalised, without clitics */
  key: string;
  given: boolean;
  /** written with the article (`القذافي`) */
  definite: boolean;
}

/** A name read from the text. */
export interface ReadName {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  units: NameUnit[];
  hasGiven: boolean;
}

/** Most units of a name (particles count with the unit they introduce). */
const MAX_UNITS = 4;

/** Whether token `k` cannot be part of a name. */
export function isNameBoundary(s: DocState, k: number): boolean {
  const { views, res } = s;
  const v = views[k];
  if (!v || !v.readings.length) return true;
  if (s.covered[k]! >= 0 || s.adjective[k]! >= 0) return true;
  if (v.tok.clitics.some((c) => c.role === 'conjunction') && !res.given.has(v.tok.norm)) return true;
  const n = v.tok.norm;
  if (res.stopsLight.has(v.light) || res.ordinals.has(n) || res.domains.has(n) || res.roleAdjectives.has(n) || res.roleNouns.has(n)) return true;
  if (res.orgHeads.has(n) || titleAt(s, k)) return true;
  // a word with a conjunction or preposition glued on that the lexicon knows (`ورئيس`, `بزيارة`)
  for (const r of v.readings) {
    if (!r.proclitic) continue;
    if (res.stops.has(r.key) || res.domains.has(r.key) || res.roleNouns.has(r.key) || res.orgHeads.has(r.bare) || res.gazIndex.starts(r.key)) return true;
  }
  return false;
}

/** A hard end of a name: punctuation, the end of the text, a stop word, or a word joined by و. */
export function isHardBoundary(s: DocState, k: number): boolean {
  const v = s.views[k];
  if (!v || !v.readings.length) return true;
  if (s.res.stopsLight.has(v.light)) return true;
  return v.tok.clitics.some((c) => c.role === 'conjunction');
}

/** Whether a reading of a token is a given name (a function word spelt alike is not: على ≠ علي). */
export function isGivenReading(s: DocState, v: TokenView, r: Reading): boolean {
  const { res } = s;
  if (!res.given.has(r.key) && !res.givenWithArticle.has(r.key) && !res.compoundFirst.has(r.key)) return false;
  if (r.proclitic) {
    // `وكان` is not و + ك + آن: a reading with fewer clitics that is a function word wins
    if (r.bare.length < 3 || v.readings.some((x) => x !== r && res.stops.has(x.key))) return false;
  }
  const light = r.start === v.tok.start ? v.light : res.light(s.text.slice(r.start, v.tok.end));
  return !res.stopsLight.has(light);
}


/**
 * Reads a name from token `i`. `allowProclitic`: the first word may carry a conjunction or
 * preposition (a name found by its given name: `بمعمر القذافي`).
 */
export function readName(s: DocState, i: number, allowProclitic: boolean): ReadName | null {
  const { views, res } = s;
  if (isNameBoundary(s, i) && !(allowProclitic && views[i]?.readings.length && s.covered[i]! < 0)) return null;
  const first = views[i]!;
  let firstReading: Reading | undefined = first.readings[0];
  if (allowProclitic) firstReading = first.readings.find((r) => isGivenReading(s, first, r)) ?? firstReading;
  if (!firstReading || (!allowProclitic && firstReading.proclitic)) return null;
  const units: NameUnit[] = [];
  let k = i;
  let ended = false;
  while (k < views.length && units.length < MAX_UNITS && !ended) {
    const v = views[k]!;
    if (k > i && res.ordinals.has(v.tok.norm) && units.length === 1 && units[0]!.given) {
      // a regnal number after a single given name (`الملك محمد السادس`)
      units.push({ tokenStart: k, tokenEnd: k + 1, key: v.tok.norm, given: false, definite: true });
      break;
    }
    if (k > i && isNameBoundary(s, k)) break;
    const key = k === i ? firstReading.key : v.tok.norm;
    if (k > i && (res.stopsLight.has(v.light) || v.tok.clitics.some((c) => c.role !== 'article'))) break;
    const position = units.length;
    // compound given names and particles take the next word with them
    if ((res.compoundFirst.has(key) || res.particles.has(key)) && k + 1 < views.length && !isNameBoundary(s, k + 1)) {
      const next = views[k + 1]!.tok.norm;
      const given = position === 0 && res.compoundFirst.has(key);
      units.push({ tokenStart: k, tokenEnd: k + 2, key: `${key} ${next}`, given, definite: false });
      k += 2;
      continue;
    }
    const phrase = res.givenPhrases.match(views, k);
    if (position === 0 && phrase && phrase.tokenEnd - phrase.tokenStart > 1 && phrase.reading === firstReading) {
      units.push({ tokenStart: k, tokenEnd: phrase.tokenEnd, key: views.slice(k, phrase.tokenEnd).map((x, j) => (j ? x.tok.norm : key)).join(' '), given: true, definite: false });
      k = phrase.tokenEnd;
      continue;
    }
    if (res.ordinals.has(key)) break;
    const given = res.given.has(key) || res.givenWithArticle.has(key);
    const definite = (k === i ? firstReading : v.readings[0]!).article;
    if (definite && !res.givenWithArticle.has(key)) {
      // a family name with the article closes the name; other definite words are not names
      // right after a given name (`معمر القذافي`), or shaped like a family name (`الكاظمي`)
      const surnameLike = (key.endsWith(res.lex.nisba.suffix) && position <= 2) || (position === 1 && units[0]!.given);
      if (!surnameLike) break;
      units.push({ tokenStart: k, tokenEnd: k + 1, key, given: false, definite: true });
      k++;
      ended = true;
      continue;
    }
    // a second unit after a word that is not a given name (`تبون تعديلات`), or a third after a
    // family name, only when the name visibly ends right after it
    if (position >= 1 && !units[position - 1]!.given && !isHardBoundary(s, k + 1)) break;
    units.push({ tokenStart: k, tokenEnd: k + 1, key, given, definite });
    k++;
  }
  if (!units.length) return null;
  const last = units[units.length - 1]!;
  return {
    tokenStart: i,
    tokenEnd: last.tokenEnd,
    start: firstReading.start,
    end: views[last.tokenEnd - 1]!.tok.end,
    units,
    hasGiven: units[0]!.given,
  };
}
