import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { RasidError } from '../core/errors.js';
import type { SqlClient, SqlExecutor } from './sql-client.js';
import { storeError } from './sql-client.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/**
 * The embedded backend: PostgreSQL compiled to WebAssembly, in this process, with its data in a
 * directory (or in memory for `memory://`).
 *
 * Concurrency: PGlite is a single connection. Queries from one process are queued one at a time
 * (a transaction holds the connection until it ends), and a data directory must be opened by one
 * process at a time: two processes writing one directory corrupt it. Parallel workers or several
 * users need the PostgreSQL server backend.
 */

/** Options of pgliteStore. */
export interface PgliteStoreOptions {
  /**
   * Keep the tables in this schema instead of `public`, so that several stores (test cases) can
   * share one PGlite instance, which takes seconds to start. Letters, digits and `_` only.
   */
  schema?: string;
  /** close the PGlite instance when the store is closed (default true) */
  closeDb?: boolean;
}

/** The SqlClient of one PGlite instance, optionally confined to a schema. */
class PgliteClient implements SqlClient {
  private schemaReady = false;

  constructor(
    private readonly db: PGlite,
    private readonly schema: string | null,
    private readonly closeDb: boolean,
  ) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    // With a schema, every statement runs in a transaction that sets the search path first:
    // another store may share the connection, so a session-wide setting could be theirs.
    if (this.schema) return this.transaction((tx) => tx.query<T>(sql, params));
    return (await this.db.query<T>(sql, [...params])).rows;
  }

  async exec(sql: string): Promise<void> {
    if (this.schema) return this.transaction((tx) => tx.exec(sql));
    await this.db.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    if (this.schema && !this.schemaReady) {
      // outside the transaction: a rolled-back first transaction must not take the schema with it
      await this.db.exec(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      this.schemaReady = true;
    }
    return this.db.transaction(async (tx) => {
      if (this.schema) await tx.exec(`SET LOCAL search_path TO "${this.schema}"`);
      return fn({
        query: async <R>(sql: string, params: readonly unknown[] = []) => (await tx.query<R>(sql, [...params])).rows,
        exec: async (sql: string) => {
          await tx.exec(sql);
        },
      });
    });
  }

  async close(): Promise<void> {
    if (this.closeDb && !this.db.closed) await this.db.close();
  }
}

/** The SqlClient of an open PGlite instance, e.g. to run migrations by hand in a test. */
export function pgliteClient(db: PGlite, options: PgliteStoreOptions = {}): SqlClient {
  const schema = options.schema ?? null;
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new RasidError('E_STORE', `"${schema}" is not a usable schema name: use letters, digits and _`);
  }
  return new PgliteClient(db, schema, options.closeDb ?? true);
}

/**
 * A migrated store on an open PGlite instance, e.g. `await pgliteStore(db, {schema: 't1', closeDb: false})`
 * for one test case sharing the instance with others.
 */
export async function pgliteStore(db: PGlite, options: PgliteStoreOptions = {}): Promise<Store> {
  const store = new SqlStore(pgliteClient(db, options));
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

/**
 * Opens (creating it and its parent folders if needed) a PGlite data directory and migrates it,
 * e.g. `await openPgliteStore('/home/me/.local/share/rasid/db')`; `memory://` keeps everything
 * in memory, for tests.
 */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  const memory = dataDir.startsWith('memory://');
  const dir = memory ? dataDir : resolve(dataDir);
  let db: PGlite;
  try {
    if (!memory) mkdirSync(dir, { recursive: true });
    db = await PGlite.create(dir);
  } catch (err) {
    const e = storeError(`opening the PGlite database at ${dir}`, err);
    e.message += '. Is it a Rasid database directory, readable and writable, and not open in another process?';
    throw e;
  }
  return pgliteStore(db);
}
