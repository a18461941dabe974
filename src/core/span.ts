/** A half-open range of UTF-16 code units `[start, end)` into a document's clean `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span with its surface text, as every annotation is shown to users and in records. */
export interface TextSpan extends Span {
  text: string;
}

/** The surface text of a span, e.g. `spanText('abc', {start: 1, end: 3})` → `'bc'`. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** A TextSpan cut from `text`, e.g. `textSpan('abc', 1, 3)` → `{start: 1, end: 3, text: 'bc'}`. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** True when two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
