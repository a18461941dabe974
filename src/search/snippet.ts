import type { OffsetMap } from '../core/offset-map.js';
import { normalizeWithMap } from '../text/normalize.js';

/** A piece of a snippet: text of the original (never HTML), and whether it matched the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Markers the database puts around matches and between fragments of a headline
 * (`ts_headline`): control characters, which the text given to it never holds (see
 * HEADLINE_BLANKED). Private-use characters would be safer still, but the option parser drops them.
 */
export const HEADLINE_MARKS = { start: '\u0001', stop: '\u0002', gap: '\u0003' } as const;

/**
 * Characters blanked (one space each, so positions hold) in the text a headline is made from:
 * the markers, and `<`, `>`, `&`, because the database's parser reads `<b>` as a tag and leaves
 * it out of the headline, which could then no longer be found in the text.
 */
export const HEADLINE_BLANKED = '<>&\u0001\u0002\u0003';

/** The text a headline is made from: `norm` with HEADLINE_BLANKED characters as spaces. */
export function headlineSource(norm: string): string {
  return norm.replace(/[<>&\u0001-\u0003]/g, ' ');
}

/** The options string of `ts_headline` that uses HEADLINE_MARKS, with `words` per fragment. */
export function headlineOptions(maxFragments: number, maxWords: number, minWords: number): string {
  const { start, stop, gap } = HEADLINE_MARKS;
  return `StartSel="${start}", StopSel="${stop}", FragmentDelimiter="${gap}", MaxFragments=${maxFragments}, MaxWords=${maxWords}, MinWords=${minWords}`;
}

/** Text shown between two fragments of a snippet. */
export const GAP = ' … ';

/**
 * Turns a headline computed on the normalised text (through headlineSource) back into segments of the ORIGINAL text:
 * each fragment is found in the normalised text (its position is not in the headline), and its
 * matches are mapped back through the normalisation's positions, so the user reads the article's
 * own spelling (diacritics, hamzas) with the matches marked. Returns null when a fragment cannot
 * be placed (the headline and the text disagree), so the caller can fall back.
 *
 * Example: text `وزيرُ الدفاع`, headline `\uE000وزير\uE001 الدفاع` →
 * `[{text: 'وزيرُ', hit: true}, {text: ' الدفاع', hit: false}]`.
 */
export function segmentsFromHeadline(text: string, headline: string): Segment[] | null {
  const { norm: normalised, map } = normalizeWithMap(text);
  const norm = headlineSource(normalised);
  const { start: S, stop: E, gap: G } = HEADLINE_MARKS;
  const out: Segment[] = [];
  let from = 0;
  const fragments = headline.split(G).filter((f) => f.replaceAll(S, '').replaceAll(E, '').trim() !== '');
  let prevEnd = -1;
  for (const [k, fragment] of fragments.entries()) {
    const plain = fragment.replaceAll(S, '').replaceAll(E, '');
    const at = norm.indexOf(plain, from) >= 0 ? norm.indexOf(plain, from) : norm.indexOf(plain);
    if (at < 0) return null;
    from = at + plain.length;
    if (k > 0 && at >= prevEnd && norm.slice(prevEnd, at).trim() === '') {
      // fragments separated by white space only: show the text between, not a gap
      push(out, text.slice(map.spanToSource({ start: prevEnd, end: prevEnd }).start, map.spanToSource({ start: at, end: at }).start), false);
    } else if (k > 0 || at > 0) push(out, GAP, false);
    prevEnd = from;
    // walk the fragment: runs between markers alternate plain and hit
    let pos = at;
    let shown = map.spanToSource({ start: at, end: at }).start;
    let hit = false;
    for (const piece of fragment.split(new RegExp(`([${S}${E}])`, 'u'))) {
      if (piece === S) hit = true;
      else if (piece === E) hit = false;
      else if (piece) {
        // each piece runs on from where the previous one stopped, so nothing of the text is lost
        const end = sourceEnd(map, pos, pos + piece.length);
        push(out, text.slice(shown, end), hit);
        shown = Math.max(shown, end);
        pos += piece.length;
      }
    }
    if (k === fragments.length - 1 && from < norm.length) push(out, GAP, false);
  }
  return out;
}

/** Where normalised positions [a, b) end in the original text (a letter's diacritics included). */
function sourceEnd(map: OffsetMap, a: number, b: number): number {
  return map.spanToSource({ start: a, end: b }).end;
}

/** Appends a segment, merging it with the previous one of the same kind. */
function push(out: Segment[], text: string, hit: boolean): void {
  if (!text) return;
  const last = out.at(-1);
  if (last && last.hit === hit) last.text += text;
  else out.push({ text, hit });
}

/** A snippet without matches: the first `chars` characters of the text, cut at a space. */
export function plainSnippet(text: string, chars: number): Segment[] {
  if (text.length <= chars) return text ? [{ text, hit: false }] : [];
  const cut = text.lastIndexOf(' ', chars);
  return [{ text: text.slice(0, cut > chars / 2 ? cut : chars) + GAP.trimEnd(), hit: false }];
}
