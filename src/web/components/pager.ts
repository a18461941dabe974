import type { List } from '../http/types.js';
import { frag, h } from '../dom/h.js';
import { emptyNote } from './feedback.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';

/** Previous and next links for a list answer, keeping the route's other parameters. */
export function pager(route: Route, total: number, limit: number, offset: number): HTMLElement | null {
  if (total <= limit && offset === 0) return null;
  const at = (o: number): string => {
    const p = new URLSearchParams(route.params);
    if (o > 0) p.set('offset', String(o));
    else p.delete('offset');
    return routeHref(route.page, route.id, p);
  };
  const from = total ? offset + 1 : 0;
  const to = Math.min(total, offset + limit);
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('common.pages') },
    offset > 0 ? h('a', { href: at(Math.max(0, offset - limit)), rel: 'prev' }, t('common.previous')) : null,
    h('span', { class: 'range' }, t('common.range', { from, to, total })),
    offset + limit < total ? h('a', { href: at(offset + limit), rel: 'next' }, t('common.next')) : null,
  );
}

/** The offset a route asks for (0 when absent or not a whole number). */
export function offsetOf(route: Route): number {
  const n = Number(route.params.get('offset') ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** A page of a list answer: the total (announced), the items as an ordered list, and the pager. */
export function pagedResults<T>(route: Route, list: List<T>, total: string, listClass: string, item: (x: T) => HTMLElement): DocumentFragment {
  return frag(
    h('p', { class: 'total', role: 'status' }, total),
    list.items.length ? h('ol', { class: listClass }, ...list.items.map(item)) : emptyNote(),
    pager(route, list.total, list.limit, list.offset),
  );
}
