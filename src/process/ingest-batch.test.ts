import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { EventClusterer } from '../events/cluster-events.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { readInputs } from '../ingest/sources.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { sampleDocument } from '../store/conformance-fixtures.js';
import { openStore, type Store } from '../store/index.js';
import { ingestBatch } from './ingest-batch.js';
import { writeMissingClusters } from './store-clusters.js';

const settings = resolveSettings();
const pages = ['dz-esper-tebboune-algiers-2020.txt', 'dz-townsend-africom-algiers-2020.txt', 'lb-esper-algeria-first-visit-since-2006.html']
  .map((f) => join(PROJECT_ROOT, 'corpus', 'sample', f));

describe('ingestion into the store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('memory://');
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('counts what the store wrote when two ingestions of the same pages overlap, and writes the clusters', async () => {
    const run = () => ingestBatch(readInputs(pages, { settings }), defaultPipeline(), { settings }, store, 'test');
    const [a, b] = await Promise.all([run(), run()]);
    for (const r of [a, b]) expect(r.summary.balanced).toBe(true);
    // each page is stored once, whichever run wrote it; the other counts it as a duplicate
    expect(a.summary.stored + b.summary.stored).toBe(pages.length);
    expect(a.summary.duplicates + b.summary.duplicates).toBe(pages.length);
    expect((await store.listRuns()).map((r) => r.summary!.stored).reduce((x, y) => x + y, 0)).toBe(pages.length);
    const stats = await store.stats();
    expect(stats.documents).toBe(a.summary.documents + b.summary.documents);
    const clustered = new Set((await store.listEvents()).flatMap((e) => (e.cluster ? [e.cluster] : [])));
    expect(stats.clusters).toBe(clustered.size);
    // the visit told by two outlets is one cluster, with both reports
    const timeline = await store.listClusters({ country: 'DZ', with: 'US' });
    const shared = [];
    for (const c of timeline.items) {
      const reports = (await store.getCluster(c.id))!.reports;
      if (new Set(reports.map((r) => r.doc)).size > 1) shared.push(c);
    }
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((c) => c.summary.facts.length >= 2 && c.summary.title)).toBe(true);
  }, 180_000);

  it('writes the clusters of events stored before clusters were kept', async () => {
    const doc = sampleDocument(901, { id: 'old', events: sampleDocument(901).events.map((e, i) => ({ ...e, cluster: `old-${i}` })) });
    await store.putDocuments([doc]);
    expect(await store.listUnwrittenClusters()).toEqual(['old-0', 'old-1']);
    expect(await writeMissingClusters(store, new EventClusterer(settings.clusters), settings)).toBe(2);
    expect(await store.listUnwrittenClusters()).toEqual([]);
    const c = (await store.getCluster('old-0'))!.cluster;
    expect(c).toMatchObject({ type: 'CONSULT', status: 'occurred', date: { value: '2020-10-01' } });
    expect(c.summary.facts).toEqual([{ doc: 'old', event: 'e1', duration: null, titles: { 'person:esper': ['وزير الدفاع الأمريكي'], 'person:tebboune': ['الرئيس'] } }]);
  });
});
