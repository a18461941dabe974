import { api } from '../http/client.js';
import type { SearchHit } from '../http/types.js';
import { h, replace } from '../dom/h.js';
import { publishedValue } from '../components/article-text.js';
import { filterForm, filterQuery, type FilterField } from '../components/filter-form.js';
import { emptyNote } from '../components/feedback.js';
import { dataText, dateLabel, statusBadge, typeLabel } from '../components/labels.js';
import { offsetOf, pagedResults } from '../components/pager.js';
import { renderSegments } from '../dom/highlight.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { UI_SETTINGS } from '../ui-settings.js';
import { pageShell } from './page.js';

const FIELDS: readonly FilterField[] = ['q', 'country', 'with', 'actor', 'type', 'status', 'from', 'to'];

/** One result: kind, title, outlet and date, the snippet with its hits in `<mark>`. */
function hitView(hit: SearchHit): HTMLElement {
  const target = hit.event?.cluster ? routeHref('event', hit.event.cluster) : routeHref('document', hit.doc);
  return h(
    'li',
    { class: `hit hit-${hit.kind}` },
    h(
      'article',
      {},
      h(
        'header',
        { class: 'item-head' },
        h('span', { class: 'kind' }, t(hit.kind === 'evidence' ? 'search.kind.evidence' : 'search.kind.document')),
        hit.event ? typeLabel(hit.event.type, []) : null,
        hit.event ? statusBadge(hit.event.status) : null,
        dateLabel(publishedValue(hit.published)),
        hit.outlet ? dataText(hit.outlet) : null,
      ),
      h('h2', { class: 'item-title' }, h('a', { href: target }, dataText(hit.title ?? hit.doc, 'span'))),
      h('p', { class: 'snippet', dir: 'auto' }, renderSegments(hit.snippet)),
      hit.event?.cluster ? h('p', {}, h('a', { href: routeHref('document', hit.doc) }, t('search.openDocument'))) : null,
    ),
  );
}

/** Search over articles and event evidence, with the timeline's filters. */
export function searchPage(route: Route): HTMLElement {
  const query = filterQuery(route, FIELDS);
  const offset = offsetOf(route);
  return pageShell(
    t('search.title'),
    t('search.intro'),
    async (body) => {
      if (!query.q) return replace(body, emptyNote(t('search.needQuery')));
      const list = await api.search({ ...query, limit: UI_SETTINGS.searchPageSize, offset });
      replace(body, pagedResults(route, list, t('search.total', { total: list.total }), 'hits', hitView));
    },
    filterForm(route, FIELDS),
  );
}
