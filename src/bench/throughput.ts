import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BenchRow } from './bench-table.js';
import { processRange, type ThroughputJob } from './throughput-worker.js';
import { loadPieces, syntheticPage } from './synthetic-corpus.js';
import { ALL_STAGES, defaultPipeline } from '../stages/default-pipeline.js';
import { resolveSettings } from '../core/settings.js';
import { processInputSync } from '../process/process-input.js';
import type { RawInput } from '../ingest/raw-input.js';

/** Peak resident memory of this process so far, in MiB (workers included: they share it). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function runWorker(job: ThroughputJob): Promise<{ documents: number; failed: number; chars: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./throughput-worker.js', import.meta.url), { workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`benchmark worker exited with ${code}`)));
  });
}

/**
 * The cleaning stage alone on flattened-text pages (the path scraped text takes), one core:
 * pages per second, the figure the cleaning stage is held to.
 */
export function measureFlatCleaning(sampleDir: string, n: number): BenchRow {
  const pieces = loadPieces(sampleDir);
  const stages = ALL_STAGES.map((s) => s.name).filter((s) => s !== 'clean');
  const pipeline = defaultPipeline(stages);
  const settings = resolveSettings();
  const pages: RawInput[] = [];
  for (let i = 0; pages.length < n; i++) {
    const p = syntheticPage(i, pieces);
    if (p.format === 'text') pages.push(p);
  }
  const t0 = performance.now();
  let failed = 0;
  for (const p of pages) if (processInputSync(p, pipeline, { settings }).error) failed++;
  const s = (performance.now() - t0) / 1000;
  return { task: `cleaning, ${n} flattened pages`, system: 'rasid clean stage, 1 core', figures: { 'articles/s': n / s, seconds: s, failed } };
}

/**
 * Whole-pipeline throughput on `n` synthetic pages: once on one core (this thread), once split
 * over one worker thread per core. Pages are generated inside each worker from their index, so
 * no page is copied between threads and generation cost is the same in both runs.
 */
export async function measureThroughput(sampleDir: string, n: number, disabled: string[], workers = availableParallelism()): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const t0 = performance.now();
  const one = processRange({ sampleDir, from: 0, to: n, disabled });
  const s1 = (performance.now() - t0) / 1000;
  rows.push({
    task: `pipeline, ${n} pages`,
    system: 'rasid, 1 core',
    figures: { 'articles/s': n / s1, 'MB/s': one.chars / 1e6 / s1, seconds: s1, failed: one.failed, 'peak RSS MiB': peakRssMiB() },
  });
  const per = Math.ceil(n / workers);
  const t1 = performance.now();
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, k) => runWorker({ sampleDir, from: k * per, to: Math.min(n, (k + 1) * per), disabled })),
  );
  const s2 = (performance.now() - t1) / 1000;
  const chars = parts.reduce((a, p) => a + p.chars, 0);
  rows.push({
    task: `pipeline, ${n} pages`,
    system: `rasid, ${workers} worker threads`,
    figures: { 'articles/s': n / s2, 'MB/s': chars / 1e6 / s2, seconds: s2, failed: parts.reduce((a, p) => a + p.failed, 0), 'peak RSS MiB': peakRssMiB() },
  });
  return rows;
}
