import { normalize } from '../../text/normalize.js';
import type { SqlExecutor } from '../sql-client.js';
import { jsonParam } from '../sql-client.js';

/** Rows normalised per statement: a few MB of text at most. */
const CHUNK = 200;

/**
 * Fills the normalised copies that migration 0002 added for rows written before it (titles and
 * texts, event evidence, entity aliases): normalisation is code, not SQL, so the migration
 * cannot. Cheap when there is nothing to do (one indexed lookup per table); idempotent.
 */
export async function backfillNormalised(db: SqlExecutor): Promise<number> {
  let n = 0;
  for (;;) {
    const docs = await db.query<{ id: string; text: string; title: string | null }>(
      `SELECT id, text, title FROM documents WHERE text_norm IS NULL LIMIT ${CHUNK}`);
    if (!docs.length) break;
    const rows = docs.map((d) => ({ id: d.id, text_norm: normalize(d.text), title_norm: d.title === null ? null : normalize(d.title) }));
    await db.query(`UPDATE documents d SET text_norm = x.text_norm, title_norm = x.title_norm
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, text_norm text, title_norm text) WHERE d.id = x.id`, [jsonParam(rows)]);
    n += docs.length;
  }
  for (;;) {
    const events = await db.query<{ doc_id: string; id: string; evidence: { text: string }[] }>(
      `SELECT doc_id, id, evidence FROM events WHERE evidence_norm IS NULL LIMIT ${CHUNK}`);
    if (!events.length) break;
    const rows = events.map((e) => ({ doc_id: e.doc_id, id: e.id, evidence_norm: normalize(e.evidence.map((m) => m.text).join('\n')) }));
    await db.query(`UPDATE events e SET evidence_norm = x.evidence_norm
      FROM jsonb_to_recordset($1::jsonb) AS x(doc_id text, id text, evidence_norm text) WHERE e.doc_id = x.doc_id AND e.id = x.id`, [jsonParam(rows)]);
    n += events.length;
  }
  for (;;) {
    const aliases = await db.query<{ entity_id: string; alias: string }>(
      `SELECT entity_id, alias FROM entity_aliases WHERE alias_norm IS NULL LIMIT ${CHUNK * 10}`);
    if (!aliases.length) break;
    const rows = aliases.map((a) => ({ ...a, alias_norm: normalize(a.alias) }));
    await db.query(`UPDATE entity_aliases a SET alias_norm = x.alias_norm
      FROM jsonb_to_recordset($1::jsonb) AS x(entity_id text, alias text, alias_norm text) WHERE a.entity_id = x.entity_id AND a.alias = x.alias`, [jsonParam(rows)]);
    n += aliases.length;
  }
  return n;
}
