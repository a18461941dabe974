/**
 * The entity lexicon and gazetteers compiled for matching: every word normalised with the
 * language pack's orthography, phrases in phrase indexes, nisba forms in a map. Built once per
 * language (a few milliseconds) and shared by every document.
 */
import type { LanguagePack } from '../lang/language.js';
import { normalize, tokenize } from '../text/index.js';
import { normalizeDetailed } from '../text/normalize.js';
import { loadGazetteer, nisbaStems, type GazEntry } from './gazetteer.js';
import type { EntityLexicon, NationalInstitution, OrgHead, PlaceContextRule, TitleCue } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';

/** A compiled place rule: the surface and cue phrases as normalised words. */
export interface CompiledPlaceRule {
  rule: PlaceContextRule;
  surface: string;
  before: string[][];
  after: string[][];
}

/** Everything the engine looks words up in. */
export interface EntityResources {
  lang: LanguagePack;
  lex: EntityLexicon;
  /** normalised article */
  article: string;
  gazetteer: Map<string, GazEntry>;
  gazIndex: PhraseIndex<GazEntry>;
  /** nisba form without the article → gazetteer id */
  nisba: Map<string, string>;
  titles: PhraseIndex<TitleCue>;
  national: PhraseIndex<NationalInstitution>;
  /** national institutions by their normalised words joined with a space */
  nationalByKey: Map<string, NationalInstitution>;
  /** the language's normalisation */
  normalize: (s: string) => string;
  mediaHeads: PhraseIndex<string>;
  givenPhrases: PhraseIndex<string>;
  roleAdjectivePhrases: PhraseIndex<string>;
  orgHeads: Map<string, OrgHead>;
  given: Set<string>;
  givenAlsoWords: Set<string>;
  givenWithArticle: Set<string>;
  /** given name → the index of its group of spelling variants */
  givenVariant: Map<string, number>;
  compoundFirst: Set<string>;
  particles: Set<string>;
  stops: Set<string>;
  /** stop words with their letters as written (see TokenView.light) */
  stopsLight: Set<string>;
  /** letters as written, diacritics off */
  light: (s: string) => string;
  roleNouns: Set<string>;
  roleAdjectives: Set<string>;
  roleLinkers: Set<string>;
  domains: Set<string>;
  ordinals: Set<string>;
  facilityNouns: Set<string>;
  placeCues: Set<string>;
  sideNouns: Set<string>;
  stateAfter: Set<string>;
  pairOpeners: Set<string>;
  placeRules: CompiledPlaceRule[];
  /** first words of every phrase index, with and without the article: a token whose readings
   * are none of them starts no phrase, and most tokens are such */
  anyFirst: Set<string>;
  /** per distinct word: whether it may start a phrase, and which reading is a given name (-1: none) */
  wordCache: Map<string, { lexical: boolean; given: number }>;
}

const compiled = new Map<string, EntityResources>();

/** The normalised words of a phrase, as the tokenizer splits it. */
export function phraseWords(phrase: string, lang: LanguagePack): string[] {
  return tokenize(phrase, { lang }).map((t) => t.norm);
}

/** The language's entity resources, compiled on first use. */
export function entityResources(lex: EntityLexicon, lang: LanguagePack): EntityResources {
  const hit = compiled.get(lex.code);
  if (hit) return hit;
  const n = (s: string): string => normalize(s, lang);
  const article = n(lex.article);
  const set = (xs: readonly string[]): Set<string> => new Set(xs.map(n));
  // domains, construct nouns and adjectives also stand without the article (`وزير دفاع أمريكي`)
  const withBare = (xs: readonly string[]): Set<string> => {
    const out = set(xs);
    for (const x of [...out]) if (x.startsWith(article) && x.length > article.length + 2) out.add(x.slice(article.length));
    return out;
  };
  const words = (s: string): string[] => phraseWords(s, lang);

  const entries = loadGazetteer(lex);
  const gazetteer = new Map(entries.map((e) => [e.id, e]));
  const gazIndex = new PhraseIndex<GazEntry>({ bareMinLetters: 5 });
  for (const e of entries) for (const name of new Set(e.names)) gazIndex.add(words(name), e);

  const blocked = set(lex.nisba.blocked);
  const nisba = new Map<string, string>();
  const clash = new Set<string>();
  for (const e of entries) {
    if (e.type === 'ORG') continue;
    for (const stem of nisbaStems(e, lex)) {
      for (const infl of lex.nisba.inflections) {
        const form = n(stem + infl);
        if (blocked.has(form) || form.includes(' ')) continue;
        const prev = nisba.get(form);
        if (prev && prev !== e.id) clash.add(form);
        else nisba.set(form, e.id);
      }
    }
  }
  for (const f of clash) nisba.delete(f);

  const titles = new PhraseIndex<TitleCue>();
  for (const t of lex.titles) titles.add(words(t.phrase), t);
  const national = new PhraseIndex<NationalInstitution>();
  const nationalByKey = new Map<string, NationalInstitution>();
  for (const x of lex.national) {
    national.add(words(x.phrase), x);
    nationalByKey.set(words(x.phrase).join(' '), x);
  }
  const mediaHeads = new PhraseIndex<string>();
  for (const m of lex.mediaHeads) mediaHeads.add(words(m), m);
  const givenPhrases = new PhraseIndex<string>();
  for (const g of lex.givenNames.names) givenPhrases.add(words(g), g);
  const roleAdjectivePhrases = new PhraseIndex<string>();
  for (const a of lex.roleAdjectives) roleAdjectivePhrases.add(words(a), a);
  const orgHeads = new Map<string, OrgHead>();
  for (const h of lex.orgHeads) for (const f of [h.word, ...(h.forms ?? [])]) if (!f.includes(' ')) orgHeads.set(n(f), h);

  const r: EntityResources = {
    lang, lex, article, gazetteer, gazIndex, nisba, titles, national, nationalByKey, normalize: n, mediaHeads, givenPhrases, roleAdjectivePhrases, orgHeads,
    given: set(lex.givenNames.names.filter((g) => !g.includes(' '))),
    givenAlsoWords: set(lex.givenNames.alsoWords),
    givenWithArticle: set(lex.givenNames.withArticle),
    givenVariant: new Map(lex.givenNames.variants.flatMap((g, i) => g.map((w) => [n(w), i] as const))),
    compoundFirst: set(lex.givenNames.compoundFirst),
    particles: set(lex.nameParticles),
    stops: set(lex.nameStops),
    stopsLight: new Set(lex.nameStops.map((w) => normalizeDetailed(w, lang).light)),
    light: (w: string) => normalizeDetailed(w, lang).light,
    roleNouns: withBare(lex.roleNouns),
    roleAdjectives: withBare(lex.roleAdjectives.filter((a) => !a.includes(' '))),
    roleLinkers: set(lex.roleLinkers),
    domains: withBare(lex.domains),
    ordinals: set(lex.ordinals),
    facilityNouns: set(lex.facilityNouns),
    placeCues: set(lex.placeCues),
    sideNouns: set(lex.sideNouns),
    stateAfter: set(lex.metonymy.stateAfter),
    pairOpeners: set(lex.metonymy.pairOpeners),
    placeRules: lex.placeRules.map((rule) => ({
      rule,
      surface: n(rule.surface),
      before: (rule.before ?? []).map(words),
      after: (rule.after ?? []).map(words),
    })),
    anyFirst: new Set(),
    wordCache: new Map(),
  };
  for (const ix of [gazIndex, titles, national, mediaHeads, givenPhrases, roleAdjectivePhrases] as PhraseIndex<unknown>[]) {
    for (const w of ix.firstWords()) {
      r.anyFirst.add(w);
      if (w.startsWith(article)) r.anyFirst.add(w.slice(article.length));
    }
  }
  compiled.set(lex.code, r);
  return r;
}
