/**
 * The ways a token may be looked up in a lexicon or gazetteer: the whole word, and the word with
 * its conjunction, preposition and article taken off as the text layer's clitic grammar allows
 * (`وبالجزائر` → `الجزائر`, `جزائر`; `للسفارة` → `السفارة`). Each reading knows where a mention
 * read that way starts in the text: at the article when it is written in full, else at the stem,
 * so `لوزارة الدفاع` yields the mention `وزارة الدفاع`. Readings are computed once per distinct
 * word and cached, because news repeats its words.
 */
import type { Token } from '../core/document.js';
import type { LanguagePack } from '../lang/language.js';
import { segmentations } from '../text/index.js';
import { normalizeDetailed } from '../text/normalize.js';

/** One reading of a token. */
export interface Reading {
  /** normalised form, with the article when the word has one (`الجزاير`) */
  key: string;
  /** the same without the article (`جزاير`) */
  bare: string;
  /** text offset where a mention read this way starts */
  start: number;
  /** a conjunction or preposition was taken off */
  proclitic: boolean;
  /** the conjunction و or ف was taken off */
  conjunction: boolean;
  /** the word carries the article */
  article: boolean;
}

/** A token with its readings; punctuation and numbers have none. */
export interface TokenView {
  tok: Token;
  readings: Reading[];
  /** the word with diacritics off but letters as written (ى and ي, أ and ا kept apart): function
   * words are told from names this way (على "on" and علي "Ali" normalise alike) */
  light: string;
  /** false when no reading begins any phrase of the lexicons (set by the caller; skips lookups) */
  lexical?: boolean;
}

interface Template {
  light: string;
  key: string;
  bare: string;
  offset: number;
  proclitic: boolean;
  conjunction: boolean;
  article: boolean;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, Template[]>();

function templates(word: string, norm: string, lang: LanguagePack, article: string): Template[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const out: Template[] = [];
  const seen = new Set<string>();
  const add = (t: Template): void => {
    const k = `${t.key}|${t.offset}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(t);
  };
  const light = normalizeDetailed(word, lang).light;
  // the article as written (إليزابيث normalises to ال… but has no article)
  const wholeArticle = light.startsWith(article) && norm.startsWith(article) && norm.length > article.length + 1;
  add({ light, key: norm, bare: wholeArticle ? norm.slice(article.length) : norm, offset: 0, proclitic: false, conjunction: false, article: wholeArticle });
  for (const s of segmentations(word, { lang })) {
    if (s.clitics.some((c) => c.role === 'pronoun' || c.role === 'possessive' || c.role === 'object')) continue;
    if (!s.clitics.length) continue;
    const art = s.clitics.find((c) => c.role === 'article');
    const proclitic = s.clitics.some((c) => c.role === 'preposition' || c.role === 'conjunction' || c.role === 'future');
    const conjunction = s.clitics.some((c) => c.role === 'conjunction');
    const writtenArticle = art !== undefined && art.end - art.start === article.length;
    let key = s.stemNorm;
    // a stem that regained a contracted article (ل|لسفارة → السفارة) starts inside the word's letters:
    // the reading with the article split off says the same with a clean span
    if (!art && key.startsWith(article) && !normalizeDetailed(word.slice(s.stem.start), lang).norm.startsWith(article)) continue;
    if (art && !key.startsWith(article)) key = article + key;
    const hasArticle = key.startsWith(article) && key.length > article.length + 1;
    const bare = hasArticle ? key.slice(article.length) : key;
    add({ light, key, bare, offset: writtenArticle ? art.start : s.stem.start, proclitic, conjunction, article: hasArticle });
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/** The readings of every token of a document. */
export function tokenViews(tokens: readonly Token[], lang: LanguagePack, article: string): TokenView[] {
  return tokens.map((tok) => {
    const ts = tok.kind === 'word' && !tok.special ? templates(tok.text, tok.norm, lang, article) : [];
    return {
      tok,
      light: ts[0]?.light ?? tok.norm,
      readings: ts.map((t) => ({
            key: t.key,
            bare: t.bare,
            start: tok.start + t.offset,
            proclitic: t.proclitic,
            conjunction: t.conjunction,
        article: t.article,
      })),
    };
  });
}

/** The first reading of a token whose key or bare form is in `set`, or undefined. */
export function readingIn(v: TokenView | undefined, set: ReadonlySet<string>, bare = false): Reading | undefined {
  if (!v) return undefined;
  for (const r of v.readings) if (set.has(r.key) || (bare && set.has(r.bare))) return r;
  return undefined;
}

/** The first reading without conjunction or preposition (the word as it stands, article kept). */
export function plainReading(v: TokenView | undefined): Reading | undefined {
  return v?.readings.find((r) => !r.proclitic);
}
