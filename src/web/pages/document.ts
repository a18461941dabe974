import { api } from '../http/client.js';
import { h, replace, safeExternalUrl } from '../dom/h.js';
import { articleText } from '../components/article-text.js';
import { eventList } from '../components/event-list.js';
import { emptyNote } from '../components/feedback.js';
import { dataText, dateLabel } from '../components/labels.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { pageShell } from './page.js';

/** A stored article: its metadata, its events, and its text with their evidence in `<mark>`. */
export function documentPage(route: Route): HTMLElement {
  const id = route.id ?? '';
  return pageShell(t('document.title'), null, async (body, retitle) => {
    const { document: d, spans } = await api.document(id);
    if (d.title) retitle(d.title);
    const events = d.events.map((e) => ({ ...e, doc: d.id }));
    const evidence = spans.event_evidence ?? events.flatMap((e) => e.evidence);
    const url = safeExternalUrl(d.url);
    replace(
      body,
      h(
        'p',
        { class: 'report-meta' },
        d.outlet ? dataText(d.outlet) : null,
        d.outlet ? ' · ' : null,
        dateLabel(d.published.value),
        url ? ' · ' : null,
        url ? h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' }, t('event.openOriginal')) : null,
        d.segment_of ? ' · ' : null,
        d.segment_of ? h('a', { href: routeHref('document', d.segment_of) }, t('document.segmentOf', { id: d.segment_of })) : null,
      ),
      h('h2', {}, t('document.events', { n: events.length })),
      events.length ? eventList(events) : emptyNote(t('document.noEvents')),
      h('h2', {}, t('document.text')),
      h('p', { class: 'hint' }, t('document.highlightLegend')),
      articleText(d.text, evidence, d.language),
    );
  });
}
