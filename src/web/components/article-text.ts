import { h } from '../dom/h.js';
import { renderSegments, segmentsOf, type Range } from '../dom/highlight.js';

/**
 * An article's text with the given spans in `<mark>`: text nodes only, so whatever the article
 * says (markup, scripts) is shown as written. The text keeps its own language and direction
 * whatever the interface language is, and its line breaks (CSS `pre-wrap`).
 */
export function articleText(text: string, ranges: readonly Range[], language = 'ar'): HTMLElement {
  return h('div', { class: 'article-text', lang: language, dir: language === 'ar' ? 'rtl' : 'auto' }, renderSegments(segmentsOf(text, ranges)));
}

/** A document date as the API gives it: a string, `{value}`, or nothing. */
export function publishedValue(p: string | { value: string | null } | null | undefined): string | null {
  if (!p) return null;
  return typeof p === 'string' ? p : p.value;
}
