/**
 * The analyst's workbench: a single page that renders from the location hash. The shell (header,
 * navigation, language switch) and the page are rebuilt from the message catalogues on every
 * route change and language switch, so nothing keeps a string of the previous language.
 */
import { h, replace } from './dom/h.js';
import { errorBox } from './components/feedback.js';
import { loadCatalogues, otherLang, savedLang, setLang, t, tIn } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages-en.js';
import { addPage } from './pages/add.js';
import { documentPage } from './pages/document.js';
import { entityPage } from './pages/entity.js';
import { eventPage } from './pages/event.js';
import { graphPage } from './pages/graph.js';
import type { PageView } from './pages/page.js';
import { searchPage } from './pages/search.js';
import { timelinePage } from './pages/timeline.js';
import { parseRoute, routeHref, type Page } from './router.js';

const VIEWS: Record<Page, PageView> = {
  timeline: timelinePage,
  event: eventPage,
  entity: entityPage,
  document: documentPage,
  graph: graphPage,
  search: searchPage,
  add: addPage,
};

/** The navigation entries; the event, entity and document pages are reached from them. */
const NAV: readonly [Page, MessageKey][] = [
  ['timeline', 'nav.timeline'],
  ['graph', 'nav.graph'],
  ['search', 'nav.search'],
  ['add', 'nav.add'],
];

/** The navigation entry a page belongs to, marked as current; pages reached from anywhere have none. */
const SECTION_OF: Partial<Record<Page, Page>> = { timeline: 'timeline', event: 'timeline', graph: 'graph', search: 'search', add: 'add' };

function header(active: Page): HTMLElement {
  const main = (): HTMLElement | null => document.getElementById('main');
  const skip = h('a', { class: 'skip', href: '#main' }, t('nav.skip'));
  // the hash is the route, so the skip link moves focus itself instead of changing the hash
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    main()?.focus();
  });
  const target = otherLang();
  const name = tIn(target, 'lang.name');
  const switcher = h('button', { type: 'button', class: 'lang-switch', lang: target, 'aria-label': t('lang.switchTo', { name }), 'data-lang': target }, name);
  switcher.addEventListener('click', () => {
    setLang(target);
    render();
    // the button was rebuilt in the other language: keep the keyboard where it was
    document.querySelector<HTMLButtonElement>('.lang-switch')?.focus();
  });
  return h(
    'header',
    { class: 'site-header' },
    skip,
    h('a', { class: 'brand', href: routeHref('timeline') }, h('strong', {}, t('app.name')), h('span', { class: 'tagline' }, t('app.tagline'))),
    h(
      'nav',
      { 'aria-label': t('nav.label') },
      h('ul', {}, ...NAV.map(([page, key]) => h('li', {}, h('a', { href: routeHref(page), 'aria-current': SECTION_OF[active] === page ? 'page' : false }, t(key))))),
    ),
    switcher,
  );
}

function footer(): HTMLElement {
  return h('footer', { class: 'site-footer' }, h('a', { href: '/api/docs' }, t('nav.apiDocs')));
}

let lastHash: string | null = null;

/** Renders the shell and the page of the current hash; focus goes to the new page's heading. */
function render(): void {
  const route = parseRoute(location.hash);
  const view = VIEWS[route.page](route);
  const main = h('main', { id: 'main', tabindex: '-1' }, view);
  replace(document.body, header(route.page), main, footer());
  const heading = view.querySelector('h1');
  document.title = `${heading?.textContent ?? ''} · ${t('app.name')}`;
  // moving focus on every navigation (not the first load) tells screen readers the page changed
  if (lastHash !== null && lastHash !== location.hash) heading?.focus();
  lastHash = location.hash;
}

async function start(): Promise<void> {
  try {
    await loadCatalogues();
  } catch (err) {
    // without the Arabic catalogue the app still works in English
    setLang('en');
    replace(document.body, errorBox(err));
    return;
  }
  setLang(savedLang());
  window.addEventListener('hashchange', render);
  render();
}

void start();
