import { RasidError } from '../core/errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { SqlClient } from './sql-client.js';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one transaction (a
 * failing migration leaves the database as it was), and returns the ids applied. Running it
 * again applies nothing. Example: `await runMigrations(client)` → `['0001-initial']` the first time.
 */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  return client.transaction(async (tx) => {
    // Several workers may open a shared server at once: the lock makes the second wait and then
    // find nothing to do. Keyed by schema so that separate schemas (tests) do not wait on each other.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rasid:migrate:' || current_schema()))`);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const rows = await tx.query<{ id: string }>('SELECT id FROM schema_migrations');
    const done = new Set(rows.map((r) => r.id));
    const known = new Set(migrations.map((m) => m.id));
    const unknown = [...done].filter((id) => !known.has(id));
    if (unknown.length) {
      // an older Rasid must not write into a schema it does not understand
      throw new RasidError('E_STORE', `the database has migrations this version of Rasid does not know (${unknown.join(', ')}); upgrade Rasid`);
    }
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await tx.exec(m.up);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}
