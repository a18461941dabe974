/**
 * Hash routes: `#/timeline?country=DZ&with=US`, `#/event/ID`. The hash keeps every view a
 * link the analyst can bookmark or share, and needs nothing from the server but `index.html`.
 */

/** The pages of the app. */
export const PAGES = ['timeline', 'event', 'entity', 'document', 'graph', 'search', 'add'] as const;
export type Page = (typeof PAGES)[number];

/** A parsed route: the page, its id (event, entity, document) and its query. */
export interface Route {
  page: Page;
  id: string | null;
  params: URLSearchParams;
}

const PAGES_WITH_ID: ReadonlySet<Page> = new Set(['event', 'entity', 'document']);

/**
 * Parses a location hash; anything unknown is the timeline, the default page.
 *
 * Example: `parseRoute('#/event/ev%3Aa%3Ae1')` → `{page: 'event', id: 'ev:a:e1', params: …}`
 */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q >= 0 ? body.slice(0, q) : body;
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const [name, ...rest] = path.split('/');
  const page = (PAGES as readonly string[]).includes(name ?? '') ? (name as Page) : 'timeline';
  let id: string | null = null;
  if (PAGES_WITH_ID.has(page)) {
    try {
      id = rest.length ? decodeURIComponent(rest.join('/')) : null;
    } catch {
      id = null;
    }
    if (!id) return { page: 'timeline', id: null, params: new URLSearchParams() };
  }
  return { page, id, params };
}

/**
 * The hash of a route; empty parameters are left out so links stay short.
 *
 * Example: `routeHref('timeline', null, {country: 'DZ', with: ''})` → `'#/timeline?country=DZ'`
 */
export function routeHref(page: Page, id: string | null = null, params: Record<string, string | undefined | null> | URLSearchParams = {}): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const qs = query.toString();
  return `#/${page}${id !== null ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}
