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
export function pageShell(title: string, intro: Child, fill: (body: HTMLElement, retitle: (name: string) => void) => Promise<void>, ...before: Child[]): HTMLElement {
  const body = h('div', { class: 'page-body', 'aria-live': 'polite', 'aria-busy': 'true' }, loading());
  const heading = h('h1', { tabindex: '-1' }, title);
  const section = h('section', { class: 'page' }, heading, intro ? h('p', { class: 'intro' }, intro) : null, ...before, body);
  // the name of what the page shows (an event's summary, a person's name) once it is known
  const retitle = (name: string): void => {
    replace(heading, h('span', { dir: 'auto' }, name));
    if (section.isConnected) document.title = document.title.replace(/^[^·]*·/, `${name} ·`);
  };
  fill(body, retitle)
    .catch((err: unknown) => replace(body, errorBox(err)))
    .finally(() => body.setAttribute('aria-busy', 'false'));
  return section;
}
