import type { NewsDocument } from '../core/document.js';
import type { StageContext, Pipeline } from '../core/pipeline.js';
import type { RawInput } from '../ingest/raw-input.js';
import { toStoredDocument, type Store } from '../store/index.js';
import type { BatchSummary } from './batch-summary.js';
import type { InputOutcome } from './process-input.js';
import { runBatch } from './run-batch.js';
import { EventClusterer } from '../events/cluster-events.js';
import { RasidError } from '../core/errors.js';
import { storeClusters, writeMissingClusters } from './store-clusters.js';

/** What ingestion reports after each input (for a progress bar). */
export type IngestObserver = (outcome: InputOutcome) => void;

/** An input reported as kept whose page the store did not write after all: a duplicate, or a failure with `error`. */
export interface SettledInput {
  source: string;
  /** its documents not written */
  documents: number;
  /** false when only a segment was not written: the input still counts as stored */
  pageLost: boolean;
  error: RasidError | undefined;
}

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
): Promise<{ run: number; summary: BatchSummary; settled: SettledInput[] }> {
  const run = await store.startRun(command);
  // clusters grow across runs: earlier reports are read back so new ones can join them
  const clusterer = new EventClusterer(ctx.settings.clusters);
  // with their articles' dates, which bound what an undated report can join
  const published = new Map((await store.listDocuments({})).map((d) => [d.id, d.published.value]));
  clusterer.seed((await store.listEvents({})).map((e) => ({ doc: e.doc, event: e, published: published.get(e.doc) ?? null })));
  // a store written before clusters were kept gets them now, so its timeline is complete
  await writeMissingClusters(store, clusterer, ctx.settings);
  const pending: NewsDocument[] = [];
  const pendingHashes = new Set<string>();
  // inputs counted as stored when kept, settled by what putDocuments did: another process may
  // have stored the same page in between (a duplicate after all) or taken its id (a failure)
  const pendingInputs: { source: string; ids: string[] }[] = [];
  const settled: SettledInput[] = [];
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    const at = new Date();
    const result = await store.putDocuments(pending.map((d) => toStoredDocument(d, at)));
    const inserted = new Set(result.ids);
    for (const input of pendingInputs) {
      const lost = input.ids.filter((id) => !inserted.has(id)).length;
      if (!lost) continue;
      const conflict = result.conflicts.find((c) => c.id === input.ids[0]);
      const error = conflict ? new RasidError('E_STORE', conflict.reason, input.source) : undefined;
      settled.push({ source: input.source, documents: lost, pageLost: !inserted.has(input.ids[0]!), error });
    }
    await storeClusters(store, pending.filter((d) => inserted.has(d.id)), clusterer, ctx.settings);
    pending.length = 0;
    pendingInputs.length = 0;
    pendingHashes.clear();
  };
  let summary: BatchSummary;
  try {
    summary = await runBatch(inputs, pipeline, ctx, {
      isDuplicate: async (hash) => pendingHashes.has(hash) || (await store.hasHash(hash)),
      async keep(outcome) {
        for (const d of outcome.documents) clusterer.assignDocument(d);
        pending.push(...outcome.documents);
        pendingInputs.push({ source: outcome.source, ids: outcome.documents.map((d) => d.id) });
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
  for (const s of settled) summary.settle(s.source, s.documents, s.error, s.pageLost);
  for (const f of summary.failures) await store.recordFailure({ run, ...f });
  await store.finishRun(run, { inputs: summary.inputs, stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed }, 'done');
  return { run, summary, settled };
}
