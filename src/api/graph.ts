import type { StoredEntity, StoredEvent } from '../store/index.js';

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  country: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  types: Record<string, number>;
}

/** The id of a country node, e.g. `country:DZ`. */
const countryNode = (code: string): string => `country:${code}`;

/**
 * Who takes part in events with whom: a node per actor (a participant; an event without a person
 * also counts its countries, so state-to-state events are not lost), an edge per pair of actors
 * of one event, weighted by events and counted by type. Edges under `min` events are dropped,
 * and the nodes left without an edge with them. Nodes and edges come out in a stable order.
 */
export function buildGraph(events: readonly StoredEvent[], entities: ReadonlyMap<string, StoredEntity>, countryNames: ReadonlyMap<string, string>, min = 1): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (id: string): GraphNode => {
    let n = nodes.get(id);
    if (!n) {
      const e = entities.get(id);
      const code = id.startsWith('country:') ? id.slice(8) : null;
      n = e
        ? { id, name: e.name, type: e.type, country: e.country, events: 0 }
        : { id, name: code ? (countryNames.get(code) ?? code) : id, type: code ? 'COUNTRY' : 'UNKNOWN', country: code, events: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  for (const ev of events) {
    const actors = new Set(ev.participants.map((p) => p.entity));
    const hasPerson = [...actors].some((id) => entities.get(id)?.type === 'PERSON');
    if (!hasPerson) {
      // a country already present as a place participant is not added twice
      const covered = new Set([...actors].map((id) => entities.get(id)).filter((e) => e?.type === 'GPE').map((e) => e!.country));
      for (const c of ev.countries) if (!covered.has(c)) actors.add(countryNode(c));
    }
    const ids = [...actors].sort();
    for (const id of ids) node(id).events++;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        let e = edges.get(key);
        if (!e) edges.set(key, (e = { source: ids[i]!, target: ids[j]!, weight: 0, types: {} }));
        e.weight++;
        e.types[ev.type] = (e.types[ev.type] ?? 0) + 1;
      }
    }
  }
  const kept = [...edges.values()].filter((e) => e.weight >= min).sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  const keptNodes = [...nodes.values()].filter((n) => min <= 1 || linked.has(n.id)).sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  return { nodes: keptNodes, edges: kept };
}
