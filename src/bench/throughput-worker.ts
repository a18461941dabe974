import { parentPort, workerData } from 'node:worker_threads';
import { resolveSettings } from '../core/settings.js';
import { processInputSync } from '../process/process-input.js';
import { defaultPipeline, nerTaggerFor } from '../stages/default-pipeline.js';
import { loadPieces, syntheticPage } from './synthetic-corpus.js';

/** What the benchmark asks one worker to process: pages `from` to `to` (exclusive). */
export interface ThroughputJob {
  sampleDir: string;
  from: number;
  to: number;
  disabled: string[];
}

/** Processes a range of synthetic pages and returns counts; pages are built in the worker. */
export function processRange(job: ThroughputJob): { documents: number; failed: number; chars: number } {
  const pieces = loadPieces(job.sampleDir);
  const pipeline = defaultPipeline(job.disabled);
  const settings = resolveSettings();
  const nerTagger = nerTaggerFor(pipeline);
  let documents = 0;
  let failed = 0;
  let chars = 0;
  for (let i = job.from; i < job.to; i++) {
    const out = processInputSync(syntheticPage(i, pieces), pipeline, { settings, nerTagger });
    if (out.error) failed++;
    documents += out.documents.length;
    for (const d of out.documents) chars += d.text.length;
  }
  return { documents, failed, chars };
}

if (parentPort && workerData) {
  parentPort.postMessage(processRange(workerData as ThroughputJob));
}
