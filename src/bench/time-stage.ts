import type { NewsDocument } from '../core/document.js';
import { resolveSettings } from '../core/settings.js';
import { processInputSync } from '../process/process-input.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { timeStage } from '../stages/time-stage.js';
import type { BenchRow } from './bench-table.js';
import { loadPieces, syntheticPage } from './synthetic-corpus.js';
import { cpuMs } from './timex-passes.js';

/** Synthetic pages `from` to `to` (exclusive), cleaned and split into sentences: the time stage's input. */
function textDocuments(sampleDir: string, from: number, to: number): NewsDocument[] {
  const pieces = loadPieces(sampleDir);
  const upToText = defaultPipeline(['time', 'entities', 'events']);
  const settings = resolveSettings();
  const docs: NewsDocument[] = [];
  for (let i = from; i < to; i++) docs.push(...processInputSync(syntheticPage(i, pieces), upToText, { settings }).documents);
  return docs;
}

/**
 * The time stage alone on `n` synthetic pages, one core: sentences (as the text stage splits
 * them) per CPU second. Pages are cleaned and split first, outside the timing; the stage is
 * warmed up on other pages of the same corpus, since it runs once per document and would
 * otherwise be timed while V8 still compiles it.
 */
export function measureTimeStage(sampleDir: string, n: number): BenchRow {
  const settings = resolveSettings();
  const warm = Math.max(20, Math.ceil(n / 10));
  for (const d of textDocuments(sampleDir, n, n + warm)) timeStage.run(d, { settings });
  const docs = textDocuments(sampleDir, 0, n);
  const sentences = docs.reduce((a, d) => a + d.layers.sentences.length, 0);
  const t0 = cpuMs();
  for (const d of docs) timeStage.run(d, { settings });
  const s = (cpuMs() - t0) / 1000;
  const timexes = docs.reduce((a, d) => a + d.layers.timexes.length, 0);
  return {
    task: `time stage, ${n} pages (${sentences} sentences)`,
    system: 'rasid time stage, 1 core',
    figures: { 'sentences/s': sentences / s, 'articles/s': docs.length / s, seconds: s, timexes },
  };
}
