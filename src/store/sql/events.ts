import { RasidError } from '../../core/errors.js';
import type { SqlExecutor } from '../sql-client.js';
import { jsonParam } from '../sql-client.js';
import type { EventQuery, StoredEvent } from '../store.js';
import { QueryBuilder } from './query-builder.js';
import { EVENT_COLUMNS, EVENT_SELECT, eventFromRow, eventRow } from './rows.js';

const columns = EVENT_COLUMNS.map(([n]) => n);
const updatable = columns.filter((c) => c !== 'doc_id' && c !== 'id' && c !== 'ordinal');

// A new event goes after the events its document already has, so a later stage adding one does
// not reorder them; a replaced event keeps its place (ordinal is not updated on conflict).
const UPSERT_SQL = `
INSERT INTO events (${columns.join(', ')})
SELECT ${columns.map((c) => (c === 'ordinal' ? 'COALESCE((SELECT max(e.ordinal) + 1 FROM events e WHERE e.doc_id = x.doc_id), 0) + x.ordinal' : `x.${c}`)).join(', ')}
FROM jsonb_to_recordset($1::jsonb) AS x(${EVENT_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')})
ON CONFLICT (doc_id, id) DO UPDATE SET ${updatable.map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * Inserts or replaces event mentions. Within one call the last of two events with the same
 * (doc, id) wins, because PostgreSQL refuses to update one row twice in a statement.
 */
export async function putEventRows(db: SqlExecutor, events: readonly StoredEvent[], checkDocs = true): Promise<number> {
  if (!events.length) return 0;
  const byKey = new Map<string, StoredEvent>();
  for (const ev of events) byKey.set(`${ev.doc}\u0000${ev.id}`, ev);
  if (checkDocs) {
    const docs = [...new Set(events.map((e) => e.doc))];
    const found = await db.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1::text[])', [docs]);
    const known = new Set(found.map((r) => r.id));
    const missing = docs.filter((d) => !known.has(d));
    if (missing.length) throw new RasidError('E_STORE', `events refer to documents that are not stored: ${missing.slice(0, 5).join(', ')}`);
  }
  const perDoc = new Map<string, number>();
  const rows = [...byKey.values()].map((ev) => {
    const n = perDoc.get(ev.doc) ?? 0;
    perDoc.set(ev.doc, n + 1);
    return eventRow(ev, n);
  });
  for (let i = 0; i < rows.length; i += 2000) await db.query(UPSERT_SQL, [jsonParam(rows.slice(i, i + 2000))]);
  return events.length;
}

/**
 * The WHERE conditions of an event query on `events` (aliased `prefix`); shared by the event
 * list, the clusters (a cluster matches through its reports) and search.
 */
export function eventFilters(query: EventQuery, q: QueryBuilder = new QueryBuilder(), prefix = ''): QueryBuilder {
  const c = (name: string): string => `${prefix}${name}`;
  if (query.country !== undefined) q.where(`${q.param(query.country)}::text = ANY(${c('countries')})`);
  if (query.with !== undefined) {
    const w = q.param(query.with);
    q.where(`(${w}::text = ANY(${c('countries')}) OR ${c('participants')} @> jsonb_build_array(jsonb_build_object('entity', ${w}::text)))`);
  }
  if (query.actor !== undefined) q.where(`${c('participants')} @> jsonb_build_array(jsonb_build_object('entity', ${q.param(query.actor)}::text))`);
  if (query.type !== undefined) q.where(`${c('type')} = ${q.param(query.type)}`);
  if (query.status !== undefined) q.where(`${c('status')} = ${q.param(query.status)}`);
  if (query.doc !== undefined) q.where(`${c('doc_id')} = ${q.param(query.doc)}`);
  if (query.cluster !== undefined) q.where(`${c('cluster_id')} = ${q.param(query.cluster)}`);
  if (query.clusters !== undefined) q.where(`${c('cluster_id')} = ANY(${q.param([...query.clusters])}::text[])`);
  q.dates(query, c('date_start'), c('date_end'));
  return q;
}

/** Event mentions matching a query, earliest first, undated last. */
export async function selectEvents(db: SqlExecutor, query: EventQuery): Promise<StoredEvent[]> {
  const q = eventFilters(query);
  const sql = `SELECT ${EVENT_SELECT} FROM events ${q.whereSql()}
    ORDER BY date_start NULLS LAST, date_end NULLS LAST, doc_id, ordinal ${q.page(query.limit, query.offset)}`;
  const rows = await db.query(sql, q.params);
  return rows.map(eventFromRow);
}

/** How many event mentions match a query, paging aside. */
export async function countEvents(db: SqlExecutor, query: EventQuery): Promise<number> {
  const q = eventFilters(query);
  const rows = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM events ${q.whereSql()}`, q.params);
  return rows[0]!.n;
}
