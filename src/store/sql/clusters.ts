import { dayRange } from '../../time/date-range.js';
import type { SqlExecutor } from '../sql-client.js';
import { insertRows } from '../sql-client.js';
import type { ClusterDetail, ClusterLink, ClusterQuery, Page, StoredCluster } from '../store.js';
import { eventFilters } from './events.js';
import { EVENT_SELECT, eventFromRow } from './rows.js';

const CLUSTER_COLUMNS = [
  ['id', 'text'], ['type', 'text'], ['status', 'text'], ['date_value', 'text'], ['date_start', 'date'],
  ['date_end', 'date'], ['summary', 'jsonb'], ['conflicts', 'jsonb'],
] as const;

const LINK_COLUMNS = [['plan_cluster', 'text'], ['outcome_cluster', 'text'], ['score', 'real']] as const;

/**
 * Inserts or replaces clusters, then adds the links between clusters that are stored (a link to
 * a cluster not written yet is left for the call that writes it). The last of two equal ids wins.
 */
export async function upsertClusters(db: SqlExecutor, clusters: readonly StoredCluster[], links: readonly ClusterLink[]): Promise<number> {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const rows = [...byId.values()].map((c) => {
    const range = c.date ? dayRange(c.date.value) : null;
    return {
      id: c.id, type: c.type, status: c.status, date_value: c.date?.value ?? null, date_start: range?.start ?? null,
      date_end: range?.end ?? null, summary: c.summary, conflicts: c.conflicts,
    };
  });
  const updatable = CLUSTER_COLUMNS.map(([n]) => n).filter((n) => n !== 'id');
  await insertRows(db, 'clusters', CLUSTER_COLUMNS, rows,
    `ON CONFLICT (id) DO UPDATE SET ${updatable.map((n) => `${n} = excluded.${n}`).join(', ')}, updated_at = now()`);
  const linkRows = links.map((l) => ({ plan_cluster: l.plan, outcome_cluster: l.outcome, score: l.score }));
  await insertRows(db, 'cluster_links', LINK_COLUMNS, linkRows,
    `WHERE EXISTS (SELECT 1 FROM clusters c WHERE c.id = x.plan_cluster) AND EXISTS (SELECT 1 FROM clusters c WHERE c.id = x.outcome_cluster)
     ON CONFLICT (plan_cluster, outcome_cluster) DO UPDATE SET score = excluded.score`);
  return byId.size;
}

function clusterFromRow(r: Record<string, unknown>): StoredCluster {
  const value = (r.date_value as string | null) ?? null;
  const range = value ? dayRange(value) : null;
  return {
    id: r.id as string,
    type: (r.type as string | null) ?? '',
    status: ((r.status as string | null) ?? 'occurred') as StoredCluster['status'],
    date: value && range ? { value, start: range.start, end: range.end } : null,
    summary: { title: null, facts: [], ...(r.summary as Partial<StoredCluster['summary']>) },
    conflicts: (r.conflicts as StoredCluster['conflicts']) ?? [],
  };
}

/** Links touching any of `ids`. */
export async function selectLinks(db: SqlExecutor, ids: readonly string[]): Promise<ClusterLink[]> {
  if (!ids.length) return [];
  const rows = await db.query<{ plan_cluster: string; outcome_cluster: string; score: number | null }>(
    `SELECT plan_cluster, outcome_cluster, score FROM cluster_links
     WHERE plan_cluster = ANY($1::text[]) OR outcome_cluster = ANY($1::text[]) ORDER BY plan_cluster, outcome_cluster`, [[...ids]]);
  return rows.map((r) => ({ plan: r.plan_cluster, outcome: r.outcome_cluster, score: r.score }));
}

/** A cluster with its reports in timeline order and its links, or null. */
export async function selectCluster(db: SqlExecutor, id: string): Promise<ClusterDetail | null> {
  const rows = await db.query<Record<string, unknown>>('SELECT * FROM clusters WHERE id = $1', [id]);
  if (!rows[0]) return null;
  const events = await db.query<Record<string, unknown>>(
    `SELECT ${EVENT_SELECT} FROM events WHERE cluster_id = $1 ORDER BY date_start NULLS LAST, date_end NULLS LAST, doc_id, ordinal`, [id]);
  const links = await selectLinks(db, [id]);
  return {
    cluster: clusterFromRow(rows[0]),
    reports: events.map(eventFromRow),
    links: { plans: links.filter((l) => l.outcome === id).map((l) => l.plan), outcomes: links.filter((l) => l.plan === id).map((l) => l.outcome) },
  };
}

/** Clusters with a report matching the query, earliest first, undated last; and how many match. */
export async function selectClusters(db: SqlExecutor, query: ClusterQuery): Promise<Page<StoredCluster>> {
  const q = eventFilters(query);
  const where = `WHERE c.id IN (SELECT cluster_id FROM events ${q.whereSql()})`;
  const total = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM clusters c ${where}`, q.params);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT c.* FROM clusters c ${where} ORDER BY c.date_start NULLS LAST, c.date_end NULLS LAST, c.id ${q.page(query.limit, query.offset)}`, q.params);
  return { items: rows.map(clusterFromRow), total: total[0]!.n };
}
