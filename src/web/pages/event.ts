import { api } from '../http/client.js';
import type { ClusterAnswer, DocumentAnswer } from '../http/types.js';
import { h, replace, safeExternalUrl } from '../dom/h.js';
import { articleText, publishedValue } from '../components/article-text.js';
import { conflictList } from '../components/conflicts.js';
import { errorBox } from '../components/feedback.js';
import { countryLinks, dataText, dateLabel, entityLinks, eventLinks, idText, statusBadge, typeLabel } from '../components/labels.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { UI_SETTINGS } from '../ui-settings.js';
import { pageShell } from './page.js';

type Report = ClusterAnswer['reports'][number];

/** A report: its outlet, dates, title, how it tells the event, and its article with the evidence in `<mark>`. */
function reportView(report: Report, n: number, doc: Promise<DocumentAnswer> | null): HTMLElement {
  const d = report.document;
  const e = report.event;
  const url = safeExternalUrl(d.url);
  const textBox = h('div', { class: 'report-text' }, doc ? null : h('p', { class: 'note' }, t('event.textNotLoaded')));
  const participants = h('dd', {}, entityLinks(e.participants.map((p) => ({ id: p.entity, name: p.entity }))));
  if (doc) {
    doc.then(
      (answer) => {
        const names = new Map(answer.document.entities.map((x) => [x.id, x.name]));
        replace(participants, entityLinks(e.participants.map((p) => ({ id: p.entity, name: names.get(p.entity) ?? p.entity }))));
        const ranges = report.evidence.length ? report.evidence : e.evidence;
        replace(
          textBox,
          h('details', { open: true }, h('summary', {}, t('event.articleText')), articleText(answer.document.text, ranges, answer.document.language)),
        );
      },
      (err: unknown) => replace(textBox, errorBox(err)),
    );
  }
  return h(
    'li',
    { class: 'report' },
    h(
      'article',
      {},
      h('h3', {}, d.outlet ? t('event.reportOf', { n, outlet: d.outlet }) : t('event.report', { n })),
      h('p', { class: 'report-title' }, dataText(d.title ?? d.id, 'span')),
      h(
        'p',
        { class: 'report-meta' },
        t('event.published'),
        ': ',
        dateLabel(publishedValue(d.published)),
        ' · ',
        h('a', { href: routeHref('document', d.id) }, t('event.openDocument')),
        url ? ' · ' : null,
        url ? h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' }, t('event.openOriginal')) : null,
      ),
      h(
        'dl',
        { class: 'report-facts' },
        h('dt', {}, t('event.status')),
        h('dd', {}, statusBadge(e.status), ' ', dateLabel(e.date.value)),
        h('dt', {}, t('event.participants')),
        participants,
        e.location ? h('dt', {}, t('event.place')) : null,
        e.location ? h('dd', {}, dataText(e.location.name)) : null,
      ),
      h('h4', {}, t('event.evidence')),
      ...(report.evidence.length ? report.evidence : e.evidence).map((ev) => h('blockquote', { class: 'evidence', lang: 'ar', dir: 'rtl' }, ev.text)),
      textBox,
    ),
  );
}

/** The event (cluster) page: the facts, where sources disagree, plans and outcomes, and every report. */
export function eventPage(route: Route): HTMLElement {
  const id = route.id ?? '';
  return pageShell(t('event.title'), null, async (body, retitle) => {
    const answer = await api.cluster(id);
    const c = answer.cluster;
    const date = c.date && typeof c.date === 'object' ? c.date.value : c.date;
    if (c.summary) retitle(c.summary);
    // one request per document, however many of its events are reports of this one
    const docs = new Map<string, Promise<DocumentAnswer>>();
    const docOf = (docId: string): Promise<DocumentAnswer> | null => {
      if (!docs.has(docId) && docs.size >= UI_SETTINGS.maxArticlesOnEventPage) return null;
      if (!docs.has(docId)) docs.set(docId, api.document(docId));
      return docs.get(docId)!;
    };
    const countries = [...new Set(answer.reports.flatMap((r) => r.event.countries))];
    // a disagreement names each source as the report list below numbers it
    const firstReport = new Map<string, number>();
    answer.reports.forEach((r, i) => firstReport.set(r.document.id, firstReport.get(r.document.id) ?? i + 1));
    const sourceName = (doc: string): string | null => (firstReport.has(doc) ? t('event.report', { n: firstReport.get(doc)! }) : null);
    const modes = [...new Set(answer.reports.map((r) => r.event.mode))];
    replace(
      body,
      h(
        'section',
        { class: 'facts', 'aria-labelledby': 'facts-h' },
        h('h2', { id: 'facts-h' }, t('event.facts')),
        h(
          'dl',
          {},
          h('dt', {}, t('event.type')),
          h('dd', {}, typeLabel(c.type, modes)),
          h('dt', {}, t('event.status')),
          h('dd', {}, statusBadge(c.status)),
          h('dt', {}, t('event.date')),
          h('dd', {}, dateLabel(date)),
          h('dt', {}, t('timeline.countries')),
          h('dd', {}, countryLinks(countries)),
          h('dt', {}, t('event.cluster')),
          h('dd', {}, h('code', {}, idText(c.id))),
        ),
      ),
      h(
        'section',
        { class: 'conflicts-list', 'aria-labelledby': 'conflicts-h' },
        h('h2', { id: 'conflicts-h' }, t('event.conflicts')),
        c.conflicts.length ? conflictList(c.conflicts, sourceName) : h('p', {}, t('event.noConflicts')),
      ),
      h(
        'section',
        { class: 'event-links', 'aria-labelledby': 'links-h' },
        h('h2', { id: 'links-h' }, t('event.links')),
        answer.links.plans.length || answer.links.outcomes.length
          ? h(
              'dl',
              {},
              answer.links.plans.length ? h('dt', {}, t('links.plans')) : null,
              answer.links.plans.length ? h('dd', {}, eventLinks(answer.links.plans, 'plan')) : null,
              answer.links.outcomes.length ? h('dt', {}, t('links.outcomes')) : null,
              answer.links.outcomes.length ? h('dd', {}, eventLinks(answer.links.outcomes, 'outcome')) : null,
            )
          : h('p', {}, t('event.noLinks')),
      ),
      h(
        'section',
        { class: 'reports', 'aria-labelledby': 'reports-h' },
        h('h2', { id: 'reports-h' }, t('event.reports', { n: answer.reports.length })),
        h('ol', { class: 'report-list' }, ...answer.reports.map((r, i) => reportView(r, i + 1, docOf(r.document.id)))),
      ),
    );
  });
}
