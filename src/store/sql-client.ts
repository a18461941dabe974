import { RasidError } from '../core/errors.js';

/**
 * The few things the SQL store needs from a PostgreSQL driver. PGlite (pglite-store.ts) and a
 * node-postgres pool (pg-store.ts) implement it, and share the whole SqlStore (schema, queries).
 */
export interface SqlExecutor {
  /** One statement with `$1…` parameters; returns the rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A connection (or pool) that can also run a transaction and be closed. */
export interface SqlClient extends SqlExecutor {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A JSON parameter for `$n::jsonb`. PostgreSQL text cannot hold U+0000, so it becomes U+FFFD:
 * one UTF-16 unit for one, which keeps every offset valid.
 */
export function jsonParam(value: unknown): string {
  // only an escape preceded by an even number of backslashes is a real \u0000
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/** A text value safe for PostgreSQL (see jsonParam), e.g. for a plain `$n` parameter. */
export function textParam(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '\ufffd') : value;
}

/** A timestamp column as an ISO string, whatever the driver returns (Date or text). */
export function isoInstant(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

/** Like isoInstant, keeping null. */
export function isoInstantOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoInstant(value);
}

/**
 * Any driver error as RasidError `E_STORE`, saying what was being done and the SQLSTATE, e.g.
 * `storing documents failed: duplicate key … (SQLSTATE 23505)`.
 */
export function storeError(what: string, err: unknown): RasidError {
  if (err instanceof RasidError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const state = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : '';
  return new RasidError('E_STORE', `${what} failed: ${message}${state}`, undefined, { cause: err });
}

/**
 * Inserts many rows in one statement by sending them as one JSON array and unpacking it with
 * `jsonb_to_recordset`: one round trip instead of one per row, identical on PGlite and a server.
 * `columns` pairs a column name with its SQL type; rows are objects with those keys. Large
 * inputs go in chunks so that a single parameter stays a reasonable size.
 */
export async function insertRows(
  db: SqlExecutor,
  table: string,
  columns: readonly (readonly [string, string])[],
  rows: readonly object[],
  tail = '',
  chunk = 2000,
): Promise<void> {
  const names = columns.map(([n]) => n).join(', ');
  const types = columns.map(([n, t]) => `${n} ${t}`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${types}) ${tail}`;
  for (let i = 0; i < rows.length; i += chunk) {
    await db.query(sql, [jsonParam(rows.slice(i, i + chunk))]);
  }
}
