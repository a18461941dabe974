import type { StoredEvent } from '../http/types.js';
import { h } from '../dom/h.js';
import { countryLinks, dataText, dateLabel, statusBadge, typeLabel } from './labels.js';
import { routeHref } from '../router.js';

/**
 * Event mentions as a list: date, type, status, countries and the first evidence sentence,
 * each linking to its event page (the cluster) when it has one.
 */
export function eventList(events: readonly StoredEvent[]): HTMLElement {
  return h(
    'ul',
    { class: 'event-list' },
    ...events.map((e) => {
      const text = e.evidence[0]?.text ?? e.id;
      return h(
        'li',
        {},
        h('span', { class: 'item-head' }, dateLabel(e.date.value), typeLabel(e.type, [e.mode]), statusBadge(e.status), countryLinks(e.countries)),
        h('p', { class: 'event-evidence' }, e.cluster ? h('a', { href: routeHref('event', e.cluster) }, dataText(text, 'span')) : dataText(text, 'span')),
      );
    }),
  );
}
