import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreConformance } from './conformance.js';
import { sampleDocument } from './conformance-fixtures.js';
import { redactPassword } from './db-target.js';
import { openStore } from './open-store.js';
import { openPgStore, pgClient } from './pg-store.js';
import type { Store } from './store.js';

/**
 * The PostgreSQL server backend. The conformance suite needs a server: it runs when
 * RASID_TEST_DATABASE_URL is set (`.ci/run` starts one), is skipped with a message otherwise,
 * and fails in CI, where a missing server must not pass unnoticed.
 */

const url = process.env.RASID_TEST_DATABASE_URL?.trim();
const HOW = 'set RASID_TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/DB (a database the tests may create schemas in) to run them';

/** A loopback port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise((done) => server.close(done));
  return port;
}

describe('redactPassword', () => {
  it('hides passwords in the user info and in the query, and leaves folders alone', () => {
    expect(redactPassword('postgres://rasid:s3cret@db:5432/rasid')).toBe('postgres://rasid:***@db:5432/rasid');
    expect(redactPassword('postgresql://u:p@ss@h/db?sslmode=require&password=x')).toBe('postgresql://u:***@h/db?sslmode=require&password=***');
    expect(redactPassword('postgres://rasid@db/rasid')).toBe('postgres://rasid@db/rasid');
    expect(redactPassword('/home/me/db:x@y')).toBe('/home/me/db:x@y');
  });
});

describe('openStore with a postgres:// URL', () => {
  it('reports an unreachable server with E_STORE, never echoing the password', async () => {
    const target = `postgres://rasid:top-secret@127.0.0.1:${await closedPort()}/rasid`;
    const err = await openStore(target).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/ECONNREFUSED/), subject: expect.stringContaining('rasid:***@127.0.0.1') });
    expect(`${JSON.stringify(err)} ${inspect(err)}`).not.toContain('top-secret');
  });

  it('reports a malformed URL with E_STORE, never echoing the password', async () => {
    const err = await openStore('postgres://rasid:top-secret@[::1/rasid').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_STORE' });
    expect(`${JSON.stringify(err)} ${inspect(err)}`).not.toContain('top-secret');
  });

  it('refuses a schema name that would need quoting', () => {
    expect(() => pgClient('postgres://localhost/x', { schema: 'a;b' })).toThrow(/schema name/);
  });
});

if (!url) {
  if (process.env.CI === 'true') {
    describe('PostgreSQL server backend', () => {
      it('has a server to run against in CI', () => {
        throw new Error(`CI must run the PostgreSQL server tests (.ci/run starts a server): ${HOW}`);
      });
    });
  } else {
    console.warn(`PostgreSQL server tests skipped: ${HOW}`);
    describe.skip(`PostgreSQL server backend (skipped: ${HOW})`, () => {
      it('passes the Store conformance suite', () => undefined);
    });
  }
} else {
  const serverUrl = url;
  // one schema per case, named after this process so that parallel runs never meet
  const prefix = `rasid_test_${process.pid}_`;
  const admin = pgClient(serverUrl, { max: 2 });
  let cases = 0;

  const dropSchema = (schema: string): Promise<void> => admin.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);

  /** `store`, whose close() also drops its schema (once), so every case leaves the server as it found it. */
  const droppingOnClose = (store: Store, schema: string): Store => {
    let dropped = false;
    return new Proxy(store, {
      get(target, prop) {
        if (prop === 'close') {
          return async () => {
            await target.close();
            if (!dropped) {
              dropped = true;
              await dropSchema(schema);
            }
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };

  const freshStore = async (): Promise<Store> => {
    const schema = `${prefix}${++cases}`;
    return droppingOnClose(await openPgStore(serverUrl, { schema, max: 4 }), schema);
  };

  afterAll(async () => {
    // a case that failed half-way may have left its schema behind
    const left = await admin.query<{ s: string }>(`SELECT nspname AS s FROM pg_namespace WHERE starts_with(nspname, $1)`, [prefix]);
    for (const { s } of left) await dropSchema(s);
    await admin.close();
  });

  runStoreConformance('PostgreSQL server', freshStore);

  describe('PostgreSQL server backend', () => {
    it('returns the same JavaScript types as PGlite', async () => {
      const rows = await admin.query(
        `SELECT 5::int8 AS small, 9007199254740993::int8 AS big, '2023-12-07'::date AS day,
         '2023-12-07 10:30:00'::timestamp AS ts, '2023-12-07 10:30:00+03'::timestamptz AS tstz,
         '{"a":[1]}'::jsonb AS j, ARRAY['x','y']::text[] AS arr, $1::text[] AS param`, [['p', 'q']]);
      expect(rows[0]).toEqual({
        small: 5, big: 9007199254740993n, day: new Date('2023-12-07T00:00:00Z'), ts: new Date('2023-12-07T10:30:00Z'),
        tstz: new Date('2023-12-07T07:30:00Z'), j: { a: [1] }, arr: ['x', 'y'], param: ['p', 'q'],
      });
    });

    it('lets several stores (processes) open and share one database at once', async () => {
      const schema = `${prefix}shared`;
      // both migrate concurrently: the migration lock makes the second find nothing to do
      const [a, b] = await Promise.all([openPgStore(serverUrl, { schema }), openPgStore(serverUrl, { schema })]);
      try {
        await Promise.all([a.putDocuments([sampleDocument(1)]), b.putDocuments([sampleDocument(2)])]);
        expect(await a.countDocuments()).toBe(2);
        // the same new page from both at once: stored once, the other call sees a duplicate
        const results = await Promise.all([a, b, a, b].map((s) => s.putDocuments([sampleDocument(3)])));
        expect(results.map((r) => r.inserted).sort()).toEqual([0, 0, 0, 1]);
        expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(3);
        expect(await b.countDocuments()).toBe(3);
        expect((await b.getDocument('doc-1'))?.hash).toBe(sampleDocument(1).hash);
      } finally {
        await a.close();
        await b.close();
        await dropSchema(schema);
      }
    });

    it('reports a missing database with E_STORE, never echoing the password', async () => {
      const parsed = new URL(serverUrl);
      parsed.pathname = '/rasid_no_such_database';
      parsed.password = 'top-secret';
      const err = await openPgStore(parsed.toString()).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'E_STORE' });
      expect(`${JSON.stringify(err)} ${inspect(err)}`).not.toContain('top-secret');
    });
  });
}
