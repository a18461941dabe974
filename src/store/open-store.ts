import { join } from 'node:path';
import envPaths from 'env-paths';
import { RasidError } from '../core/errors.js';
import { openPgliteStore } from './pglite-store.js';
import type { Store } from './store.js';

/**
 * Where the database lives when `--db` is not given: `$RASID_DB`, else the user's data folder
 * (`~/.local/share/rasid/db` on Linux, `~/Library/Application Support/rasid/db` on macOS,
 * `%LOCALAPPDATA%\rasid\Data\db` on Windows).
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.RASID_DB?.trim();
  if (fromEnv) return fromEnv;
  return join(envPaths('rasid', { suffix: '' }).data, 'db');
}

/** True for a PostgreSQL connection string. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * Opens and migrates the store at `target`: a `postgres://…` URL for a PostgreSQL server, else a
 * PGlite data directory (created with its parents when missing) or `memory://`.
 * Example: `const store = await openStore(opts.db ?? defaultDbPath());`
 */
export async function openStore(target: string): Promise<Store> {
  if (isPostgresUrl(target)) {
    throw new RasidError(
      'E_STORE',
      'PostgreSQL server backend not available yet: pass a directory path to use the embedded PGlite database',
      target.replace(/\/\/[^@/]*@/, '//***@'), // never echo a password
    );
  }
  return openPgliteStore(target);
}
