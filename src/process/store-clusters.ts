import type { NewsDocument } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import type { EventClusterer } from '../events/cluster-events.js';
import { planOutcomeLinks, reportFacts, summarizeCluster } from '../events/cluster-summary.js';
import type { ReportFacts, Store, StoredCluster } from '../store/index.js';

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
  const records: StoredCluster[] = [];
  for (const [id, facts] of fresh) {
    const stored = await store.getCluster(id);
    const reports = stored?.reports ?? (await store.listEvents({ cluster: id }));
    const isNew = (f: ReportFacts): boolean => !facts.some((x) => x.doc === f.doc && x.event === f.event);
    const merged = [...(stored?.cluster.summary.facts ?? []).filter(isNew), ...facts];
    records.push(summarizeCluster(id, reports, merged, settings.search));
  }
  return store.putClusters(records, planOutcomeLinks(new Set(fresh.keys()), clusterer.all, settings));
}
