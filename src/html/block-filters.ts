import type { Settings } from '../core/settings.js';
import type { DomElement } from './dom.js';
import type { TextBlock } from './text-blocks.js';

type HtmlSettings = Settings['html'];

/** A heading holding at least this share of the headline (or held in it) repeats the headline:
 * sites shorten or lengthen the on-page headline against the one in their metadata. */
const TITLE_OVERLAP = 0.6;

/** What the filters know about the article besides its lines. */
export interface ArticleFacts {
  title: string | null;
  author: string | null;
}

/** Lower-case letters and digits only, for comparing a line with the title or the author. */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** True for a line that is a list of links rather than prose. */
function isLinkList(b: TextBlock, s: HtmlSettings): boolean {
  return b.chars > 0 && b.linkChars / b.chars > s.maxLinkDensity && b.chars - b.linkChars < s.linkListMaxOwnChars;
}

/** True for a short line made mostly of numbers with a year or a clock time in it: a date line
 * (`السبت 12 أكتوبر 2024 | 10:30`, `Published 10:48, Tue, Nov 19, 2019`). */
export function isDateLine(text: string, s: HtmlSettings): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > s.dateLineMaxWords) return false;
  // a sentence ends with a full stop or a question mark; a date line does not
  if (/\p{Sentence_Terminal}["'\p{Pf}\p{Pe}]*$/u.test(text)) return false;
  const clock = /\d{1,2}:\d\d/.test(text);
  if (!clock && !/\b(?:19|20)\d\d\b/.test(text)) return false;
  const digits = w.filter((x) => /^\d+$/.test(x)).length;
  return (clock || digits >= 2) && digits / w.length >= s.dateLineMinDigitShare;
}

/** True for a line repeating the headline (the article's own title above its body). */
function isTitleLine(b: TextBlock, title: string | null): boolean {
  if (!title) return false;
  const a = squash(b.text);
  const t = squash(title);
  return a.length > 0 && (a === t || (b.heading && a.length >= TITLE_OVERLAP * t.length && (t.includes(a) || a.includes(t))));
}

/** True for a short line naming the author: a byline. */
function isBylineLine(b: TextBlock, author: string | null, s: HtmlSettings): boolean {
  if (!author) return false;
  if (words(b.text).length > s.bylineMaxWords) return false;
  const line = squash(b.text);
  return author.split(/\s*,\s*/).some((name) => {
    const n = squash(name);
    return n.length >= 3 && line.includes(n);
  });
}

/**
 * Keeps the lines of an article container that are its body: drops link lists, the headline
 * repeated above the body, date and byline lines at its head and foot, and the short lines before
 * the first and after the last paragraph of prose that share no container with prose (a reading
 * time, a category label, a credit line, a "follow us" line).
 */
export function selectBodyBlocks(blocks: readonly TextBlock[], facts: ArticleFacts, s: HtmlSettings): TextBlock[] {
  return splitBodyBlocks(blocks, facts, s).body;
}

/** The body lines (see `selectBodyBlocks`) and, apart, the date lines found at the body's head and foot. */
export function splitBodyBlocks(blocks: readonly TextBlock[], facts: ArticleFacts, s: HtmlSettings): { body: TextBlock[]; dateLines: TextBlock[] } {
  const dateLines: TextBlock[] = [];
  let kept = blocks.filter((b) => !isLinkList(b, s));
  const n = kept.length;
  kept = kept.filter((b, i) => {
    const atEdge = i < s.edgeLines || i >= n - s.edgeLines;
    if (i < s.edgeLines && (isTitleLine(b, facts.title) || isBylineLine(b, facts.author, s))) return false;
    if (atEdge && isDateLine(b.text, s)) {
      dateLines.push(b);
      return false;
    }
    return true;
  });
  return { body: trimToProse(kept, s), dateLines };
}

/** The lines from the first to the last that is prose or shares a section with prose, less a tail box. */
function trimToProse(kept: TextBlock[], s: HtmlSettings): TextBlock[] {
  const prose = kept.filter((b) => b.chars >= s.proseMinChars);
  if (prose.length === 0) return kept;
  const sections = new Set(prose.map((b) => b.section));
  const anchored = (b: TextBlock): boolean => b.chars >= s.proseMinChars || sections.has(b.section);
  let first = 0;
  while (first < kept.length && !anchored(kept[first]!)) first++;
  let last = kept.length - 1;
  while (last > first && !anchored(kept[last]!)) last--;
  return dropTailBox(kept.slice(first, last + 1), s);
}

/** True when `el` lies strictly inside `outer`. */
function isInside(el: DomElement, outer: DomElement): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e === outer) return true;
  return false;
}

/**
 * Drops a box nested in the body's main section after the main section's last line (a comment
 * policy, an author box, a "more on this" panel) when it is small beside the body. The main
 * section is the one holding the most text.
 */
function dropTailBox(blocks: TextBlock[], s: HtmlSettings): TextBlock[] {
  const bySection = new Map<DomElement, number>();
  for (const b of blocks) bySection.set(b.section, (bySection.get(b.section) ?? 0) + b.chars);
  let main: DomElement | null = null;
  let mainChars = 0;
  for (const [sec, n] of bySection) {
    if (n > mainChars) {
      main = sec;
      mainChars = n;
    }
  }
  if (!main) return blocks;
  let lastMain = -1;
  blocks.forEach((b, i) => {
    if (b.section === main) lastMain = i;
  });
  let cut = blocks.length;
  let boxChars = 0;
  while (cut > lastMain + 1 && isInside(blocks[cut - 1]!.section, main)) {
    cut--;
    boxChars += blocks[cut]!.chars;
  }
  if (cut === blocks.length || cut !== lastMain + 1 || boxChars > s.tailBoxMaxShare * mainChars) return blocks;
  return blocks.slice(0, cut);
}
