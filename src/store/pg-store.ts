import pg from 'pg';
import type { CustomTypesConfig, PoolClient } from 'pg';
import { RasidError } from '../core/errors.js';
import { redactPassword, redactPasswordsIn } from './db-target.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';
import { storeError } from './sql-client.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/**
 * The server backend: a PostgreSQL server reached with node-postgres (`pg`, pure JavaScript)
 * through a connection pool. Unlike a PGlite folder, one database can be shared by several
 * processes and machines at once (parallel workers, a web server beside an ingestion).
 * The schema and every query are SqlStore's, identical to PGlite's.
 */

/** Options of openPgStore and pgClient. */
export interface PgStoreOptions {
  /**
   * Keep the tables in this schema instead of the server's default search path (created when
   * missing), e.g. one schema per test case. Letters, digits and `_` only.
   */
  schema?: string;
  /** most connections the pool opens at once (default 10) */
  max?: number;
}

const OID = { INT8: 20, DATE: 1082, TIMESTAMP: 1114 } as const;

/**
 * Text-format parsers that make the server's values look like PGlite's, so that SqlStore (and
 * the conformance suite) see one set of JavaScript types whatever the backend: int8 is a number
 * while it is exact (a bigint beyond), and `date`/`timestamp` are read as UTC, not in the
 * process's time zone (node-postgres's default would shift them by the local offset).
 * timestamptz (a Date), jsonb (parsed), arrays and numeric (a string) already match.
 */
const PGLITE_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === undefined || format === 'text') {
      if (oid === OID.INT8) {
        return (v: string) => {
          const n = Number(v);
          return Number.isSafeInteger(n) ? n : BigInt(v);
        };
      }
      if (oid === OID.DATE) return (v: string) => (/^\d{4}-\d\d-\d\d$/.test(v) ? new Date(`${v}T00:00:00Z`) : v);
      if (oid === OID.TIMESTAMP) {
        return (v: string) => (/^\d{4}-\d\d-\d\d \d/.test(v) ? new Date(`${v.replace(' ', 'T')}Z`) : v);
      }
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as CustomTypesConfig['getTypeParser'],
};

/** A statement runner over one pooled connection (inside a transaction). */
function executorOf(conn: PoolClient): SqlExecutor {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await conn.query(sql, [...params])).rows as T[],
    exec: async (sql: string) => {
      // without parameters node-postgres uses the simple protocol, which runs several statements
      await conn.query(sql);
    },
  };
}

/** The SqlClient of a node-postgres pool. */
class PgClient implements SqlClient {
  constructor(private readonly pool: pg.Pool) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, [...params])).rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    // a transaction must stay on one connection: the pool would spread its statements over several
    const conn = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await conn.query('BEGIN');
      const result = await fn(executorOf(conn));
      await conn.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await conn.query('ROLLBACK');
      } catch (rollbackErr) {
        // a connection that cannot even roll back is discarded, not handed to the next caller
        broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
      }
      throw err;
    } finally {
      conn.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * The SqlClient of a server, e.g. `pgClient(url)` to run migrations or administrative SQL by
 * hand in a test. Nothing connects until the first statement.
 */
export function pgClient(url: string, options: PgStoreOptions = {}): SqlClient {
  const schema = options.schema ?? null;
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new RasidError('E_STORE', `"${schema}" is not a usable schema name: use letters, digits and _`);
  }
  if (schema !== null && /[?&]options=/i.test(url)) {
    // the URL's own `options` would silently replace the search path set below
    throw new RasidError('E_STORE', 'give the schema either as an option or in the URL\'s options, not both', redactPassword(url));
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: PGLITE_TYPES,
    application_name: 'rasid',
    // an unreachable host fails in seconds instead of waiting for the TCP timeout
    connectionTimeoutMillis: 30_000,
    // a pool left open (a crashed command) does not keep the process alive
    allowExitOnIdle: true,
    // set at connection start, so every pooled connection sees the schema from its first statement
    ...(schema !== null ? { options: `-c search_path="${schema}"` } : {}),
  });
  // an idle connection dropped by the server (restart, timeout) must not crash the process: the
  // pool discards it and the next statement opens a new one
  pool.on('error', () => undefined);
  return new PgClient(pool);
}

/**
 * The error of a failed first contact with the server, with the URL's password hidden. It has
 * no `cause`: a malformed URL's TypeError carries the whole URL, password included.
 */
function connectError(url: string, err: unknown): RasidError {
  const raw = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const detail = typeof code === 'string' && !raw.includes(code) ? `${raw} (${code})` : raw;
  const where = redactPassword(url);
  return new RasidError(
    'E_STORE',
    `connecting to the PostgreSQL server at ${where} failed: ${redactPasswordsIn(detail)}. Is the server running, and are the URL, user and password right?`,
    where,
  );
}

/**
 * Connects to a PostgreSQL server and migrates its database (or `schema`), e.g.
 * `await openPgStore('postgres://rasid:pw@127.0.0.1:5432/rasid')`. Several processes may open
 * the same database at once; migrations take a lock so that only the first one applies them.
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  let client: SqlClient;
  try {
    client = pgClient(url, options);
  } catch (err) {
    throw err instanceof RasidError ? err : connectError(url, err);
  }
  const store = new SqlStore(client);
  try {
    try {
      if (options.schema) {
        // CREATE SCHEMA IF NOT EXISTS is not safe against itself: two processes creating the
        // same schema at once collide on the catalogue's unique index, and the loser finds it made
        await client.exec(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`).catch(async (err: unknown) => {
          if ((err as { code?: string }).code !== '23505' && !String((err as Error).message).includes('23505')) throw err;
          await client.query('SELECT 1');
        });
      }
      else await client.query('SELECT 1');
    } catch (err) {
      throw connectError(url, err);
    }
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err instanceof RasidError ? err : storeError(`opening ${redactPassword(url)}`, err);
  }
  return store;
}
