import type { NewsDocument } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import type { EventClusterer } from '../events/cluster-events.js';
import { planOutcomeLinks, reportFacts, summarizeCluster } from '../events/cluster-summary.js';
import type { ReportFacts, Store, StoredCluster, StoredDocument } from '../store/index.js';

/**
 * Writes the clusters that the documents just stored joined or founded: each is summarised again
 * from its reports as stored (so reports written by another process count too) and the facts
 * kept for its earlier reports, plus the plan → outcome links that touch them.
 */
export async function storeClusters(store: Store, docs: readonly NewsDocument[], clusterer: EventClusterer, settings: Settings): Promise<number> {
  const fresh = new Map<string, ReportFacts[]>();
  for (const d of docs) {
    for (const ev of d.layers.events) {
      if (!ev.cluster) continue;
      fresh.set(ev.cluster, [...(fresh.get(ev.cluster) ?? []), reportFacts({ id: d.id, timexes: d.layers.timexes, entities: d.layers.entities }, ev, settings.search)]);
    }
  }
  if (!fresh.size) return 0;
  // two queries for the whole batch: the reports as stored, and the facts kept so far
  const ids = [...fresh.keys()];
  const reports = groupBy(await store.listEvents({ clusters: ids }), (e) => e.cluster!);
  const stored = new Map((await store.listClusters({ clusters: ids })).items.map((c) => [c.id, c]));
  const records: StoredCluster[] = [];
  for (const [id, facts] of fresh) {
    const isNew = (f: ReportFacts): boolean => !facts.some((x) => x.doc === f.doc && x.event === f.event);
    const merged = [...(stored.get(id)?.summary.facts ?? []).filter(isNew), ...facts];
    records.push(summarizeCluster(id, reports.get(id) ?? [], merged, settings.search));
  }
  return store.putClusters(records, planOutcomeLinks(new Set(fresh.keys()), clusterer.all, settings));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * Writes the clusters that stored events name but that have no row: events stored before
 * clusters were written. Their facts are read from the stored documents. Returns how many.
 */
export async function writeMissingClusters(store: Store, clusterer: EventClusterer, settings: Settings): Promise<number> {
  const ids = await store.listUnwrittenClusters();
  if (!ids.length) return 0;
  const docs = new Map<string, StoredDocument | null>();
  const records: StoredCluster[] = [];
  const byCluster = groupBy(await store.listEvents({ clusters: ids }), (e) => e.cluster!);
  for (const id of ids) {
    const reports = byCluster.get(id) ?? [];
    const facts: ReportFacts[] = [];
    for (const r of reports) {
      if (!docs.has(r.doc)) docs.set(r.doc, await store.getDocument(r.doc));
      const d = docs.get(r.doc);
      if (d) facts.push(reportFacts(d, r, settings.search));
    }
    records.push(summarizeCluster(id, reports, facts, settings.search));
  }
  return store.putClusters(records, planOutcomeLinks(new Set(ids), clusterer.all, settings));
}
