import { OffsetMapBuilder, type OffsetMap } from '../core/offset-map.js';
import type { Span } from '../core/span.js';
import type { PositionedText } from './html-text.js';

/** Paragraphs joined one per line, with a map from every character to the raw page. */
export interface AlignedText {
  text: string;
  /** text positions → raw HTML positions */
  map: OffsetMap;
  /** one span per paragraph, into `text` */
  paragraphs: Span[];
  /** characters that could not be found in the page and map to no raw position of their own */
  unmapped: number;
}

const isSpace = (c: number): boolean => c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

const SPACES = /[\u0000-\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** The page text without white space, and for each of its characters the position in the page text. */
function squeeze(text: string): { chars: string; at: Int32Array } {
  const chars = text.replace(SPACES, '');
  const at = new Int32Array(chars.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) at[n++] = i;
  return { chars, at };
}

/**
 * Finds each paragraph in the page's positioned text, in order, ignoring differences of white
 * space, and builds the paragraphs' text (one per line) with a map to the raw HTML. A paragraph
 * not found whole is aligned word by word; words not found at all stay in the text as inserted
 * characters, mapped to the nearest aligned position, so nothing is dropped.
 */
export function alignParagraphs(paragraphs: readonly string[], page: PositionedText, wordWindow: number): AlignedText {
  const sq = squeeze(page.text);
  const b = new OffsetMapBuilder();
  const spans: Span[] = [];
  let text = '';
  let cursor = 0; // in squeezed characters
  let unmapped = 0;

  /** Appends `piece` (no white space) found at squeezed position `k`, or inserted when k < 0. */
  const emit = (piece: string, k: number): void => {
    if (k < 0) {
      b.insert(piece.length);
      unmapped += piece.length;
    } else {
      // squeezed characters are consecutive in the page text only within a word
      let start = 0;
      for (let j = 1; j <= piece.length; j++) {
        if (j === piece.length || sq.at[k + j]! !== sq.at[k + j - 1]! + 1) {
          b.copy(sq.at[k + start]!, j - start);
          start = j;
        }
      }
    }
    text += piece;
  };

  for (const para of paragraphs) {
    const words = para.split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    if (text) {
      text += '\n';
      b.insert(1);
    }
    const start = text.length;
    const whole = words.join('');
    let k = sq.chars.indexOf(whole, cursor);
    if (k < 0) k = sq.chars.indexOf(whole);
    if (k >= 0) {
      let at = k;
      words.forEach((w, i) => {
        if (i > 0) {
          // keep the page's own single space when there is one, else insert it
          const prev = sq.at[at - 1]!;
          const next = sq.at[at]!;
          if (next - prev === 2 && page.text[prev + 1] === ' ') b.copy(prev + 1, 1);
          else b.insert(1);
          text += ' ';
        }
        emit(w, at);
        at += w.length;
      });
      cursor = k + whole.length;
    } else {
      // anchor on the paragraph's first words wherever they are next, then follow word by word
      const anchor = sq.chars.indexOf(words.slice(0, 3).join(''), cursor);
      if (anchor >= 0) cursor = anchor;
      words.forEach((w, i) => {
        if (i > 0) {
          text += ' ';
          b.insert(1);
        }
        const found = sq.chars.indexOf(w, cursor);
        if (found >= 0 && found - cursor <= wordWindow) {
          emit(w, found);
          cursor = found + w.length;
        } else emit(w, -1);
      });
    }
    spans.push({ start, end: text.length });
  }
  return { text, map: b.build(page.text.length).compose(page.map), paragraphs: spans, unmapped };
}
