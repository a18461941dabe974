import type { SqlExecutor } from '../sql-client.js';
import { insertRows } from '../sql-client.js';
import type { PutConflict, PutDocumentsOptions, PutDocumentsResult } from '../store.js';
import type { StoredDocument } from '../stored-document.js';
import { insertMissingEntities } from './entities.js';
import { putEventRows } from './events.js';
import { DOCUMENT_COLUMNS, MENTION_COLUMNS, ROLE_COLUMNS, SPAN_COLUMNS, documentRow, entityRows } from './rows.js';
import { spanRows } from './rows.js';

/** What to do with each input document. */
interface Plan {
  insert: StoredDocument[];
  duplicates: number;
  conflicts: PutConflict[];
}

/**
 * Sorts a batch into inserts, duplicates and conflicts, against the store and within the batch.
 * A top-level page is identified by its hash: one already stored, or earlier in the batch, is a
 * duplicate, and so are its segments. A new page whose id is taken is a conflict (two files with
 * the same stem in different folders): it is reported, not silently merged. A segment is keyed
 * by its id (host id + ordinal) and needs its host stored or inserted with it.
 */
async function plan(db: SqlExecutor, docs: readonly StoredDocument[]): Promise<Plan> {
  const hashes = [...new Set(docs.filter((d) => d.segment_of === null).map((d) => d.hash))];
  const ids = [...new Set(docs.flatMap((d) => (d.segment_of === null ? [d.id] : [d.id, d.segment_of])))];
  const byHash = await db.query<{ hash: string }>(
    'SELECT hash FROM documents WHERE segment_of IS NULL AND hash = ANY($1::text[])', [hashes]);
  const byId = await db.query<{ id: string; hash: string }>('SELECT id, hash FROM documents WHERE id = ANY($1::text[])', [ids]);
  const storedHashes = new Set(byHash.map((r) => r.hash));
  const storedIds = new Map(byId.map((r) => [r.id, r.hash]));

  const out: Plan = { insert: [], duplicates: 0, conflicts: [] };
  const batchIds = new Map<string, string>();
  const batchHashes = new Set<string>();
  const droppedHosts = new Map<string, 'duplicate' | 'conflict'>();
  // hosts first, so that a segment listed before its host still finds it
  const ordered = [...docs.filter((d) => d.segment_of === null), ...docs.filter((d) => d.segment_of !== null)];
  for (const doc of ordered) {
    if (doc.segment_of === null) {
      if (storedHashes.has(doc.hash) || batchHashes.has(doc.hash)) {
        out.duplicates++;
        droppedHosts.set(doc.id, 'duplicate');
      } else if (storedIds.has(doc.id) || batchIds.has(doc.id)) {
        out.conflicts.push({ id: doc.id, reason: `the id "${doc.id}" is already used by a different page` });
        droppedHosts.set(doc.id, 'conflict');
      } else {
        out.insert.push(doc);
        batchIds.set(doc.id, doc.hash);
        batchHashes.add(doc.hash);
      }
      continue;
    }
    const hostFate = droppedHosts.get(doc.segment_of);
    const existing = storedIds.get(doc.id) ?? batchIds.get(doc.id);
    if (hostFate === 'duplicate' || (existing !== undefined && existing === doc.hash)) out.duplicates++;
    else if (hostFate === 'conflict') out.conflicts.push({ id: doc.id, reason: `its host "${doc.segment_of}" was refused` });
    else if (existing !== undefined) out.conflicts.push({ id: doc.id, reason: `the id "${doc.id}" is already used by a different page` });
    else if (!storedIds.has(doc.segment_of) && !batchIds.has(doc.segment_of)) {
      out.conflicts.push({ id: doc.id, reason: `its host "${doc.segment_of}" is not stored` });
    } else {
      out.insert.push(doc);
      batchIds.set(doc.id, doc.hash);
    }
  }
  return out;
}

/** Stores a batch (call inside a transaction): documents, spans, entities, mentions, roles, events. */
export async function putDocumentRows(
  db: SqlExecutor,
  docs: readonly StoredDocument[],
  options: PutDocumentsOptions = {},
): Promise<PutDocumentsResult> {
  // Writers sharing a server take turns until their transaction ends: the plan reads what is
  // stored, so two writers planning at once would both insert the same new page and one would
  // fail on the unique index. Keyed by schema, like the migration lock; free on PGlite.
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('rasid:put-documents:' || current_schema()))`);
  const { insert, duplicates, conflicts } = await plan(db, docs);
  if (!insert.length) return { inserted: 0, ids: [], duplicates, conflicts };

  // a segment normally carries its host's raw: keep one copy, on the host
  const hostRaw = new Map(insert.filter((d) => d.segment_of === null).map((d) => [d.id, d.raw]));
  const rows = insert.map((d) => documentRow(d, d.segment_of !== null && hostRaw.get(d.segment_of) === d.raw ? null : d.raw));
  // small chunks: a row carries a whole page, and one parameter should stay a few MB
  await insertRows(db, 'documents', DOCUMENT_COLUMNS, rows, '', 25);
  await insertRows(db, 'spans', SPAN_COLUMNS, insert.flatMap((d) => spanRows(d, options.tokens === true)));

  const fed = insert.map(entityRows);
  await insertMissingEntities(db, fed.flatMap((f) => f.entities), fed.flatMap((f) => f.aliases));
  await insertRows(db, 'mentions', MENTION_COLUMNS, fed.flatMap((f) => f.mentions), 'ON CONFLICT DO NOTHING');
  await insertRows(db, 'entity_roles', ROLE_COLUMNS, fed.flatMap((f) => f.roles));
  await putEventRows(db, insert.flatMap((d) => d.events.map((ev) => ({ ...ev, doc: d.id }))), false);
  return { inserted: insert.length, ids: insert.map((d) => d.id), duplicates, conflicts };
}
