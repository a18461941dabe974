import type { BenchRow } from './bench-table.js';
import { loadPieces, syntheticPage } from './synthetic-corpus.js';
import { Pipeline, type StageContext } from '../core/pipeline.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { processInputSync } from '../process/process-input.js';

/**
 * Where the time of the whole pipeline goes: each stage timed on one core over `n` synthetic
 * pages (after a warm-up of a tenth of them), as milliseconds per article and the articles per
 * second the stage alone would allow. Decoding and document creation are the remainder.
 */
export function measureStageTimes(sampleDir: string, n: number, ctx: StageContext): BenchRow[] {
  const pieces = loadPieces(sampleDir);
  const spent = new Map<string, number>();
  const timed = new Pipeline(
    defaultPipeline().stages.map((s) => ({
      ...s,
      run: (doc, c) => {
        const t = performance.now();
        try {
          return s.run(doc, c);
        } finally {
          spent.set(s.name, (spent.get(s.name) ?? 0) + performance.now() - t);
        }
      },
    })),
  );
  const warm = Math.max(1, Math.floor(n / 10));
  for (let i = 0; i < warm; i++) processInputSync(syntheticPage(n + i, pieces), timed, ctx);
  spent.clear();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) processInputSync(syntheticPage(i, pieces), timed, ctx);
  const total = performance.now() - t0;
  const row = (system: string, ms: number): BenchRow => ({
    task: `where the time goes, ${n} pages`,
    system,
    figures: { 'ms/article': ms / n, 'articles/s': (n * 1000) / ms },
  });
  const stages = [...spent].map(([name, ms]) => row(`${name} stage, 1 core`, ms));
  const rest = total - [...spent.values()].reduce((a, b) => a + b, 0);
  return [...stages, row('decoding and set-up, 1 core', rest), row('whole pipeline, 1 core', total)];
}
