import type { SqlExecutor } from '../sql-client.js';
import { insertRows, isoInstant } from '../sql-client.js';
import type { EntityQuery, StoredEntity } from '../store.js';
import { QueryBuilder } from './query-builder.js';
import { normalize } from '../../text/normalize.js';
import type { RoleQuery, StoredRole } from '../store.js';
import { ALIAS_COLUMNS, ENTITY_COLUMNS, aliasRow } from './rows.js';

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
  const aliases = entities.flatMap((e) => [...new Set([e.name, ...e.aliases])].map((alias) => aliasRow(e.id, alias)));
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

/**
 * One entity with its aliases, or null: by id, else by a name equal to one of its aliases after
 * normalisation (the entity mentioned most wins a name two share, then the smaller id).
 */
export async function selectEntity(db: SqlExecutor, idOrName: string): Promise<StoredEntity | null> {
  const rows = await db.query(`${SELECT_ENTITIES} WHERE e.id = $1`, [idOrName]);
  if (rows[0]) return entityFromRow(rows[0]);
  const byName = await db.query(`${SELECT_ENTITIES} WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_norm = $1)
    ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id LIMIT 1`, [normalize(idOrName.trim())]);
  return byName[0] ? entityFromRow(byName[0]) : null;
}

/** The WHERE conditions of an entity query. */
function entityFilters(query: EntityQuery): QueryBuilder {
  const q = new QueryBuilder();
  if (query.ids !== undefined) q.where(`e.id = ANY(${q.param([...query.ids])}::text[])`);
  if (query.type !== undefined) q.where(`e.type = ${q.param(query.type)}`);
  if (query.country !== undefined) q.where(`e.country = ${q.param(query.country)}`);
  if (query.q !== undefined) {
    // strpos, not LIKE: the search text needs no escaping of % and _; aliases compare normalised
    const s = q.param(query.q.toLowerCase());
    const n = q.param(normalize(query.q.trim()).toLowerCase());
    q.where(`(strpos(lower(e.name), ${s}) > 0 OR strpos(lower(COALESCE(e.name_en, '')), ${s}) > 0
      OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id
        AND (strpos(lower(a.alias), ${s}) > 0 OR strpos(lower(a.alias_norm), ${n}) > 0)))`);
  }
  return q;
}

/** Entities matching a query, by name. */
export async function selectEntities(db: SqlExecutor, query: EntityQuery): Promise<StoredEntity[]> {
  const q = entityFilters(query);
  const rows = await db.query(`${SELECT_ENTITIES} ${q.whereSql()} ORDER BY e.name, e.id ${q.page(query.limit, query.offset)}`, q.params);
  return rows.map(entityFromRow);
}

/** How many entities match a query, paging aside. */
export async function countEntities(db: SqlExecutor, query: EntityQuery): Promise<number> {
  const q = entityFilters(query);
  const rows = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM entities e ${q.whereSql()}`, q.params);
  return rows[0]!.n;
}

/** Roles as the documents state them: by publication date of the document, then position. */
export async function selectRoles(db: SqlExecutor, query: RoleQuery): Promise<StoredRole[]> {
  const q = new QueryBuilder();
  if (query.entity !== undefined) q.where(`r.entity_id = ${q.param(query.entity)}`);
  if (query.doc !== undefined) q.where(`r.doc_id = ${q.param(query.doc)}`);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT r.* FROM entity_roles r JOIN documents d ON d.id = r.doc_id ${q.whereSql()}
     ORDER BY d.published_start NULLS LAST, r.doc_id, r.start_pos NULLS LAST, r.id ${q.page(query.limit, query.offset)}`, q.params);
  return rows.map((r) => ({
    entity: r.entity_id as string, doc: r.doc_id as string, title: r.title as string,
    org: (r.org as string | null) ?? null, country: (r.country as string | null) ?? null, date: (r.date_value as string | null) ?? null,
    start: (r.start_pos as number | null) ?? null, end: (r.end_pos as number | null) ?? null,
  }));
}
