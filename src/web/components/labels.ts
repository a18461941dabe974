import { h, type Child } from '../dom/h.js';
import { formatReading, machineDate, readTimex, type DateReading } from '../dates.js';
import { locale, t, tOr } from '../i18n/i18n.js';
import { routeHref } from '../router.js';

function readingText(r: DateReading, raw: string): string {
  if (r.precision === 'range' && r.from && r.to) {
    const [a = '', b = ''] = raw.split('/', 2);
    return `${formatReading(r.from, locale()) ?? a} – ${formatReading(r.to, locale()) ?? b}`;
  }
  return formatReading(r, locale()) ?? raw;
}

/**
 * A date at the precision it was written: the words, then the precision, the TIMEX3 value in
 * the tooltip. `null` reads "undated".
 */
export function dateLabel(value: string | null | undefined): HTMLElement {
  if (!value) return h('span', { class: 'date date-none' }, t('date.undated'));
  const r = readTimex(value);
  const precision = t(`precision.${r.precision}` as const);
  return h(
    'span',
    { class: `date date-${r.precision}` },
    h('time', { datetime: machineDate(value), title: value }, readingText(r, value)),
    ' ',
    h('span', { class: 'precision', title: t('date.precisionLabel', { precision }) }, `(${precision})`),
  );
}

/** The status as a coloured badge; the colour is never the only cue (the word is there). */
export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${/^[a-z]+$/.test(status) ? status : 'other'}` }, tOr(`status.${status}`, status));
}

/** The type with its modes, e.g. "Consultation · visit". */
export function typeLabel(type: string, modes: readonly (string | null)[]): HTMLElement {
  const words = [tOr(`type.${type}`, type), ...modes.filter((m): m is string => !!m).map((m) => tOr(`mode.${m}`, m))];
  return h('span', { class: 'type', title: type }, words.join(' · '));
}

let regionNames: { locale: string; names: Intl.DisplayNames | null } | null = null;

/** A country's name in the interface language, from the platform's data; the code otherwise. */
export function countryName(code: string): string {
  if (regionNames?.locale !== locale()) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale()], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames = { locale: locale(), names };
  }
  try {
    return (/^[A-Z]{2}$/.test(code) && regionNames.names?.of(code)) || code;
  } catch {
    return code;
  }
}

/** Country names, each linking to the timeline of that country. */
export function countryLinks(codes: readonly string[]): HTMLElement {
  return joined(
    'countries',
    codes.map((c) => h('a', { href: routeHref('timeline', null, { country: c }), title: c }, countryName(c))),
  );
}

/** A name from the data: isolated so that its direction does not disturb the sentence round it. */
export function dataText(text: string, tag: 'bdi' | 'span' = 'bdi'): HTMLElement {
  return h(tag, { dir: 'auto' }, text);
}

/** An identifier (document, entity, event): left to right in either language, isolated from the text round it. */
export function idText(id: string): HTMLElement {
  return h('bdi', { dir: 'ltr', class: 'id' }, id);
}

/** Entity links, e.g. the participants of an event. */
export function entityLinks(people: readonly { id: string; name: string }[]): HTMLElement {
  return joined(
    'participants',
    people.map((p) => h('a', { href: routeHref('entity', p.id) }, dataText(p.name))),
  );
}

/** Items joined by the language's list separator, in a span of the given class. */
export function joined(cls: string, items: readonly Child[]): HTMLElement {
  const out: Child[] = [];
  items.forEach((item, i) => {
    if (i) out.push(t('common.listSeparator'));
    out.push(item);
  });
  return h('span', { class: cls }, ...(out.length ? out : [t('common.none')]));
}

/** Links to other events (plans or outcomes), numbered. */
export function eventLinks(ids: readonly string[], kind: 'plan' | 'outcome'): HTMLElement {
  return joined(
    `links links-${kind}`,
    ids.map((id, i) => h('a', { href: routeHref('event', id), title: id }, t(kind === 'plan' ? 'links.plan' : 'links.outcome', { n: i + 1 }))),
  );
}
