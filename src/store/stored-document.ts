import type { DateBasis, DocEntity, DocEvent, InputFormat, NewsDocument, Sentence, Timex, Token } from '../core/document.js';
import type { CopiedRun } from '../core/offset-map.js';
import type { TextSpan } from '../core/span.js';

/** An OffsetMap as plain JSON (`new OffsetMap(o.runs, o.length, o.sourceLength)` revives it). */
export interface StoredOffsets {
  runs: CopiedRun[];
  length: number;
  sourceLength: number;
}

/**
 * A document as the store keeps it: the fields of the document record (record-format.md) plus
 * what is needed to trace every span back to the page (`raw`, `offsets`) and to deduplicate
 * (`hash`). A segment shares its host's `hash` and `raw`; its `offsets` map into that raw.
 *
 * Example: `toStoredDocument(doc)` after the pipeline ran.
 */
export interface StoredDocument {
  id: string;
  source: string;
  segment_of: string | null;
  title: string | null;
  published: { value: string | null; basis: DateBasis; evidence?: TextSpan };
  outlet: string | null;
  author: string | null;
  language: string;
  /** the clean article body; every span below is UTF-16 offsets into it */
  text: string;
  timexes: Timex[];
  entities: DocEntity[];
  events: DocEvent[];
  /** sha256 of the decoded raw input: the identity of a top-level page */
  hash: string;
  /** the decoded input; stored once per page (segments read their host's) */
  raw: string;
  encoding: string;
  format: InputFormat;
  url: string | null;
  offsets: StoredOffsets;
  /** ISO 8601 instant; the store returns it as `Date#toISOString()` */
  ingested_at: string;
  /** sentence spans; stored as `sentence` spans and returned by getDocument */
  sentences?: Sentence[];
  /** token spans; only stored when putDocuments is asked to (`{tokens: true}`): they are many */
  tokens?: Token[];
  /** non-fatal problems met while processing the document */
  warnings?: { code: string; message: string }[];
}

/**
 * The stored form of a processed document, e.g. `store.putDocuments(docs.map((d) => toStoredDocument(d)))`.
 * `ingestedAt` is a parameter so that a batch shares one instant and tests stay deterministic.
 */
export function toStoredDocument(doc: NewsDocument, ingestedAt: Date = new Date()): StoredDocument {
  const published: StoredDocument['published'] = { value: doc.meta.published.value, basis: doc.meta.published.basis };
  if (doc.meta.published.evidence) published.evidence = doc.meta.published.evidence;
  return {
    id: doc.id,
    source: doc.source,
    segment_of: doc.segmentOf,
    title: doc.meta.title,
    published,
    outlet: doc.meta.outlet,
    author: doc.meta.author,
    language: doc.meta.language,
    text: doc.text,
    timexes: doc.layers.timexes,
    entities: doc.layers.entities,
    events: doc.layers.events,
    hash: doc.hash,
    raw: doc.raw,
    encoding: doc.encoding,
    format: doc.format,
    url: doc.meta.url,
    offsets: { runs: doc.offsets.runs.map((r) => ({ ...r })), length: doc.offsets.length, sourceLength: doc.offsets.sourceLength },
    ingested_at: ingestedAt.toISOString(),
    sentences: doc.layers.sentences,
    tokens: doc.layers.tokens,
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
