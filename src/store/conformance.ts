import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusCases } from './conformance-corpus.js';
import { documentCases } from './conformance-documents.js';
import { sampleDocument } from './conformance-fixtures.js';
import { searchCases } from './conformance-search.js';
import type { Store } from './store.js';

/** Gives each conformance case the store it runs against. */
export type StoreGetter = () => Store;

/**
 * Registers the Store conformance suite (Vitest `describe`/`it`) for one backend. `makeStore`
 * is called before every case and must return a migrated store with EMPTY state; the suite
 * closes it after the case. Backends that start slowly share one database and give each call a
 * fresh schema:
 *
 *   runStoreConformance('PGlite', async () => pgliteStore(sharedDb, {schema: `t${++n}`, closeDb: false}));
 *   // a server (pg-store.test.ts, which also drops each schema when its store closes)
 *   runStoreConformance('PostgreSQL server', async () => openPgStore(url, {schema: `t_${process.pid}_${++n}`}));
 */
export function runStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store | undefined;
    const get: StoreGetter = () => {
      if (!store) throw new Error('no store: makeStore failed');
      return store;
    };
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('migrates idempotently and starts empty', async () => {
      await get().migrate();
      await get().migrate();
      const stats = await get().stats();
      expect(Object.keys(stats).sort()).toEqual([
        'cluster_links', 'clusters', 'documents', 'entities', 'entity_aliases', 'entity_roles', 'events', 'failures',
        'mentions', 'runs', 'segments', 'spans',
      ]);
      expect(Object.values(stats).every((v) => v === 0)).toBe(true);
      expect(await get().countDocuments()).toBe(0);
    });

    it('counts the rows of every table', async () => {
      await get().putDocuments([sampleDocument(1)], { tokens: true });
      const run = await get().startRun();
      await get().recordFailure({ run, source: 'x.txt', code: 'E_EMPTY', message: 'empty' });
      expect(await get().stats()).toEqual({
        documents: 1, segments: 0,
        spans: 2 + 3 + 3 + 2 + 2, // sentences, timexes, mentions, evidence, tokens
        entities: 3, entity_aliases: 3, entity_roles: 2, mentions: 3, events: 2,
        clusters: 0, cluster_links: 0, runs: 1, failures: 1,
      });
    });

    it('rejects every call with E_STORE once closed, and closes twice harmlessly', async () => {
      const s = get();
      await s.close();
      await s.close();
      await expect(s.hasHash('x')).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/closed/) });
      await expect(s.putDocuments([sampleDocument(1)])).rejects.toMatchObject({ code: 'E_STORE' });
      await expect(s.stats()).rejects.toMatchObject({ code: 'E_STORE' });
    });

    documentCases(get);
    corpusCases(get);
    searchCases(get);
  });
}
