import type { NewsDocument } from '../core/document.js';
import type { StageContext, Pipeline } from '../core/pipeline.js';
import type { RawInput } from '../ingest/raw-input.js';
import { toStoredDocument, type Store } from '../store/index.js';
import type { BatchSummary } from './batch-summary.js';
import type { InputOutcome } from './process-input.js';
import { runBatch } from './run-batch.js';
import { EventClusterer } from '../events/cluster-events.js';

/** What ingestion reports after each input (for a progress bar). */
export type IngestObserver = (outcome: InputOutcome) => void;

/**
 * Runs the pipeline over inputs and stores the documents, in transactions of
 * `settings.store.batchSize` documents. Pages already in the store, or earlier in this batch,
 * are skipped before any stage runs, so an interrupted ingestion resumes where it stopped.
 * Every failure is recorded with the run; the run's summary balances.
 */
export async function ingestBatch(
  inputs: AsyncIterable<RawInput>,
  pipeline: Pipeline,
  ctx: StageContext,
  store: Store,
  command: string,
  observe?: IngestObserver,
): Promise<{ run: number; summary: BatchSummary }> {
  const run = await store.startRun(command);
  // clusters grow across runs: earlier reports are read back so new ones can join them
  const clusterer = new EventClusterer(ctx.settings.clusters);
  clusterer.seed((await store.listEvents({})).map((e) => ({ doc: e.doc, event: e })));
  const pending: NewsDocument[] = [];
  const pendingHashes = new Set<string>();
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    const at = new Date();
    await store.putDocuments(pending.map((d) => toStoredDocument(d, at)));
    pending.length = 0;
    pendingHashes.clear();
  };
  let summary: BatchSummary;
  try {
    summary = await runBatch(inputs, pipeline, ctx, {
      isDuplicate: async (hash) => pendingHashes.has(hash) || (await store.hasHash(hash)),
      async keep(outcome) {
        for (const d of outcome.documents) clusterer.assignDocument(d);
        pending.push(...outcome.documents);
        pendingHashes.add(outcome.documents[0]!.hash);
        if (pending.length >= ctx.settings.store.batchSize) await flush();
      },
      after(outcome) {
        observe?.(outcome);
      },
    });
    await flush();
  } catch (err) {
    await store.finishRun(run, { inputs: 0, stored: 0, duplicates: 0, failed: 0 }, 'failed').catch(() => undefined);
    throw err;
  }
  for (const f of summary.failures) await store.recordFailure({ run, ...f });
  await store.finishRun(run, { inputs: summary.inputs, stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed }, 'done');
  return { run, summary };
}
