import { api, apiUrl } from '../http/client.js';
import type { TimelineItem } from '../http/types.js';
import { h, replace } from '../dom/h.js';
import { filterForm, filterQuery, type FilterField } from '../components/filter-form.js';
import { conflictMarker } from '../components/conflicts.js';
import { countryLinks, dataText, dateLabel, entityLinks, eventLinks, statusBadge, typeLabel } from '../components/labels.js';
import { offsetOf, pagedResults } from '../components/pager.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { UI_SETTINGS } from '../ui-settings.js';
import { pageShell } from './page.js';

const FIELDS: readonly FilterField[] = ['country', 'with', 'actor', 'type', 'status', 'from', 'to'];

/** One event of the timeline: when, what, who, how many reports, and its plans and outcomes. */
function timelineItem(item: TimelineItem): HTMLElement {
  const links =
    item.links.plans.length || item.links.outcomes.length
      ? h(
          'p',
          { class: 'item-links' },
          item.links.plans.length ? h('span', {}, t('links.plans'), ': ', eventLinks(item.links.plans, 'plan')) : null,
          item.links.plans.length && item.links.outcomes.length ? ' · ' : null,
          item.links.outcomes.length ? h('span', {}, t('links.outcomes'), ': ', eventLinks(item.links.outcomes, 'outcome')) : null,
        )
      : null;
  return h(
    'li',
    { class: `timeline-item status-${item.status}` },
    h(
      'article',
      {},
      h('header', { class: 'item-head' }, dateLabel(item.date?.value), typeLabel(item.type, item.modes), statusBadge(item.status), conflictMarker(item.conflicts)),
      h('h2', { class: 'item-title' }, h('a', { href: routeHref('event', item.cluster) }, dataText(item.title ?? item.cluster, 'span'))),
      h(
        'dl',
        { class: 'item-facts' },
        h('dt', {}, t('timeline.participants')),
        h('dd', {}, entityLinks(item.participants)),
        h('dt', {}, t('timeline.countries')),
        h('dd', {}, countryLinks(item.countries)),
      ),
      h('p', { class: 'item-reports' }, t('timeline.reports', { reports: item.reports, documents: item.documents })),
      links,
    ),
  );
}

/** Links to download the filtered events in the export formats. */
function exportLinks(query: Record<string, string>): HTMLElement {
  const formats = ['csv', 'jsonl', 'plover'] as const;
  return h(
    'p',
    { class: 'export' },
    t('timeline.export'),
    ': ',
    ...formats.flatMap((f, i) => [i ? ' · ' : '', h('a', { href: apiUrl('export', { ...query, format: f }), download: '' }, t(`export.${f}`))]),
  );
}

/** The default page: one line per real-world event, earliest first, with filters. */
export function timelinePage(route: Route): HTMLElement {
  const query = filterQuery(route, FIELDS);
  const offset = offsetOf(route);
  return pageShell(
    t('timeline.title'),
    t('timeline.intro'),
    async (body) => {
      const list = await api.timeline({ ...query, limit: UI_SETTINGS.timelinePageSize, offset });
      replace(body, pagedResults(route, list, t('timeline.total', { total: list.total }), 'timeline', timelineItem), list.items.length ? exportLinks(query) : null);
    },
    filterForm(route, FIELDS),
  );
}
