import type { Conflict } from '../http/types.js';
import { h } from '../dom/h.js';
import { t, tOr } from '../i18n/i18n.js';
import { routeHref } from '../router.js';
import { dataText, dateLabel, idText, joined, statusBadge } from './labels.js';

/** One report's value of the disputed field, shown the way that field is shown elsewhere. */
function valueView(kind: string, value: string): HTMLElement {
  if (kind === 'date') return dateLabel(value);
  if (kind === 'status') return statusBadge(value);
  return dataText(value);
}

/**
 * The disagreements of an event: for each field, what each report says, with a link to the
 * report's article named by `sourceName` (its outlet or title), or by its id.
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
        c.subject ? h('span', {}, ' (', c.subject.includes(':') ? h('a', { href: routeHref('entity', c.subject) }, idText(c.subject)) : dataText(c.subject), ')') : null,
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
