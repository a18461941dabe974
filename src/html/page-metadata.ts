import { decodeHTML } from 'entities';
import type { DomDocument, DomElement } from './dom.js';
import {
  ARTICLE_TYPES,
  AUTHOR_META_KEYS,
  DATE_META_KEYS,
  OUTLET_META_KEYS,
  TITLE_META_KEYS,
} from './markup-vocabulary.js';
import { normalizePublished } from './published-date.js';

/** What a page says about its article, each field from the most reliable source that gives it. */
export interface PageMetadata {
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, in the local time the page states */
  published: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** primary language subtag, lower case (`ar`) */
  lang: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const clean = (s: string | null | undefined): string | null => {
  const t = s ? decodeHTML(s).replace(/\s+/g, ' ').trim() : '';
  return t || null;
};
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** The JSON-LD blocks of a page, parsed; blocks that are not valid JSON even after repair are skipped. */
export function jsonLdBlocks(html: string): Json[] {
  const out: Json[] = [];
  const re = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const body = m[1]!.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
    try {
      out.push(JSON.parse(body) as Json);
    } catch {
      // raw line breaks and tabs inside strings are the usual breakage; they are spaces anyway
      try {
        out.push(JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json);
      } catch {
        /* not JSON: ignored */
      }
    }
  }
  return out;
}

/** Every object in JSON-LD blocks, `@graph` arrays and top-level arrays unrolled. */
function jsonLdObjects(blocks: Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number): void => {
    if (depth > 3) return;
    for (const item of asList(v)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  for (const b of blocks) visit(b, 0);
  return out;
}

const typesOf = (o: JsonObject): string[] => asList(o['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());

/** The names in a JSON-LD person or organisation value: a string, an object with `name`, or a list. */
function names(v: Json | undefined): string[] {
  const out: string[] = [];
  for (const item of asList(v)) {
    const n = typeof item === 'string' ? item : isObject(item) && typeof item['name'] === 'string' ? item['name'] : null;
    const c = clean(n);
    if (c && !isUrl(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

const str = (v: Json | undefined): string | null => {
  const first = asList(v)[0];
  return typeof first === 'string' ? clean(first) : null;
};
const urlOf = (v: Json | undefined): string | null => {
  const first = asList(v)[0];
  const s = typeof first === 'string' ? first : isObject(first) && typeof first['@id'] === 'string' ? first['@id'] : null;
  return s && isUrl(s.trim()) ? s.trim() : null;
};

/** The page's meta tags as a map from lower-cased name, property or itemprop to the first content. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

const firstMeta = (meta: Map<string, string>, keys: readonly string[]): string | null => {
  for (const k of keys) {
    const v = clean(meta.get(k));
    if (v) return v;
  }
  return null;
};

/** Normalised form for comparing a title's suffix with the site's name. */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** `Headline - Site` → `Headline` when the part after the last separator names the site. */
export function stripSiteSuffix(title: string, siteNames: readonly (string | null)[]): string {
  const m = /^(.*\S)\s+[-–—|:•·»]\s+(.+)$/.exec(title);
  if (!m) return title;
  const suffix = squash(m[2]!);
  if (suffix.length < 2) return title;
  for (const site of siteNames) {
    const s = site ? squash(site) : '';
    if (s.length >= 2 && (s === suffix || s.includes(suffix) || suffix.includes(s))) return m[1]!;
  }
  return title;
}

/** The first element of `list` that passes `test`. */
function first(list: Iterable<DomElement>, test: (el: DomElement) => boolean = () => true): DomElement | null {
  for (const el of list) if (test(el)) return el;
  return null;
}

/** The first `<time datetime>` that gives a date, preferring one marked as the publication time. */
function visibleTime(doc: DomDocument): string | null {
  let first: string | null = null;
  // tag-name lookups, not selectors: the selector engine compiles each query anew
  for (const el of doc.getElementsByTagName('time')) {
    const v = normalizePublished(el.getAttribute('datetime'));
    if (!v) continue;
    const mark = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''} ${el.hasAttribute('pubdate') ? 'pubdate' : ''}`.toLowerCase();
    if (/publish|pubdate|created/.test(mark)) return v;
    first ??= v;
  }
  return first;
}

const langOf = (v: string | null | undefined): string | null => {
  const m = v ? /^\s*([a-zA-Z]{2,3})(?:[-_]|$)/.exec(v) : null;
  return m ? m[1]!.toLowerCase() : null;
};

/**
 * Reads a page's metadata. Each field is taken from the first source that gives it, in order of
 * reliability: JSON-LD (an article object; `@graph` arrays included), then OpenGraph and other
 * meta tags, then the visible page (`<time datetime>`, `<title>` without its " - Site" suffix).
 * `html` is the raw page (JSON-LD is read from it), `doc` the same page parsed.
 */
export function readPageMetadata(html: string, doc: DomDocument): PageMetadata {
  const objects = jsonLdObjects(jsonLdBlocks(html));
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t))) ?? null;
  const website = objects.find((o) => typesOf(o).includes('website')) ?? null;
  const meta = metaMap(doc);

  const ldPublisher = article ? names(article['publisher'])[0] ?? null : null;
  const outlet = ldPublisher ?? firstMeta(meta, OUTLET_META_KEYS) ?? (website ? str(website['name']) : null);

  const htmlTitle = clean(first(doc.getElementsByTagName('title'))?.textContent);
  const title =
    (article ? str(article['headline']) ?? str(article['name']) : null) ??
    firstMeta(meta, TITLE_META_KEYS) ??
    (htmlTitle ? stripSiteSuffix(htmlTitle, [outlet, meta.get('og:site_name') ?? null, website ? str(website['name']) : null]) : null);

  const published =
    (article ? normalizePublished(str(article['datePublished'])) ?? normalizePublished(str(article['dateCreated'])) : null) ??
    DATE_META_KEYS.map((k) => normalizePublished(meta.get(k))).find((v) => v !== null) ??
    visibleTime(doc);

  const metaAuthor = firstMeta(meta, AUTHOR_META_KEYS);
  const author = (article ? names(article['author']).join(', ') || null : null) ?? (metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null);

  const canonical = first(doc.getElementsByTagName('link'), (el) => el.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href')?.trim() ?? null;
  const url =
    (article ? urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']) : null) ??
    [meta.get('og:url'), canonical].map((u) => u?.trim()).find((u): u is string => !!u && isUrl(u)) ??
    null;

  const lang =
    langOf(doc.documentElement?.getAttribute('lang')) ??
    langOf(doc.documentElement?.getAttribute('xml:lang')) ??
    (article ? langOf(str(article['inLanguage'])) : null) ??
    langOf(meta.get('inlanguage')) ??
    langOf(meta.get('og:locale')) ??
    langOf(meta.get('content-language'));

  return { title, published, outlet, author, url, lang };
}
