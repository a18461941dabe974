import type { ClusterLink, DocumentSummary, Store, StoredCluster, StoredEntity, StoredEvent } from '../store/index.js';

/**
 * The composite answers of the API, assembled from store queries: a timeline row per cluster, a
 * cluster with its reports and their documents, an entity with its roles, events and documents.
 */

/** Names of entities by id, read in one query; an unknown id names itself. */
export async function entityNames(store: Store, ids: Iterable<string>): Promise<Map<string, StoredEntity>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  return new Map((await store.listEntities({ ids: wanted })).map((e) => [e.id, e]));
}

/** Summaries of documents by id, read in one query. */
async function documentSummaries(store: Store, ids: Iterable<string>): Promise<Map<string, DocumentSummary>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  return new Map((await store.listDocuments({ ids: wanted })).map((d) => [d.id, d]));
}

const distinct = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function linksOf(id: string, links: readonly ClusterLink[]): { plans: string[]; outcomes: string[] } {
  return { plans: links.filter((l) => l.outcome === id).map((l) => l.plan), outcomes: links.filter((l) => l.plan === id).map((l) => l.outcome) };
}

/** One timeline row: a cluster, what its reports say together, and its links. */
export interface TimelineItem {
  cluster: string;
  type: string;
  modes: string[];
  status: StoredCluster['status'];
  date: StoredCluster['date'];
  title: string | null;
  countries: string[];
  participants: { id: string; name: string }[];
  reports: number;
  documents: number;
  conflicts: StoredCluster['conflicts'];
  links: { plans: string[]; outcomes: string[] };
}

/** Timeline rows for a page of clusters: their reports are read to count and name what they share. */
export async function timelineItems(store: Store, clusters: readonly StoredCluster[]): Promise<TimelineItem[]> {
  const reports = new Map<string, StoredEvent[]>();
  const events = clusters.length ? await store.listEvents({ clusters: clusters.map((c) => c.id) }) : [];
  for (const e of events) reports.set(e.cluster!, [...(reports.get(e.cluster!) ?? []), e]);
  const names = await entityNames(store, [...reports.values()].flat().flatMap((e) => e.participants.map((p) => p.entity)));
  const links = await store.listClusterLinks(clusters.map((c) => c.id));
  return clusters.map((c) => {
    const evs = reports.get(c.id) ?? [];
    return {
      cluster: c.id,
      type: c.type,
      modes: distinct(evs.flatMap((e) => (e.mode ? [e.mode] : []))),
      status: c.status,
      date: c.date,
      title: c.summary.title,
      countries: distinct(evs.flatMap((e) => e.countries)),
      participants: distinct(evs.flatMap((e) => e.participants.map((p) => p.entity))).map((id) => ({ id, name: names.get(id)?.name ?? id })),
      reports: evs.length,
      documents: new Set(evs.map((e) => e.doc)).size,
      conflicts: c.conflicts,
      links: linksOf(c.id, links),
    };
  });
}

/** A cluster with each report, its document's metadata and evidence; null when unknown. */
export async function clusterView(store: Store, id: string) {
  const detail = await store.getCluster(id);
  if (!detail) return null;
  const docs = await documentSummaries(store, detail.reports.map((r) => r.doc));
  const { cluster } = detail;
  return {
    cluster: { id: cluster.id, type: cluster.type, status: cluster.status, date: cluster.date, summary: cluster.summary.title, conflicts: cluster.conflicts },
    reports: detail.reports.map((event) => {
      const d = docs.get(event.doc);
      return {
        event,
        document: { id: event.doc, title: d?.title ?? null, outlet: d?.outlet ?? null, published: d?.published.value ?? null, url: d?.url ?? null },
        evidence: event.evidence.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      };
    }),
    links: detail.links,
  };
}

/** An entity with its aliases, roles, events and the documents naming it; null when unknown. */
export async function entityView(store: Store, idOrName: string, limit: number) {
  const entity = await store.getEntity(idOrName);
  if (!entity) return null;
  const roles = await store.listRoles({ entity: entity.id, limit });
  return {
    entity,
    aliases: entity.aliases,
    roles: roles.map((r) => ({ title: r.title, org: r.org, country: r.country, date: r.date, doc: r.doc, start: r.start, end: r.end })),
    events: await store.listEvents({ actor: entity.id, limit }),
    documents: await store.listDocuments({ entity: entity.id, limit }),
  };
}
