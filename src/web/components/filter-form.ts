import { api } from '../http/client.js';
import { frag, h, type Child } from '../dom/h.js';
import { t, tOr } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { UI_SETTINGS } from '../ui-settings.js';

/** The filters a page can offer; each maps to the API parameter of the same name. */
export type FilterField = 'q' | 'country' | 'with' | 'actor' | 'type' | 'status' | 'from' | 'to' | 'min';

/** PLOVER types the pipeline assigns (src/lang/ar/events), offered in the type filter. */
const TYPES = ['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'STATEMENT'];
const STATUSES = ['occurred', 'planned', 'possible', 'denied'];

/** The date hint: words from the catalogue, then the examples kept left to right in either language. */
const dateHint = (): DocumentFragment => frag(t('filters.dateHint'), ' ', h('span', { dir: 'ltr', class: 'examples' }, '2020 · 2020-09 · 2020-09-30'));

let actorOptions: Promise<HTMLDataListElement> | null = null;

/** Actor suggestions (value: the entity id, label: its name), loaded once per visit. */
function actorList(): Promise<HTMLDataListElement> {
  actorOptions ??= api
    .entities({ limit: UI_SETTINGS.actorSuggestions })
    .then((list) => h('datalist', { id: 'actor-options' }, ...list.items.map((e) => h('option', { value: e.id, label: e.name }))))
    .catch(() => h('datalist', { id: 'actor-options' }));
  return actorOptions;
}

function field(name: FilterField, label: string, control: HTMLElement, hint?: Child): HTMLElement {
  const hintId = hint ? `hint-${name}` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: `field field-${name}` }, h('label', { for: `f-${name}` }, label), control, hint ? h('small', { id: hintId, class: 'hint' }, hint) : null);
}

function select(name: FilterField, values: readonly string[], labelOf: (v: string) => string, current: string): HTMLSelectElement {
  return h(
    'select',
    { id: `f-${name}`, name },
    h('option', { value: '' }, t('filters.any')),
    ...values.map((v) => h('option', { value: v, selected: v === current }, labelOf(v))),
  );
}

function input(name: FilterField, current: string, extra: Record<string, string> = {}): HTMLInputElement {
  return h('input', { id: `f-${name}`, name, value: current, type: 'text', autocomplete: 'off', ...extra });
}

/**
 * A filter form for a list page: submitting it changes the route (so the filtered view is a
 * link), and the page renders from the route.
 */
export function filterForm(route: Route, fields: readonly FilterField[]): HTMLFormElement {
  const p = (k: FilterField): string => route.params.get(k) ?? '';
  const controls: Record<FilterField, () => HTMLElement> = {
    q: () => field('q', t('filters.query'), input('q', p('q'), { type: 'search', dir: 'auto' })),
    country: () => field('country', t('filters.country'), input('country', p('country'), { maxlength: '2', pattern: '[A-Za-z]{2}', dir: 'ltr' }), t('filters.countryHint')),
    with: () => field('with', t('filters.with'), input('with', p('with'), { dir: 'ltr' }), t('filters.withHint')),
    actor: () => {
      const control = input('actor', p('actor'), { list: 'actor-options', dir: 'ltr' });
      const wrap = field('actor', t('filters.actor'), control, t('filters.actorHint'));
      void actorList().then((dl) => wrap.append(dl));
      return wrap;
    },
    type: () => field('type', t('filters.type'), select('type', TYPES, (v) => tOr(`type.${v}`, v), p('type'))),
    status: () => field('status', t('filters.status'), select('status', STATUSES, (v) => tOr(`status.${v}`, v), p('status'))),
    from: () => field('from', t('filters.from'), input('from', p('from'), { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', dir: 'ltr', placeholder: '2020' }), dateHint()),
    to: () => field('to', t('filters.to'), input('to', p('to'), { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', dir: 'ltr', placeholder: '2025-12' })),
    min: () => field('min', t('filters.minWeight'), input('min', p('min') || String(UI_SETTINGS.graphMinWeight), { type: 'number', min: '1', step: '1', dir: 'ltr' })),
  };
  const active = fields.some((f) => f !== 'min' && route.params.get(f));
  // on a phone the form would push the results off the first screen: folded unless in use
  const folded = !active && typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches;
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters.legend') },
    h(
      'details',
      { open: !folded },
      h('summary', {}, t('filters.legend')),
      h('div', { class: 'fields' }, ...fields.map((f) => controls[f]())),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('filters.apply')), h('a', { href: routeHref(route.page), class: 'clear' }, t('filters.clear'))),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const values: Record<string, string> = {};
    for (const f of fields) {
      let v = String(data.get(f) ?? '').trim();
      if (f === 'country' || (f === 'with' && /^[a-z]{2}$/i.test(v)) || f === 'type') v = v.toUpperCase();
      values[f] = v;
    }
    location.hash = routeHref(route.page, null, values);
  });
  return form;
}

/** The route's filters as API parameters (the page's own, plus paging). */
export function filterQuery(route: Route, fields: readonly FilterField[]): Record<string, string> {
  const q: Record<string, string> = {};
  for (const f of fields) {
    const v = route.params.get(f);
    if (v) q[f] = v;
  }
  return q;
}
