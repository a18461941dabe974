import { PAGE_NOISE } from '../lang/ar/page-noise.js';
import type { Settings } from '../core/settings.js';
import { lightStem, matchKey } from './match-key.js';
import { label, relabel, type PageLine } from './page-lines.js';
import { startsWithPhrase } from './line-rules.js';

const RELATED = [...new Set(PAGE_NOISE.relatedHeadings.map(matchKey))];
const READ_ALSO = [...new Set(PAGE_NOISE.readAlso.map(matchKey))];
const END_MARKERS = [...new Set(PAGE_NOISE.endMarkers.map(matchKey))];

/** A block appended after a "read also" heading that reads as an article of its own. */
export interface SegmentLines {
  marker: PageLine;
  title: PageLine | null;
  body: PageLine[];
}

/** Whether a line reads as a paragraph of prose. */
export function isProse(l: PageLine, s: Settings): boolean {
  return l.words.length >= s.clean.proseMinWords || (l.endsSentence && l.words.length > 3);
}

/** Whether a line reads as a headline: a few words, no closing full stop. */
export function isHeadline(l: PageLine, s: Settings): boolean {
  return l.words.length >= 2 && l.words.length <= s.clean.titleMaxWords && !/[.،,]\s*$/.test(l.text) && !l.truncated;
}

const open = (lines: readonly PageLine[]): PageLine[] => lines.filter((l) => l.label === null);

/** What a line does to the article around it: opens a related block, an appended article, or
 * the page's closing furniture. Only short lines can be headings. */
function headingKind(l: PageLine): 'related' | 'read-also' | 'end' | null {
  if (l.words.length > 12) return null;
  if (l.words.length <= 6 && startsWithPhrase(l.key, READ_ALSO)) return 'read-also';
  if (l.words.length <= 6 && startsWithPhrase(l.key, RELATED)) return 'related';
  if (startsWithPhrase(l.key, END_MARKERS)) return 'end';
  return null;
}

/**
 * Step 1: where the host article ends. After enough prose, the first related-articles heading,
 * read-also heading or closing furniture (comments, tags) ends it: everything after is
 * boilerplate, except that each read-also heading followed by a headline and prose there opens
 * a segment (an appended article).
 */
export function findCuts(lines: readonly PageLine[], s: Settings): SegmentLines[] {
  let prose = 0;
  let cut = -1;
  for (let i = 0; i < lines.length && cut < 0; i++) {
    const l = lines[i]!;
    if (l.label === 'blank') continue;
    const kind = prose >= s.clean.minProseWordsBeforeCut ? headingKind(l) : null;
    if (kind === 'related' && proseFollows(lines, i, s)) relabel(l, 'boilerplate', 'inline-heading');
    else if (kind) cut = i;
    else if (l.label === null && isProse(l, s)) prose += l.words.length;
  }
  if (cut < 0) return [];
  const segments: SegmentLines[] = [];
  for (let i = cut; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.label === 'blank' || l.label === 'segment') continue;
    const kind = headingKind(l);
    if (kind === 'read-also') {
      const seg = readSegment(l, lines.slice(i + 1), s);
      if (seg) segments.push(seg);
    }
    relabel(l, l.label === 'meta' ? 'meta' : 'boilerplate', kind ? `${kind}-heading` : l.label === 'meta' ? (l.rule ?? 'meta') : 'after-cut');
  }
  return segments;
}

/**
 * True when the lines after a related-news heading are paragraphs rather than a list of
 * headlines: the heading was a label inside the article (a related link), not its end.
 */
function proseFollows(lines: readonly PageLine[], at: number, s: Settings): boolean {
  const next = lines.slice(at + 1).filter((l) => l.label !== 'blank').slice(0, 3);
  return next.length >= 2 && next.filter((l) => l.label === null && l.endsSentence && isProse(l, s)).length >= 2;
}

/** The appended article after a read-also heading, if the block is one: a headline, then prose. */
function readSegment(marker: PageLine, rest: readonly PageLine[], s: Settings): SegmentLines | null {
  const content = rest.filter((l) => l.label !== 'blank');
  const first = content[0];
  if (!first) return null;
  const title = first.label === null && isHeadline(first, s) && !first.endsSentence ? first : null;
  const body: PageLine[] = [];
  for (const l of content.slice(title ? 1 : 0)) {
    if (headingKind(l)) break;
    if (l.label !== null && l.label !== 'meta') break;
    if (l.label === null && isProse(l, s)) body.push(l);
  }
  if (body.length < s.clean.segmentMinProseLines) return null;
  if (title) relabel(title, 'segment', 'segment-title');
  for (const b of body) relabel(b, 'segment', 'segment-body');
  return { marker, title, body };
}

/** Step 2: the title, a headline among the first content lines, before any paragraph. */
export function findTitle(lines: readonly PageLine[], s: Settings): PageLine | null {
  for (const l of open(lines).slice(0, 3)) {
    if (isHeadline(l, s) && !(l.endsSentence && l.words.length >= s.clean.proseMinWords)) {
      relabel(l, 'title', 'first-headline');
      return l;
    }
    if (isProse(l, s)) return null;
  }
  return null;
}

/** Containment of `a`'s words in `b`'s: how much of `a` is said again by `b`. */
function containment(a: readonly string[], b: ReadonlySet<string>): number {
  if (!a.length) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.length;
}

/**
 * Step 3: the page head. Lines repeating the title, truncated teasers, and lines that a later
 * line says again (a lead or caption repeated in the body) are boilerplate; the first prose line
 * that survives starts the body. Short lines in the head are decks and captions.
 */
export function clearHead(lines: readonly PageLine[], title: PageLine | null, s: Settings): PageLine | null {
  const candidates = open(lines);
  const stemSets = new Map<PageLine, Set<string>>();
  const stemsOf = (l: PageLine): Set<string> => {
    let set = stemSets.get(l);
    if (!set) stemSets.set(l, (set = new Set(l.words.map(lightStem))));
    return set;
  };
  for (let i = 0; i < candidates.length; i++) {
    const l = candidates[i]!;
    if (title && l.key === title.key) {
      label(l, 'boilerplate', 'repeated-title');
      continue;
    }
    if (l.truncated) {
      label(l, 'boilerplate', 'truncated-teaser');
      continue;
    }
    const later = candidates.slice(i + 1);
    const stems = l.words.map(lightStem);
    const repeated = later.some((o) => o.words.length >= l.words.length * 0.6 && containment(stems, stemsOf(o)) >= s.clean.teaserContainment);
    if (repeated && later.length) {
      label(l, 'boilerplate', 'teaser');
      continue;
    }
    // the body opens with a real paragraph: a sentence, or a line too long to be a caption
    if (isProse(l, s) && l.words.length >= s.clean.proseMinWords && (l.endsSentence || l.words.length >= 2 * s.clean.proseMinWords)) return l;
    label(l, 'boilerplate', 'head-short-line');
  }
  return null;
}

/**
 * Step 4: the body, from its first line to the last prose line. Prose is body; short lines
 * inside it are kept when they close like sentences; what trails the last paragraph (a credit,
 * a signature) is boilerplate.
 */
export function markBody(lines: readonly PageLine[], first: PageLine | null, title: PageLine | null, s: Settings): void {
  if (!first) return;
  if (title) for (const l of open(lines)) if (l.key === title.key) label(l, 'boilerplate', 'repeated-title');
  const rest = open(lines).filter((l) => l.index >= first.index);
  let last = -1;
  rest.forEach((l, k) => {
    if (isProse(l, s)) last = k;
  });
  rest.forEach((l, k) => {
    if (k > last) label(l, 'boilerplate', 'trailing-line');
    else if (isProse(l, s) || (l.endsSentence && l.words.length >= 3) || l.words.length > s.clean.shortLineMaxWords) label(l, 'body', 'prose');
    else label(l, 'boilerplate', 'short-line');
  });
}
