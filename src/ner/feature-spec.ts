import { normalize } from '../text/normalize.js';
import { languageFor } from '../lang/index.js';
import type { LanguagePack } from '../lang/language.js';

/**
 * What the NER engine needs to know about a language, as data: the language pack supplies it
 * (src/lang/ar/ner/ for Arabic) and the engine never names a word. Lists are written as people
 * write them; the engine normalises them with the language's orthography.
 */
export interface NerFeatureSpec {
  /** BCP 47 code of the language pack whose normalisation applies, e.g. `ar` */
  language: string;
  /** proclitic chains as written after normalisation, with the names of their parts */
  prefixes: readonly PrefixForm[];
  /**
   * Named lists of words and names (cue words, titles, given names, countries, cities). An entry
   * of several words is matched as a phrase; a one-word entry as a word, also after a prefix.
   */
  lists: Readonly<Record<string, readonly string[]>>;
  /** derived words (nationality adjectives) recognised by their base being in a list */
  derivations: readonly Derivation[];
}

/** A proclitic chain (`وبال`) and its parts (`conj`, `prep`, `article`), reported as flags. */
export interface PrefixForm {
  form: string;
  parts: readonly string[];
}

/**
 * A word made from a listed base by a suffix: `سوري` = `سور` + `يا` restored is `سوريا`, a
 * country. The base is the word without one of `suffixes`, plus one of `restore` ('' included).
 */
export interface Derivation {
  name: string;
  suffixes: readonly string[];
  restore: readonly string[];
  /** names of the lists the base must belong to */
  bases: readonly string[];
}

/** A phrase of a list, indexed by the bare form of its first word. */
export interface PhraseEntry {
  list: string;
  /** normalised words after the first */
  rest: readonly string[];
}

/** A spec ready for matching: everything normalised and indexed. */
export interface CompiledSpec {
  spec: NerFeatureSpec;
  lang: LanguagePack;
  /** prefixes longest first */
  prefixes: readonly PrefixForm[];
  minStemLetters: number;
  /** normalised one-word entry → the lists holding it */
  words: ReadonlyMap<string, readonly string[]>;
  /** every candidate stem of one-word entries (see `candidatesOf`) → the lists holding it */
  stems: ReadonlyMap<string, readonly string[]>;
  /** candidate stem of a phrase's first word → phrases */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** derivations with suffixes and restorations normalised */
  derivations: readonly Derivation[];
  /** a stable digest of the spec: a model is only valid with the spec it was trained with */
  fingerprint: string;
}

function pushTo<V>(m: Map<string, V[]>, k: string, v: V): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (!a.includes(v)) a.push(v);
}

/** FNV-1a over a string, as 8 hex digits: enough to tell two specs apart. */
export function digest(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The word without its longest prefix chain, when at least `minStem` letters remain:
 * `bareOf('وبالجزائر', ...)` → `{ bare: 'جزائر', prefix: وبال }`.
 */
export function bareOf(norm: string, prefixes: readonly PrefixForm[], minStem: number): { bare: string; prefix: PrefixForm | null } {
  for (const p of prefixes) {
    if (norm.length - p.form.length >= minStem && norm.startsWith(p.form)) return { bare: norm.slice(p.form.length), prefix: p };
  }
  return { bare: norm, prefix: null };
}

/**
 * The word and every stem left by taking off one of the prefix chains (keeping `minStem`
 * letters): `وبالجزائر` → وبالجزائر, بالجزائر, الجزائر, جزائر, … Words and list entries are
 * both expanded, and they match when their candidates meet, so `بالجزائر` finds the entry
 * `الجزائر` and `للبنان` finds `لبنان` without the engine knowing which prefix is an article.
 */
export function candidatesOf(norm: string, prefixes: readonly PrefixForm[], minStem: number): string[] {
  const out = [norm];
  for (const p of prefixes) {
    if (norm.length - p.form.length >= minStem && norm.startsWith(p.form)) {
      const s = norm.slice(p.form.length);
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}

/** Normalises and indexes a spec; `minStemLetters` comes from the settings. */
export function compileSpec(spec: NerFeatureSpec, minStemLetters: number): CompiledSpec {
  const lang = languageFor(spec.language);
  const prefixes = [...spec.prefixes]
    .map((p) => ({ form: normalize(p.form, lang), parts: p.parts }))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  const words = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const phrases = new Map<string, PhraseEntry[]>();
  const listNames = Object.keys(spec.lists).sort();
  for (const list of listNames) {
    for (const entry of spec.lists[list]!) {
      const parts = normalize(entry, lang).split(/\s+/).filter(Boolean);
      if (parts.length === 0) continue;
      const cands = candidatesOf(parts[0]!, prefixes, minStemLetters);
      if (parts.length === 1) {
        pushTo(words, parts[0]!, list);
        for (const c of cands) pushTo(stems, c, list);
        continue;
      }
      const rest = parts.slice(1);
      for (const c of cands) {
        if (!phrases.get(c)?.some((p) => p.list === list && p.rest.join(' ') === rest.join(' '))) pushTo(phrases, c, { list, rest });
      }
    }
  }
  // longest phrases first, so the longest match wins
  for (const entries of phrases.values()) entries.sort((a, b) => b.rest.length - a.rest.length);
  const derivations = spec.derivations.map((d) => ({
    ...d,
    suffixes: d.suffixes.map((x) => normalize(x, lang)),
    restore: d.restore.map((x) => normalize(x, lang)),
  }));
  const fingerprint = digest(
    JSON.stringify([spec.language, prefixes, listNames.map((l) => [l, spec.lists[l]]), derivations, minStemLetters]),
  );
  return { spec, lang, prefixes, minStemLetters, words, stems, phrases, derivations, fingerprint };
}
