import type { Settings } from '../core/settings.js';
import type { Span } from '../core/span.js';
import { applyLineRules, bylineName, sourceCredit } from './line-rules.js';
import { clearHead, findCuts, findTitle, markBody, type SegmentLines } from './layout.js';
import { label, pageLines, relabel, type PageLine } from './page-lines.js';
import { matchKey } from './match-key.js';

/** The article found in a flattened page: spans into the raw page, and what the page states. */
export interface FlatArticle {
  lines: PageLine[];
  title: PageLine | null;
  /** body paragraphs as raw spans (a dateline prefix already cut off the first) */
  body: Span[];
  /** lines that state a date (their text is read by the temporal tagger) */
  dateLines: PageLine[];
  author: string | null;
  outlet: string | null;
  segments: SegmentLines[];
}

const YEAR_OR_TIME = /(?:^|\D)(?:1[89]\d\d|20\d\d)(?:\D|$)|\b\d{1,2}:\d{2}\b/;

/** A short line that is mostly a date or time: `مارس 9, 2025 - 23:39`. */
function looksLikeDateLine(l: PageLine): boolean {
  if (l.words.length > 12 || !YEAR_OR_TIME.test(l.key)) return false;
  const letters = l.words.filter((w) => !/^\d+$/.test(w) && !/^\d+(st|nd|rd|th)$/.test(w));
  const hasTime = /\b\d{1,2}:\d{2}\b/.test(l.text);
  return !l.endsSentence && (hasTime ? letters.length <= 6 : letters.length <= 3);
}

/**
 * An outlet dateline opening the first paragraph, such as `المدينة نيوز :- `: the name is
 * metadata, and the body starts after it.
 */
function datelinePrefix(text: string, knownOutlet: string | null): { name: string; length: number } | null {
  const m = /^([^\n:،.!؟]{2,40}?)\s*[:：]\s*-\s*/u.exec(text);
  if (m && m[1]!.trim().split(/\s+/).length <= 4) return { name: m[1]!.trim(), length: m[0].length };
  // `OUTLET - ` or `OUTLET: ` opens the paragraph only when the page names that outlet; otherwise
  // a dash after a few words is as likely a sentence's own
  const d = /^([^\n:،.!؟]{2,40}?)\s*[-–—:：]\s+/u.exec(text);
  if (d && knownOutlet && matchKey(d[1]!) === matchKey(knownOutlet)) return { name: d[1]!.trim(), length: d[0].length };
  return null;
}

/** How a page's text was obtained, and what is known of it already. */
export interface FlatPageOptions {
  /** true for the output of an article extractor (HTML): the page head and foot are gone, so
   * lines are not judged by their position, only by their own shape and by what follows */
  extracted?: boolean;
  /** the title given by the page's metadata: lines repeating it are dropped */
  knownTitle?: string | null;
  /** the outlet named by the page's metadata, recognised when it opens the first paragraph */
  knownOutlet?: string | null;
  /** whether a short line is furniture of the page's site (see site-furniture.ts) */
  isFurniture?: (key: string) => boolean;
}

/**
 * Reads a flattened page (text as scraped, one block a line): labels every line as title,
 * metadata, body, boilerplate or segment, in steps — line shapes, the end of the article, the
 * title, the page head, the body — and collects what the metadata lines state.
 */
export function readFlatPage(raw: string, s: Settings, options: FlatPageOptions = {}): FlatArticle {
  const { isFurniture, extracted = false, knownTitle = null } = options;
  const lines = pageLines(raw);
  applyLineRules(lines, s, extracted);
  if (isFurniture) {
    for (const l of lines) if (l.label === null && l.words.length <= s.clean.shortLineMaxWords && isFurniture(l.key)) label(l, 'boilerplate', 'site-furniture');
  }
  for (const l of lines) if (l.label === null && looksLikeDateLine(l)) label(l, 'meta', 'date-shape');
  const segments = findCuts(lines, s);
  let title: PageLine | null = null;
  if (extracted) {
    const known = knownTitle ? matchKey(knownTitle) : null;
    for (const l of lines) {
      if (l.label !== null) continue;
      if (known && l.key === known) label(l, 'boilerplate', 'repeated-title');
      else label(l, 'body', 'extracted');
    }
  } else {
    title = findTitle(lines, s);
    const first = clearHead(lines, title, s);
    markBody(lines, first, title, s);
  }
  // a bare snippet (a sentence or two piped in, no page around it) has no paragraph long enough
  // to open a body: its sentences are the body
  if (!lines.some((l) => l.label === 'body')) {
    for (const l of lines) if (l.rule === 'head-short-line' && l.endsSentence) relabel(l, 'body', 'sentence-fallback');
  }

  const bodyLines = lines.filter((l) => l.label === 'body');
  const body: Span[] = bodyLines.map((l) => ({ start: l.start, end: l.end }));
  let outlet: string | null = null;
  const firstBody = bodyLines[0];
  if (firstBody && body[0]) {
    const d = datelinePrefix(firstBody.text, options.knownOutlet ?? null);
    if (d) {
      outlet = d.name;
      body[0] = { start: firstBody.start + d.length, end: firstBody.end };
    }
  }
  let author: string | null = null;
  for (const l of lines) {
    if (l.label !== 'meta' && l.label !== 'boilerplate') continue;
    if (!author && l.rule === 'byline') author = bylineName(l);
    if (!outlet && l.rule === 'source-credit') outlet = sourceCredit(l);
  }
  const dateLines = lines.filter((l) => l.label === 'meta' && (l.rule === 'date-line' || l.rule === 'date-shape'));
  return { lines, title, body, dateLines, author, outlet, segments };
}
