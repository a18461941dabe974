import type { Settings } from '../core/settings.js';
import type { Span } from '../core/span.js';
import { applyLineRules, bylineName, sourceCredit } from './line-rules.js';
import { clearHead, findCuts, findTitle, markBody, type SegmentLines } from './layout.js';
import { label, pageLines, relabel, type PageLine } from './page-lines.js';

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
function datelinePrefix(text: string): { name: string; length: number } | null {
  const m = /^([^\n:،.!؟]{2,40}?)\s*[:：]\s*-\s*/u.exec(text);
  if (!m || m[1]!.trim().split(/\s+/).length > 4) return null;
  return { name: m[1]!.trim(), length: m[0].length };
}

/**
 * Reads a flattened page (text as scraped, one block a line): labels every line as title,
 * metadata, body, boilerplate or segment, in steps — line shapes, the end of the article, the
 * title, the page head, the body — and collects what the metadata lines state.
 */
export function readFlatPage(raw: string, s: Settings, isFurniture?: (key: string) => boolean): FlatArticle {
  const lines = pageLines(raw);
  applyLineRules(lines, s);
  if (isFurniture) {
    for (const l of lines) if (l.label === null && l.words.length <= s.clean.shortLineMaxWords && isFurniture(l.key)) label(l, 'boilerplate', 'site-furniture');
  }
  for (const l of lines) if (l.label === null && looksLikeDateLine(l)) label(l, 'meta', 'date-shape');
  const segments = findCuts(lines, s);
  const title = findTitle(lines, s);
  const first = clearHead(lines, title, s);
  markBody(lines, first, title, s);
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
    const d = datelinePrefix(firstBody.text);
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
