import type { Conflict } from '../http/types.js';
import { api } from '../http/client.js';
import { h, replace } from '../dom/h.js';
import { t, tOr } from '../i18n/i18n.js';
import { routeHref } from '../router.js';
import { dataText, dateLabel, idText, joined, statusBadge } from './labels.js';

/** Who a disagreement is about: an entity shown by its id, then by its name once read. */
function subjectView(subject: string): HTMLElement {
  if (!subject.includes(':')) return dataText(subject);
  const link = h('a', { href: routeHref('entity', subject), title: subject }, idText(subject));
  api.entity(subject).then(
    (answer) => replace(link, dataText(answer.entity.name)),
    () => undefined, // the id stays: still a working link
  );
  return link;
}

/** One report's value of the disputed field, shown the way that field is shown elsewhere. */
function valueView(kind: string, value: string): HTMLElement {
  if (kind === 'date') return dateLabel(value);
  if (kind === 'status') return statusBadge(value);
  return dataText(value);
}

/**
 * The disagreements of an event: for each field, what each report says, with a link to the
 * report's article named by `sourceName` (as the page numbers its reports), or by its id.
 */
export function conflictList(conflicts: readonly Conflict[], sourceName: (doc: string) => string | null = () => null): HTMLElement {
  return h(
    'ul',
    { class: 'conflict-list' },
    ...conflicts.map((c) =>
      h(
        'li',
        {},
        h('strong', {}, tOr(`conflict.${c.kind}`, c.kind)),
        c.subject ? h('span', {}, ' (', subjectView(c.subject), ')') : null,
        ': ',
        joined(
          'conflict-values',
          c.values.map((v) => h('span', { class: 'conflict-value' }, valueView(c.kind, v.value), ' ', '(', h('a', { href: routeHref('document', v.doc), class: 'conflict-source', title: v.doc }, sourceName(v.doc) ? dataText(sourceName(v.doc)!) : idText(v.doc)), ')')),
        ),
      ),
    ),
  );
}

/** The timeline's short marker: which fields the sources disagree on. */
export function conflictMarker(conflicts: readonly Conflict[]): HTMLElement | null {
  if (!conflicts.length) return null;
  const kinds = [...new Set(conflicts.map((c) => tOr(`conflict.${c.kind}`, c.kind)))];
  return h('span', { class: 'conflicts' }, '⚠ ', t('timeline.conflicts'), ': ', kinds.join(t('common.listSeparator')));
}
