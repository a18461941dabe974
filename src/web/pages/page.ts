import { h, replace, type Child } from '../dom/h.js';
import { errorBox, loading } from '../components/feedback.js';
import type { Route } from '../router.js';

/** A page: builds its view from the route; data arrive later into the returned element. */
export type PageView = (route: Route) => HTMLElement;

/**
 * A page section with its heading (the focus target when the route changes) and a body that
 * shows "loading" until `fill` resolves, or the error if it fails. A page left before its data
 * arrive is simply detached: late writes land in an element nobody sees.
 */
export function pageShell(title: string, intro: Child, fill: (body: HTMLElement) => Promise<void>, ...before: Child[]): HTMLElement {
  const body = h('div', { class: 'page-body', 'aria-live': 'polite', 'aria-busy': 'true' }, loading());
  const section = h('section', { class: 'page' }, h('h1', { tabindex: '-1' }, title), intro ? h('p', { class: 'intro' }, intro) : null, ...before, body);
  fill(body)
    .catch((err: unknown) => replace(body, errorBox(err)))
    .finally(() => body.setAttribute('aria-busy', 'false'));
  return section;
}
