import type { SqlExecutor } from '../sql-client.js';
import { insertRows, isoInstant } from '../sql-client.js';
import type { EntityQuery, StoredEntity } from '../store.js';
import { QueryBuilder } from './query-builder.js';
import { ALIAS_COLUMNS, ENTITY_COLUMNS } from './rows.js';

/**
 * Inserts entities, or updates them: a given name wins, a null English name or country does not
 * erase a known one, and aliases are only ever added. The last of two equal ids in a call wins.
 */
export async function upsertEntities(db: SqlExecutor, entities: readonly StoredEntity[]): Promise<number> {
  if (!entities.length) return 0;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows = [...byId.values()].map((e) => ({ id: e.id, type: e.type, name: e.name, name_en: e.name_en, country: e.country }));
  await insertRows(db, 'entities', ENTITY_COLUMNS, rows, `ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name,
    name_en = COALESCE(excluded.name_en, entities.name_en), country = COALESCE(excluded.country, entities.country), updated_at = now()`);
  const aliases = entities.flatMap((e) => [...new Set([e.name, ...e.aliases])].map((alias) => ({ entity_id: e.id, alias })));
  await insertRows(db, 'entity_aliases', ALIAS_COLUMNS, aliases, 'ON CONFLICT DO NOTHING');
  return entities.length;
}

/** Inserts the entities documents mention when they are not known yet; known ones are left alone. */
export async function insertMissingEntities(db: SqlExecutor, rows: readonly object[], aliases: readonly object[]): Promise<void> {
  await insertRows(db, 'entities', ENTITY_COLUMNS, rows, 'ON CONFLICT (id) DO NOTHING');
  await insertRows(db, 'entity_aliases', ALIAS_COLUMNS, aliases, 'ON CONFLICT DO NOTHING');
}

const SELECT_ENTITIES = `SELECT e.id, e.type, e.name, e.name_en, e.country, e.created_at, e.updated_at,
  COALESCE((SELECT jsonb_agg(a.alias ORDER BY a.alias) FROM entity_aliases a WHERE a.entity_id = e.id), '[]'::jsonb) AS aliases
  FROM entities e`;

function entityFromRow(r: Record<string, unknown>): StoredEntity {
  return {
    id: r.id as string,
    type: r.type as StoredEntity['type'],
    name: r.name as string,
    name_en: (r.name_en as string | null) ?? null,
    country: (r.country as string | null) ?? null,
    aliases: r.aliases as string[],
    created_at: isoInstant(r.created_at),
    updated_at: isoInstant(r.updated_at),
  };
}

/** One entity with its aliases, or null. */
export async function selectEntity(db: SqlExecutor, id: string): Promise<StoredEntity | null> {
  const rows = await db.query(`${SELECT_ENTITIES} WHERE e.id = $1`, [id]);
  return rows[0] ? entityFromRow(rows[0]) : null;
}

/** Entities matching a query, by name. */
export async function selectEntities(db: SqlExecutor, query: EntityQuery): Promise<StoredEntity[]> {
  const q = new QueryBuilder();
  if (query.type !== undefined) q.where(`e.type = ${q.param(query.type)}`);
  if (query.country !== undefined) q.where(`e.country = ${q.param(query.country)}`);
  if (query.q !== undefined) {
    // strpos, not LIKE: the search text needs no escaping of % and _
    const s = q.param(query.q.toLowerCase());
    q.where(`(strpos(lower(e.name), ${s}) > 0 OR strpos(lower(COALESCE(e.name_en, '')), ${s}) > 0
      OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND strpos(lower(a.alias), ${s}) > 0))`);
  }
  const rows = await db.query(`${SELECT_ENTITIES} ${q.whereSql()} ORDER BY e.name, e.id ${q.page(query.limit, query.offset)}`, q.params);
  return rows.map(entityFromRow);
}
