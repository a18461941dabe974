import type { NewsDocument } from '../core/document.js';
import { asRasidError, type RasidError } from '../core/errors.js';
import type { Pipeline, StageContext } from '../core/pipeline.js';
import { createDocument } from '../ingest/create-document.js';
import type { RawInput } from '../ingest/raw-input.js';

/** What became of one input: its documents (the page and any segments), or its error. */
export interface InputOutcome {
  source: string;
  documents: NewsDocument[];
  error: RasidError | null;
  /** set when the input was skipped because its content is already kept */
  duplicate: boolean;
}

/**
 * Decodes one input and runs the pipeline on it. `isDuplicate` is asked with the content hash
 * before any stage runs, so resuming a batch costs one decode per stored page. Never throws for
 * a bad input: failures are in `error`.
 */
export async function processInput(
  input: RawInput,
  pipeline: Pipeline,
  ctx: StageContext,
  isDuplicate: (hash: string) => boolean | Promise<boolean> = () => false,
): Promise<InputOutcome> {
  let doc: NewsDocument;
  try {
    doc = createDocument(input, ctx.settings);
  } catch (err) {
    return { source: input.source, documents: [], error: asRasidError(err, 'E_DECODE', input.source), duplicate: false };
  }
  if (await isDuplicate(doc.hash)) return { source: input.source, documents: [], error: null, duplicate: true };
  const result = pipeline.run(doc, ctx);
  return { source: input.source, documents: result.documents, error: result.error, duplicate: false };
}

/** Synchronous variant for worker threads and benchmarks, where nothing is deduplicated. */
export function processInputSync(input: RawInput, pipeline: Pipeline, ctx: StageContext): InputOutcome {
  let doc: NewsDocument;
  try {
    doc = createDocument(input, ctx.settings);
  } catch (err) {
    return { source: input.source, documents: [], error: asRasidError(err, 'E_DECODE', input.source), duplicate: false };
  }
  const result = pipeline.run(doc, ctx);
  return { source: input.source, documents: result.documents, error: result.error, duplicate: false };
}
