import type { Pipeline, StageContext } from '../core/pipeline.js';
import type { RawInput } from '../ingest/raw-input.js';
import { BatchSummary } from './batch-summary.js';
import { processInput, type InputOutcome } from './process-input.js';

/** How a batch treats each outcome. */
export interface BatchHandlers {
  /** true when a document with this content hash is already kept (the input is then skipped) */
  isDuplicate(hash: string): boolean | Promise<boolean>;
  /** keeps the documents of one successful input; a throw here (a store failure) ends the batch */
  keep(outcome: InputOutcome): void | Promise<void>;
  /** called after every input, e.g. to move a progress bar or report a failure */
  after?(outcome: InputOutcome): void;
}

/**
 * Runs the pipeline over a stream of inputs, one at a time, and accounts for every input:
 * stored, skipped as duplicate, or failed with its code. One bad input never stops the batch.
 */
export async function runBatch(
  inputs: AsyncIterable<RawInput>,
  pipeline: Pipeline,
  ctx: StageContext,
  handlers: BatchHandlers,
): Promise<BatchSummary> {
  const summary = new BatchSummary();
  for await (const input of inputs) {
    const outcome = await processInput(input, pipeline, ctx, (h) => handlers.isDuplicate(h));
    if (outcome.duplicate) summary.addDuplicate();
    else if (outcome.error || outcome.documents.length === 0) summary.addFailure(outcome.source, outcome.error!);
    else {
      await handlers.keep(outcome);
      summary.addStored(outcome.documents.length);
    }
    handlers.after?.(outcome);
  }
  return summary;
}
