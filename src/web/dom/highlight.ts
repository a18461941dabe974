import { h, frag } from './h.js';

/** A stretch of text, highlighted or not. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** A span to highlight, as UTF-16 offsets into the text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Cuts `text` into plain and highlighted segments at the given offsets. Ranges are clipped to
 * the text, overlapping or touching ranges merge (two evidence sentences of one report may
 * overlap), and empty ranges are dropped, so the segments always join back to `text`.
 *
 * Example: `segmentsOf('abcdef', [{start: 1, end: 3}])` → `[{text: 'a', hit: false}, {text: 'bc', hit: true}, {text: 'def', hit: false}]`
 */
export function segmentsOf(text: string, ranges: readonly Range[]): Segment[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of clipped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), hit: false });
    out.push({ text: text.slice(r.start, r.end), hit: true });
    at = r.end;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** Segments as text nodes, the hits wrapped in `<mark>`; nothing is parsed as markup. */
export function renderSegments(segments: readonly Segment[], markClass?: string): DocumentFragment {
  return frag(...segments.map((seg) => (seg.hit ? h('mark', markClass ? { class: markClass } : {}, seg.text) : seg.text)));
}
