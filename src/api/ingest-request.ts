import { createHash } from 'node:crypto';
import type { Pipeline } from '../core/pipeline.js';
import type { Settings } from '../core/settings.js';
import { RasidError } from '../core/errors.js';
import { registryFromStore, saveRegistry } from '../entities/store-registry.js';
import { contentHash } from '../ingest/create-document.js';
import { jsonlLineToInput } from '../ingest/jsonl.js';
import type { GivenMeta, RawInput } from '../ingest/raw-input.js';
import { ingestBatch } from '../process/ingest-batch.js';
import type { InputOutcome } from '../process/process-input.js';
import type { Store } from '../store/index.js';

/** One article of a JSON body. */
export interface ArticleBody {
  text?: string | undefined;
  html?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  outlet?: string | undefined;
  title?: string | undefined;
  id?: string | undefined;
}

/** What became of one article of a request. */
export interface IngestResult {
  id: string | null;
  status: 'stored' | 'duplicate' | 'failed';
  code?: string;
  message?: string;
  events: number;
  clusters: string[];
}

/** An id for an article sent without one: stable for the same content, so a resend is a duplicate. */
const idFor = (content: string | Uint8Array): string =>
  `api-${(typeof content === 'string' ? contentHash(content) : createHash('sha256').update(content).digest('hex')).slice(0, 16)}`;

/** The input of one JSON article. */
export function articleInput(a: ArticleBody, source: string): RawInput {
  const given: GivenMeta = {};
  for (const k of ['url', 'published', 'outlet', 'title'] as const) if (a[k]?.trim()) given[k] = a[k];
  const html = a.html?.trim() ? a.html : undefined;
  const content = html ?? a.text ?? '';
  return { source, idHint: a.id ?? idFor(content), format: html !== undefined ? 'html' : 'text', text: content, given };
}

/**
 * The input of a raw text or HTML body, as bytes: they are decoded like a file (a declared or
 * detected encoding, windows-1256 included), not assumed to be UTF-8.
 */
export function rawInput(content: Uint8Array, format: 'text' | 'html', source: string): RawInput {
  return { source, idHint: idFor(content), format, bytes: content, given: {} };
}

/** The inputs of a JSONL body, one per non-blank line (`request:LINE`). */
export function ndjsonInputs(content: string): RawInput[] {
  const out: RawInput[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) out.push(jsonlLineToInput(line, `request:${i + 1}`, idFor(line)));
  });
  return out;
}

async function* iterate(inputs: readonly RawInput[]): AsyncGenerator<RawInput> {
  yield* inputs;
}

/**
 * Runs the whole ingestion (pipeline, entity linking, clustering, store) on a request's articles,
 * one request at a time: identities and clusters are read from the store and written back, and
 * two requests interleaving would each miss the other's. Returns one result per input, in order.
 */
export class RequestIngestor {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store, private readonly pipeline: Pipeline, private readonly settings: Settings) {}

  ingest(inputs: readonly RawInput[]): Promise<IngestResult[]> {
    const run = this.queue.then(() => this.run(inputs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(inputs: readonly RawInput[]): Promise<IngestResult[]> {
    const outcomes: InputOutcome[] = [];
    const entityRegistry = await registryFromStore(this.store);
    const { settled } = await ingestBatch(iterate(inputs), this.pipeline, { settings: this.settings, entityRegistry }, this.store, 'api', (o) => outcomes.push(o));
    await saveRegistry(this.store, entityRegistry);
    return inputs.map((input, i) => {
      const o = outcomes[i];
      if (!o) return failed(input, new RasidError('E_STAGE', 'the input was not processed'));
      const late = settled.find((s) => s.source === o.source && s.pageLost);
      if (o.duplicate || (late && !late.error)) return { id: input.idHint, status: 'duplicate', events: 0, clusters: [] };
      if (o.error) return failed(input, o.error);
      if (late?.error) return failed(input, late.error);
      const events = o.documents.flatMap((d) => d.layers.events);
      return {
        id: o.documents[0]?.id ?? input.idHint,
        status: 'stored',
        events: events.length,
        clusters: [...new Set(events.flatMap((e) => (e.cluster ? [e.cluster] : [])))],
      };
    });
  }
}

function failed(input: RawInput, err: RasidError): IngestResult {
  return { id: input.idHint, status: 'failed', code: err.code, message: err.message, events: 0, clusters: [] };
}
