import { Readability } from '@mozilla/readability';
import type { OffsetMap } from '../core/offset-map.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import type { Span, TextSpan } from '../core/span.js';
import { isDateLine, splitBodyBlocks } from './block-filters.js';
import { densestBlocks } from './density-scorer.js';
import { parseDocument, type DomDocument, type DomElement } from './dom.js';
import { htmlToPositionedText } from './html-text.js';
import { readPageMetadata, type PageMetadata } from './page-metadata.js';
import { markElements } from './mark-elements.js';
import { pruneMarkup } from './prune-markup.js';
import { alignParagraphs } from './text-alignment.js';
import { collectBlocks, nonSpace, type TextBlock } from './text-blocks.js';

type HtmlSettings = Settings['html'];

/** The article of an HTML page: its body text mapped to the raw page, and its metadata. */
export interface HtmlArticle extends PageMetadata {
  /** the article body, one paragraph a line */
  text: string;
  /** text positions → positions in the raw HTML */
  map: OffsetMap;
  /** one span per paragraph, into `text` */
  paragraphs: Span[];
  /** which method chose the body: Readability, the density scorer when Readability found too
   * little, or none when the page has no text */
  method: 'readability' | 'density' | 'none';
  /** characters of `text` not found in the raw page (mapped to their neighbours' positions) */
  unmapped: number;
  /** date and time lines found at the head or foot of the article and left out of `text`
   * (`Published 10:48, Tue, Nov 19, 2019`), with their spans in the raw HTML: the page's own
   * statement of its date when its metadata has none, for the time stage to read */
  dateLines: TextSpan[];
}

/** Options of `extractHtmlArticle`: thresholds to override (see `Settings['html']`). */
export interface HtmlArticleOptions {
  settings?: Partial<HtmlSettings>;
}


/** The article container Readability chooses, or null when it finds none. */
function readabilityContainer(doc: DomDocument, s: HtmlSettings): DomElement | null {
  const reader = new Readability<DomElement>(doc, {
    charThreshold: s.readabilityCharThreshold,
    // furniture is marked with data attributes, which Readability keeps; classes are not needed
    keepClasses: false,
    disableJSONLD: true,
    serializer: (node) => node as DomElement,
  });
  return reader.parse()?.content ?? null;
}

type Lines = { body: string[]; dateLines: string[] };

/**
 * The body lines inside `root` (furniture smaller than a share of the root's text left out) and
 * the date lines the filters drop at the body's edges.
 */
function bodyLines(root: DomElement, facts: { title: string | null; author: string | null }, s: HtmlSettings, pick?: (b: TextBlock[]) => TextBlock[]): Lines {
  const furnitureMaxChars = nonSpace(root.textContent ?? '') * s.maxFurnitureShare;
  const blocks = collectBlocks(root, { furnitureMaxChars });
  const split = splitBodyBlocks(pick ? pick(blocks) : blocks, facts, s);
  return { body: split.body.map((b) => b.text), dateLines: split.dateLines.map((b) => b.text) };
}

const charsOf = (lines: readonly string[]): number => lines.reduce((n, l) => n + nonSpace(l), 0);

/**
 * Extracts the article of an HTML page. Readability chooses the container; its lines are kept
 * when they are body text (furniture, link lists, the repeated headline, date and byline lines
 * are dropped); a text-density scorer takes over when Readability finds too little; and each kept
 * line is aligned with the page's positioned text, so every character maps to the raw HTML.
 * Metadata comes from JSON-LD, then meta tags, then the visible page (see `readPageMetadata`).
 *
 * @example
 * const a = extractHtmlArticle(html);
 * const src = a.map.spanToSource(a.paragraphs[0]); // html.slice(src.start, src.end) is its markup
 */
export function extractHtmlArticle(html: string, options: HtmlArticleOptions = {}): HtmlArticle {
  const s: HtmlSettings = { ...DEFAULT_SETTINGS.html, ...options.settings };
  const pruned = pruneMarkup(html);
  const doc = parseDocument(pruned);
  // metadata first: Readability rewrites the document it reads
  const meta = readPageMetadata(html, doc);
  const facts = { title: meta.title, author: meta.author };
  const datedFurniture = markElements(doc).filter((t) => isDateLine(t, s));

  let method: HtmlArticle['method'] = 'readability';
  const container = readabilityContainer(doc, s);
  let lines: Lines = container ? bodyLines(container, facts, s) : { body: [], dateLines: [] };
  if (charsOf(lines.body) < s.minArticleChars) {
    // the second opinion reads a fresh copy of the page
    const fresh = parseDocument(pruned);
    markElements(fresh);
    const dense = fresh.body ? bodyLines(fresh.body, facts, s, (all) => densestBlocks(all, s)) : null;
    if (dense && charsOf(dense.body) > charsOf(lines.body)) {
      lines = dense;
      method = 'density';
    }
  }
  if (lines.body.length === 0) method = 'none';
  const page = htmlToPositionedText(html);
  const aligned = alignParagraphs(
    lines.body,
    page,
    s.alignWordWindow,
  );
  let dateLines: TextSpan[] = [];
  const dateTexts = [...new Set([...datedFurniture, ...lines.dateLines])];
  if (dateTexts.length) {
    const dates = alignParagraphs(
      dateTexts,
      page,
      s.alignWordWindow,
    );
    dateLines = dates.paragraphs.map((p) => ({ text: dates.text.slice(p.start, p.end), ...dates.map.spanToSource(p) }));
  }
  return { ...meta, text: aligned.text, map: aligned.map, paragraphs: aligned.paragraphs, method, unmapped: aligned.unmapped, dateLines };
}
