import { api } from '../http/client.js';
import type { EntityRole } from '../http/types.js';
import { h, replace } from '../dom/h.js';
import { publishedValue } from '../components/article-text.js';
import { eventList } from '../components/event-list.js';
import { emptyNote } from '../components/feedback.js';
import { countryName, dataText, dateLabel, idText } from '../components/labels.js';
import { t, tOr } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { pageShell } from './page.js';

function rolesTable(roles: readonly EntityRole[]): HTMLElement {
  // dated roles in time order, then the undated ones
  const sorted = [...roles].sort((a, b) => (a.date ? 0 : 1) - (b.date ? 0 : 1) || (a.date ?? '').localeCompare(b.date ?? ''));
  return h(
    'table',
    { class: 'roles' },
    h(
      'thead',
      {},
      h('tr', {}, ...(['entity.roleDate', 'entity.roleTitle', 'entity.roleOrg', 'entity.roleCountry', 'entity.roleSource'] as const).map((k) => h('th', { scope: 'col' }, t(k)))),
    ),
    h(
      'tbody',
      {},
      ...sorted.map((r) =>
        h(
          'tr',
          {},
          h('td', {}, dateLabel(r.date)),
          h('td', {}, dataText(r.title)),
          h('td', {}, r.org ? (r.org.includes(':') ? h('a', { href: routeHref('entity', r.org) }, idText(r.org)) : dataText(r.org)) : t('common.none')),
          h('td', {}, r.country ? countryName(r.country) : t('common.none')),
          h('td', {}, h('a', { href: routeHref('document', r.doc) }, idText(r.doc))),
        ),
      ),
    ),
  );
}

/** An entity: its names, roles over time, events and the articles that name it. */
export function entityPage(route: Route): HTMLElement {
  const id = route.id ?? '';
  return pageShell(t('entity.title'), null, async (body, retitle) => {
    const answer = await api.entity(id);
    const e = answer.entity;
    retitle(e.name);
    const aliases = [...new Set([...(answer.aliases ?? []), ...(e.aliases ?? [])])].filter((a) => a !== e.name);
    replace(
      body,
      h(
        'dl',
        { class: 'entity-facts' },
        h('dt', {}, t('entity.title')),
        h('dd', {}, tOr(`entity.type.${e.type}`, e.type), ' ', h('code', {}, idText(e.id))),
        e.name_en ? h('dt', {}, t('entity.nameEn')) : null,
        e.name_en ? h('dd', { lang: 'en', dir: 'ltr' }, e.name_en) : null,
        e.country ? h('dt', {}, t('entity.country')) : null,
        e.country ? h('dd', {}, h('a', { href: routeHref('timeline', null, { country: e.country }) }, countryName(e.country))) : null,
      ),
      h('p', {}, h('a', { href: routeHref('timeline', null, { actor: e.id }) }, t('entity.timeline'))),
      h('h2', {}, t('entity.aliases')),
      aliases.length ? h('ul', { class: 'aliases' }, ...aliases.map((a) => h('li', {}, dataText(a)))) : emptyNote(t('entity.noAliases')),
      h('h2', {}, t('entity.roles')),
      answer.roles.length ? rolesTable(answer.roles) : emptyNote(t('entity.noRoles')),
      h('h2', {}, t('entity.events', { n: answer.events.length })),
      answer.events.length ? eventList(answer.events) : emptyNote(),
      h('h2', {}, t('entity.documents', { n: answer.documents.length })),
      h(
        'ul',
        { class: 'documents' },
        ...answer.documents.map((d) =>
          h('li', {}, h('a', { href: routeHref('document', d.id) }, dataText(d.title ?? d.id)), ' — ', d.outlet ? dataText(d.outlet) : null, ' ', dateLabel(publishedValue(d.published))),
        ),
      ),
    );
  });
}
