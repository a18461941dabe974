import { join } from 'node:path';
import envPaths from 'env-paths';
import { isPostgresUrl } from './db-target.js';
import { openPgliteStore } from './pglite-store.js';
import type { Store } from './store.js';

/**
 * The user's data folder for the embedded database (`~/.local/share/rasid/db` on Linux,
 * `~/Library/Application Support/rasid/db` on macOS, `%LOCALAPPDATA%\rasid\Data\db` on Windows).
 */
export function defaultDataFolder(): string {
  return join(envPaths('rasid', { suffix: '' }).data, 'db');
}

/**
 * Where the database lives when `--db` is not given, in this order: `$RASID_DATABASE_URL` (a
 * PostgreSQL server), `$RASID_DB` (a PGlite data folder, or a URL too), the user's data folder
 * (defaultDataFolder). So the full precedence is `--db` > `RASID_DATABASE_URL` > `RASID_DB` >
 * the default folder. The result may hold a password: show it through redactPassword.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.RASID_DATABASE_URL?.trim();
  if (url) return url;
  const fromEnv = env.RASID_DB?.trim();
  if (fromEnv) return fromEnv;
  return defaultDataFolder();
}

/**
 * Opens and migrates the store at `target`: a `postgres://…` URL for a PostgreSQL server, else a
 * PGlite data directory (created with its parents when missing) or `memory://`.
 * Example: `const store = await openStore(opts.db ?? defaultDbPath());`
 */
export async function openStore(target: string): Promise<Store> {
  if (isPostgresUrl(target)) {
    // loaded on demand: most runs use PGlite and need not load the network driver
    const { openPgStore } = await import('./pg-store.js');
    return openPgStore(target);
  }
  return openPgliteStore(target);
}
