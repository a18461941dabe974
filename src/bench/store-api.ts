import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../api/app.js';
import { resolveSettings } from '../core/settings.js';
import type { RawInput } from '../ingest/raw-input.js';
import { ingestBatch } from '../process/ingest-batch.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { openStore } from '../store/index.js';
import type { BenchRow } from './bench-table.js';
import { loadPieces, syntheticPage } from './synthetic-corpus.js';

/** Requests timed against the filled store: what the workbench asks most. */
const REQUESTS: readonly [string, string][] = [
  ['search, one name', `/api/search?q=${encodeURIComponent('تبون')}&limit=20`],
  ['search, a phrase and a country', `/api/search?q=${encodeURIComponent('"مذكرة تفاهم"')}&country=DZ&limit=20`],
  ['search, a common word', `/api/search?q=${encodeURIComponent('الدفاع')}&limit=20`],
  ['timeline, first page', '/api/timeline?limit=50'],
  ['timeline, a country pair', '/api/timeline?country=DZ&with=US&limit=50'],
  ['events, first page', '/api/events?limit=50'],
  ['actor graph', '/api/graph'],
  ['entities by name', `/api/entities?q=${encodeURIComponent('تبون')}`],
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Ingests `n` generated pages into a new embedded store (the pipeline, entity linking,
 * clustering and every write), then times the API's main requests on it in this process
 * (`app.request`, no network), and the synchronous ingestion of one article through POST.
 */
export async function measureStoreAndApi(sampleDir: string, n: number, repeats = 15): Promise<BenchRow[]> {
  const settings = resolveSettings();
  const pieces = loadPieces(sampleDir);
  const dir = mkdtempSync(join(tmpdir(), 'rasid-bench-api-'));
  const store = await openStore(join(dir, 'db'));
  try {
    async function* pages(from: number, count: number): AsyncGenerator<RawInput> {
      for (let i = from; i < from + count; i++) yield syntheticPage(i, pieces);
    }
    const t0 = performance.now();
    const { summary } = await ingestBatch(pages(0, n), defaultPipeline(), { settings }, store, 'bench');
    const seconds = (performance.now() - t0) / 1000;
    const stats = await store.stats();
    const rows: BenchRow[] = [{
      task: `ingest into the embedded store, ${summary.documents} documents`,
      system: 'pipeline + clustering + PGlite',
      figures: { 'docs/s': summary.documents / seconds, clusters: stats.clusters, events: stats.events },
    }];
    const app = createApp({ store, settings, pipeline: defaultPipeline(), token: 'bench', staticDir: null, version: 'bench' });
    for (const [task, path] of REQUESTS) {
      const ms: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t = performance.now();
        await (await app.request(path)).arrayBuffer();
        ms.push(performance.now() - t);
      }
      rows.push({ task: `GET ${task}`, system: 'HTTP API', figures: { 'median ms': median(ms), 'max ms': Math.max(...ms) } });
    }
    const post: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = syntheticPage(n + 1 + i, pieces);
      const t = performance.now();
      const res = await app.request('/api/documents', {
        method: 'POST', body: page.bytes!,
        headers: { 'content-type': page.format === 'html' ? 'text/html' : 'text/plain', authorization: 'Bearer bench' },
      });
      await res.arrayBuffer();
      post.push(performance.now() - t);
    }
    rows.push({ task: 'POST one article (answered once stored)', system: 'HTTP API', figures: { 'median ms': median(post), 'max ms': Math.max(...post) } });
    return rows;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
