import { RasidError } from '../../core/errors.js';
import type { SqlExecutor } from '../sql-client.js';
import { isoInstant, isoInstantOrNull, textParam } from '../sql-client.js';
import type { FailureInput, RunSummary, StoreStats, StoredFailure, StoredRun } from '../store.js';

/** Records a run as started and returns its id. */
export async function insertRun(db: SqlExecutor, command: string | undefined): Promise<number> {
  const rows = await db.query<{ id: number }>('INSERT INTO runs (command) VALUES ($1) RETURNING id', [command ?? null]);
  return rows[0]!.id;
}

/** Records the end of a run. */
export async function updateRun(db: SqlExecutor, run: number, summary: RunSummary, status: StoredRun['status']): Promise<void> {
  const rows = await db.query<{ id: number }>(
    `UPDATE runs SET status = $2, finished_at = now(), inputs = $3, stored = $4, duplicates = $5, failed = $6 WHERE id = $1 RETURNING id`,
    [run, status, summary.inputs, summary.stored, summary.duplicates, summary.failed],
  );
  if (!rows.length) throw new RasidError('E_STORE', `there is no run ${run} to finish`);
}

/** Runs, the latest first. */
export async function selectRuns(db: SqlExecutor, limit: number | undefined): Promise<StoredRun[]> {
  const rows = await db.query<Record<string, unknown>>('SELECT * FROM runs ORDER BY id DESC LIMIT $1::integer', [limit ?? null]);
  return rows.map((r) => ({
    id: r.id as number,
    command: (r.command as string | null) ?? null,
    status: r.status as StoredRun['status'],
    started_at: isoInstant(r.started_at),
    finished_at: isoInstantOrNull(r.finished_at),
    summary: r.finished_at == null ? null : {
      inputs: r.inputs as number, stored: r.stored as number, duplicates: r.duplicates as number, failed: r.failed as number,
    },
  }));
}

/** Records one failed input. */
export async function insertFailure(db: SqlExecutor, f: FailureInput): Promise<void> {
  await db.query('INSERT INTO failures (run_id, source, code, message) VALUES ($1, $2, $3, $4)',
    [f.run, textParam(f.source), f.code, textParam(f.message)]);
}

/** Failures of one run or of all runs, in recording order. */
export async function selectFailures(db: SqlExecutor, run: number | undefined): Promise<StoredFailure[]> {
  const rows = await db.query<Record<string, unknown>>(
    'SELECT * FROM failures WHERE $1::integer IS NULL OR run_id = $1 ORDER BY id', [run ?? null]);
  return rows.map((r) => ({
    id: r.id as number, run: r.run_id as number, source: r.source as string, code: r.code as string,
    message: r.message as string, at: isoInstant(r.at),
  }));
}

/** Row counts per table, in one query. */
export async function selectStats(db: SqlExecutor): Promise<StoreStats> {
  const tables = ['spans', 'entities', 'entity_aliases', 'entity_roles', 'mentions', 'events', 'clusters', 'cluster_links', 'runs', 'failures'];
  const parts = [
    '(SELECT count(*)::integer FROM documents) AS documents',
    '(SELECT count(*)::integer FROM documents WHERE segment_of IS NOT NULL) AS segments',
    ...tables.map((t) => `(SELECT count(*)::integer FROM ${t}) AS ${t}`),
  ];
  const rows = await db.query<StoreStats>(`SELECT ${parts.join(', ')}`);
  return rows[0]!;
}
