import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreConformance } from './conformance.js';
import { sampleDocument, sampleSegment } from './conformance-fixtures.js';
import { defaultDbPath, openStore } from './open-store.js';
import { runMigrations } from './migrate.js';
import { pgliteClient, pgliteStore } from './pglite-store.js';
import type { Store } from './store.js';

// A PGlite instance takes seconds to start, so each suite shares one and gives every case a
// fresh schema: the state is empty per case, as the conformance suite requires.
const tmp = mkdtempSync(join(tmpdir(), 'rasid-store-'));
const shared: PGlite[] = [];
let schemas = 0;

/** The PGlite instance of `dataDir`, started on first use and closed after all tests. */
function lazyDb(dataDir: string): () => Promise<PGlite> {
  let db: Promise<PGlite> | undefined;
  return () => {
    db ??= PGlite.create(dataDir).then((d) => {
      shared.push(d);
      return d;
    });
    return db;
  };
}

/** A makeStore that gives each case a fresh schema of one shared instance. */
function schemaPerCase(db: () => Promise<PGlite>): () => Promise<Store> {
  return async () => pgliteStore(await db(), { schema: `case_${++schemas}`, closeDb: false });
}

const memoryDb = lazyDb('memory://');

afterAll(async () => {
  for (const db of shared) await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

runStoreConformance('PGlite in memory', schemaPerCase(memoryDb));
runStoreConformance('PGlite on disk', schemaPerCase(lazyDb(join(tmp, 'shared-db'))));

describe('runMigrations', () => {
  it('applies pending migrations once, all or nothing, and refuses unknown ones', async () => {
    const client = pgliteClient(await memoryDb(), { schema: 'migrations_case', closeDb: false });
    const a = { id: 'a', up: 'CREATE TABLE a (x integer); CREATE TABLE a2 (y text);' };
    const broken = { id: 'b', up: 'CREATE TABLE b (x integer); SELECT * FROM no_such_table;' };
    await expect(runMigrations(client, [a, broken])).rejects.toThrow(/no_such_table/);
    const exists = async (t: string): Promise<boolean> =>
      (await client.query<{ r: string | null }>('SELECT to_regclass($1)::text AS r', [t]))[0]!.r !== null;
    expect(await exists('a')).toBe(false);
    expect(await runMigrations(client, [a])).toEqual(['a']);
    expect(await runMigrations(client, [a])).toEqual([]);
    expect(await exists('a2')).toBe(true);
    await expect(runMigrations(client, [])).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/\(a\)/) });
  });
});

describe('openStore', () => {
  it('creates a data directory with its parents, and finds the data after reopening', async () => {
    const dir = join(tmp, 'nested', 'deeper', 'db');
    const host = sampleDocument(1);
    let store = await openStore(dir);
    expect(await store.putDocuments([host, sampleSegment(host)])).toMatchObject({ inserted: 2 });
    const run = await store.startRun('ingest');
    await store.recordFailure({ run, source: 'x', code: 'E_EMPTY', message: 'empty' });
    await store.close();

    store = await openStore(dir);
    try {
      await store.migrate();
      expect(await store.countDocuments()).toBe(2);
      const { tokens: _t, ...expected } = host;
      expect(await store.getDocument(host.id)).toEqual(expected);
      expect((await store.getDocument('doc-1.2'))!.raw).toBe(host.raw);
      expect(await store.hasHash(host.hash)).toBe(true);
      expect(await store.listFailures(run)).toHaveLength(1);
      expect(await store.putDocuments([host])).toMatchObject({ inserted: 0, duplicates: 1 });
    } finally {
      await store.close();
    }
  });

  it('opens an in-memory store for memory://', async () => {
    const store = await openStore('memory://');
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });

  it('reports a data directory that cannot be created with E_STORE', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(openStore(join(file, 'db'))).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringContaining(file) });
  });
});

describe('defaultDbPath', () => {
  it('prefers RASID_DATABASE_URL, then RASID_DB, else the user data folder', () => {
    const url = 'postgres://rasid:pw@127.0.0.1/rasid';
    expect(defaultDbPath({ RASID_DATABASE_URL: url, RASID_DB: '/srv/rasid/db' })).toBe(url);
    expect(defaultDbPath({ RASID_DATABASE_URL: ' ', RASID_DB: '/srv/rasid/db' })).toBe('/srv/rasid/db');
    expect(defaultDbPath({})).toMatch(/rasid[/\\](Data[/\\])?db$/);
  });
});
