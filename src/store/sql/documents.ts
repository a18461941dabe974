import type { Sentence, Token } from '../../core/document.js';
import type { SqlExecutor } from '../sql-client.js';
import { isoInstant } from '../sql-client.js';
import type { DocumentQuery, DocumentSummary, SpanLayer, StoredSpan } from '../store.js';
import type { StoredDocument } from '../stored-document.js';
import { QueryBuilder } from './query-builder.js';
import { DOCUMENT_COLUMNS, EVENT_SELECT, eventFromRow } from './rows.js';

/** The columns a document is read back from: not its normalised copies (only search reads them), nor `raw` (page_raw below). */
const DOCUMENT_SELECT = DOCUMENT_COLUMNS.map(([n]) => `d.${n}`).filter((n) => !['d.text_norm', 'd.title_norm', 'd.raw'].includes(n)).join(', ');

/** The stored hashes among `hashes` (top-level pages only). */
export async function selectHashes(db: SqlExecutor, hashes: readonly string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set();
  const rows = await db.query<{ hash: string }>(
    'SELECT DISTINCT hash FROM documents WHERE segment_of IS NULL AND hash = ANY($1::text[])', [[...hashes]]);
  return new Set(rows.map((r) => r.hash));
}

/** Spans of a document in text order. */
export async function selectSpans(db: SqlExecutor, doc: string, layer?: SpanLayer): Promise<StoredSpan[]> {
  const rows = await db.query<{ layer: SpanLayer; start_pos: number; end_pos: number; text: string; data: Record<string, unknown> }>(
    `SELECT layer, start_pos, end_pos, text, data FROM spans WHERE doc_id = $1 AND ($2::text IS NULL OR layer = $2)
     ORDER BY start_pos, end_pos, layer`, [doc, layer ?? null]);
  return rows.map((r) => ({ doc, layer: r.layer, start: r.start_pos, end: r.end_pos, text: r.text, data: r.data }));
}

/** A stored document, with its events as they are now and the sentences and tokens that were stored. */
export async function selectDocument(db: SqlExecutor, id: string): Promise<StoredDocument | null> {
  // a segment stored without raw reads its host's
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${DOCUMENT_SELECT}, COALESCE(d.raw, h.raw) AS page_raw FROM documents d LEFT JOIN documents h ON h.id = d.segment_of WHERE d.id = $1`, [id]);
  const r = rows[0];
  if (!r) return null;
  const evRows = await db.query<Record<string, unknown>>(`SELECT ${EVENT_SELECT} FROM events WHERE doc_id = $1 ORDER BY ordinal, id`, [id]);
  const events = evRows.map((row) => {
    const { doc: _doc, ...ev } = eventFromRow(row);
    return ev;
  });

  const published: StoredDocument['published'] = { value: (r.published_value as string | null) ?? null, basis: r.published_basis as StoredDocument['published']['basis'] };
  if (r.published_evidence) published.evidence = r.published_evidence as NonNullable<StoredDocument['published']['evidence']>;
  const doc: StoredDocument = {
    id: r.id as string,
    source: r.source as string,
    segment_of: (r.segment_of as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    published,
    outlet: (r.outlet as string | null) ?? null,
    author: (r.author as string | null) ?? null,
    language: r.language as string,
    text: r.text as string,
    timexes: r.timexes as StoredDocument['timexes'],
    entities: r.entities as StoredDocument['entities'],
    events,
    hash: r.hash as string,
    raw: (r.page_raw as string | null) ?? '',
    encoding: r.encoding as string,
    format: r.format as StoredDocument['format'],
    url: (r.url as string | null) ?? null,
    offsets: r.offsets as StoredDocument['offsets'],
    ingested_at: isoInstant(r.ingested_at),
    warnings: r.warnings as NonNullable<StoredDocument['warnings']>,
  };
  const spans = await db.query<{ layer: string; start_pos: number; end_pos: number; text: string; data: Record<string, unknown> }>(
    `SELECT layer, start_pos, end_pos, text, data FROM spans WHERE doc_id = $1 AND layer IN ('sentence', 'token') ORDER BY start_pos, end_pos`, [id]);
  const sentences = spans.filter((s) => s.layer === 'sentence');
  const tokens = spans.filter((s) => s.layer === 'token');
  if (sentences.length) doc.sentences = sentences.map((s) => ({ start: s.start_pos, end: s.end_pos, ...s.data }) as unknown as Sentence);
  if (tokens.length) doc.tokens = tokens.map((s) => ({ start: s.start_pos, end: s.end_pos, text: s.text, ...s.data }) as unknown as Token);
  return doc;
}

/** The WHERE conditions of a document query. */
function documentFilters(query: DocumentQuery): QueryBuilder {
  const q = new QueryBuilder();
  if (query.outlet !== undefined) q.where(`outlet = ${q.param(query.outlet)}`);
  if (query.ids !== undefined) q.where(`id = ANY(${q.param([...query.ids])}::text[])`);
  if (query.entity !== undefined) q.where(`id IN (SELECT doc_id FROM mentions WHERE entity_id = ${q.param(query.entity)})`);
  return q.dates(query, 'published_start', 'published_end');
}

/** How many documents match a query, paging aside. */
export async function countDocuments(db: SqlExecutor, query: DocumentQuery): Promise<number> {
  const q = documentFilters(query);
  const rows = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM documents ${q.whereSql()}`, q.params);
  return rows[0]!.n;
}

/** Document metadata, newest first (undated last), then by id. */
export async function selectDocuments(db: SqlExecutor, query: DocumentQuery): Promise<DocumentSummary[]> {
  const q = documentFilters(query);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT id, hash, source, segment_of, title, published_value, published_basis, outlet, author, url, format, ingested_at
     FROM documents ${q.whereSql()} ORDER BY published_start DESC NULLS LAST, published_end DESC NULLS LAST, id ${q.page(query.limit, query.offset)}`,
    q.params,
  );
  return rows.map((r) => ({
    id: r.id as string,
    hash: r.hash as string,
    source: r.source as string,
    segment_of: (r.segment_of as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    published: { value: (r.published_value as string | null) ?? null, basis: r.published_basis as DocumentSummary['published']['basis'] },
    outlet: (r.outlet as string | null) ?? null,
    author: (r.author as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    format: r.format as DocumentSummary['format'],
    ingested_at: isoInstant(r.ingested_at),
  }));
}
