import { api } from '../http/client.js';
import type { GraphAnswer, GraphNode } from '../http/types.js';
import { h, replace, s } from '../dom/h.js';
import { filterForm, filterQuery, type FilterField } from '../components/filter-form.js';
import { emptyNote } from '../components/feedback.js';
import { countryName } from '../components/labels.js';
import { forceLayout } from '../graph/force-layout.js';
import { t } from '../i18n/i18n.js';
import { routeHref, type Route } from '../router.js';
import { UI_SETTINGS } from '../ui-settings.js';
import { pageShell } from './page.js';

const FIELDS: readonly FilterField[] = ['country', 'with', 'type', 'status', 'from', 'to', 'min'];
const G = UI_SETTINGS.graph;

/** The kind of a node, for its colour class: people, countries and places, organisations. */
function nodeKind(n: GraphNode): 'person' | 'country' | 'org' {
  if (n.type === 'PERSON') return 'person';
  if (n.type === 'ORG') return 'org';
  return 'country';
}

/** A node's label: its name, or for a country node the country's name in the interface language. */
function nodeName(n: GraphNode): string {
  return n.name && n.name !== n.id ? n.name : /^[A-Z]{2}$/.test(n.id) ? countryName(n.id) : n.id;
}

/**
 * Where a node leads: its entity page. A country node (standing in for an event that names no
 * person) leads to the country's place entity, whose id the gazetteer gives as `gpe:` + its code.
 */
function nodeHref(n: GraphNode): string {
  if (n.type === 'COUNTRY' && n.country) return routeHref('entity', `gpe:${n.country}`);
  return n.id.includes(':') ? routeHref('entity', n.id) : routeHref('timeline', null, { country: n.id });
}

/** The graph as SVG: edges as lines, nodes as links (so Tab and Enter reach them). */
export function graphSvg(graph: GraphAnswer): SVGSVGElement {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const edges = graph.edges
    .map((e) => ({ source: index.get(e.source) ?? -1, target: index.get(e.target) ?? -1, weight: e.weight, types: e.types }))
    .filter((e) => e.source >= 0 && e.target >= 0);
  const pos = forceLayout(graph.nodes.length, edges, G);
  const maxEvents = Math.max(1, ...graph.nodes.map((n) => n.events));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const radius = (n: GraphNode): number => G.minRadius + (G.maxRadius - G.minRadius) * Math.sqrt(n.events / maxEvents);
  return s(
    'svg',
    { class: 'graph', viewBox: `0 0 ${G.width} ${G.height}`, role: 'group', 'aria-label': t('graph.edges', { n: edges.length, m: graph.nodes.length }) },
    s(
      'g',
      { class: 'edges', 'aria-hidden': 'true' },
      ...edges.map((e) =>
        s(
          'line',
          { x1: pos[e.source]!.x.toFixed(1), y1: pos[e.source]!.y.toFixed(1), x2: pos[e.target]!.x.toFixed(1), y2: pos[e.target]!.y.toFixed(1), 'stroke-width': (1 + 5 * (e.weight / maxWeight)).toFixed(1) },
          s('title', {}, `${nodeName(graph.nodes[e.source]!)} — ${nodeName(graph.nodes[e.target]!)}: ${Object.entries(e.types).map(([k, v]) => `${k} ${v}`).join(', ')}`),
        ),
      ),
    ),
    s(
      'g',
      { class: 'nodes' },
      ...graph.nodes.map((n, i) => {
        const p = pos[i]!;
        const r = radius(n);
        const label = t('graph.node', { name: nodeName(n), n: n.events });
        return s(
          'a',
          { href: nodeHref(n), class: `node node-${nodeKind(n)}`, 'aria-label': label },
          s('title', {}, label),
          s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
          s('text', { x: p.x.toFixed(1), y: (p.y + r + 14).toFixed(1), 'text-anchor': 'middle' }, nodeName(n)),
        );
      }),
    ),
  );
}

/** The actor graph page: who takes part in events with whom, with the timeline's filters. */
export function graphPage(route: Route): HTMLElement {
  const query = filterQuery(route, FIELDS);
  return pageShell(
    t('graph.title'),
    t('graph.intro'),
    async (body) => {
      const graph = await api.graph({ min: UI_SETTINGS.graphMinWeight, ...query });
      if (!graph.nodes.length) return replace(body, emptyNote(t('graph.empty')));
      replace(
        body,
        h('p', { class: 'total', role: 'status' }, t('graph.edges', { n: graph.edges.length, m: graph.nodes.length })),
        h(
          'ul',
          { class: 'legend' },
          h('li', { class: 'legend-person' }, t('graph.legendPerson')),
          h('li', { class: 'legend-country' }, t('graph.legendCountry')),
          h('li', { class: 'legend-org' }, t('graph.legendOrg')),
        ),
        h('figure', { class: 'graph-figure' }, graphSvg(graph)),
      );
    },
    filterForm(route, FIELDS),
  );
}
