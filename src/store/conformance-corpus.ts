import { expect, it } from 'vitest';
import type { StoreGetter } from './conformance.js';
import { sampleDocument } from './conformance-fixtures.js';
import type { EventQuery, StoredEntity, StoredEvent } from './store.js';

const tebboune: StoredEntity = {
  id: 'person:tebboune', type: 'PERSON', name: 'عبد المجيد تبون', name_en: 'Abdelmadjid Tebboune', country: 'DZ', aliases: ['الرئيس تبون'],
};

/** Conformance cases for the corpus-wide tables: entities, events, runs and failures. */
export function corpusCases(store: StoreGetter): void {
  it('fills entities, aliases, mentions, roles and events from stored documents', async () => {
    await store().putDocuments([sampleDocument(1), sampleDocument(2)]);
    const e = await store().getEntity('person:tebboune');
    expect(e).toMatchObject({ type: 'PERSON', name: 'عبد المجيد تبون', name_en: 'Abdelmadjid Tebboune', country: 'DZ', aliases: ['عبد المجيد تبون'] });
    expect(e!.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const stats = await store().stats();
    expect([stats.entities, stats.mentions, stats.entity_roles, stats.events]).toEqual([3, 6, 4, 4]);
    expect(await store().getEntity('person:nobody')).toBeNull();
  });

  it('upserts entities, keeping known values and merging aliases', async () => {
    expect(await store().putEntities([tebboune])).toBe(1);
    await store().putEntities([{ ...tebboune, name_en: null, country: null, aliases: ['تبون'] }]);
    const e = await store().getEntity(tebboune.id);
    expect(e).toMatchObject({ name_en: 'Abdelmadjid Tebboune', country: 'DZ' });
    expect([...e!.aliases].sort()).toEqual(['الرئيس تبون', 'تبون', 'عبد المجيد تبون'].sort());
    // a document mentioning a known entity does not overwrite it
    await store().putDocuments([sampleDocument(1)]);
    expect((await store().getEntity(tebboune.id))!.aliases).toHaveLength(3);
  });

  it('lists entities by type, country and name, English name or alias', async () => {
    await store().putDocuments([sampleDocument(1)]);
    await store().putEntities([tebboune]);
    const ids = async (q: Parameters<ReturnType<StoreGetter>['listEntities']>[0]): Promise<string[]> =>
      (await store().listEntities(q)).map((e) => e.id);
    expect((await ids({})).sort()).toEqual(['gpe:dz', 'person:esper', 'person:tebboune']);
    expect((await ids({ type: 'PERSON' })).sort()).toEqual(['person:esper', 'person:tebboune']);
    expect((await ids({ country: 'DZ' })).sort()).toEqual(['gpe:dz', 'person:tebboune']);
    expect(await ids({ q: 'TEBB' })).toEqual(['person:tebboune']);
    expect(await ids({ q: 'الرئيس' })).toEqual(['person:tebboune']);
    expect(await ids({ q: '100%_' })).toEqual([]);
    expect(await ids({ limit: 1 })).toHaveLength(1);
  });

  it('lists events by country, partner, actor, type, status and date', async () => {
    await store().putDocuments([
      sampleDocument(1),
      sampleDocument(2, { events: [{ ...sampleDocument(2).events[0]!, countries: ['FR', 'DZ'], date: { value: '2021-03-04', mod: null },
        participants: [{ entity: 'person:tebboune', role: 'target' }] }] }),
    ]);
    const keys = async (q: EventQuery): Promise<string[]> => (await store().listEvents(q)).map((e) => `${e.doc}/${e.id}`);
    expect(await keys({})).toEqual(['doc-1/e1', 'doc-1/e2', 'doc-2/e1']);
    expect(await keys({ country: 'US' })).toEqual(['doc-1/e1', 'doc-1/e2']);
    expect(await keys({ country: 'DZ', with: 'FR' })).toEqual(['doc-2/e1']);
    expect(await keys({ with: 'person:esper' })).toEqual(['doc-1/e1']);
    expect(await keys({ actor: 'person:tebboune' })).toEqual(['doc-1/e1', 'doc-2/e1']);
    expect(await keys({ type: 'SUPPORT', status: 'planned' })).toEqual(['doc-1/e2']);
    expect(await keys({ from: '2020-11-15', to: '2021' })).toEqual(['doc-1/e2', 'doc-2/e1']);
    expect(await keys({ to: '2020-10' })).toEqual(['doc-1/e1']);
    expect(await keys({ doc: 'doc-2' })).toEqual(['doc-2/e1']);
    expect(await keys({ limit: 1, offset: 1 })).toEqual(['doc-1/e2']);
    const [e1] = await store().listEvents({ doc: 'doc-1', limit: 1 });
    expect(e1).toEqual({ ...sampleDocument(1).events[0], doc: 'doc-1' });
    const [e2] = await store().listEvents({ type: 'SUPPORT' });
    expect(e2!.location).toBeNull();
  });

  it('updates events in place and appends new ones after the document’s own', async () => {
    const doc = sampleDocument(1);
    await store().putDocuments([doc]);
    const e1: StoredEvent = { ...doc.events[0]!, doc: doc.id, cluster: 'ev:esper-algiers-2020' };
    const e3: StoredEvent = { ...doc.events[1]!, id: 'e3', doc: doc.id, cluster: 'ev:esper-algiers-2020', status: 'occurred' };
    expect(await store().putEvents([e1, e3])).toBe(2);
    const got = await store().getDocument(doc.id);
    expect(got!.events.map((e) => [e.id, e.cluster])).toEqual([['e1', 'ev:esper-algiers-2020'], ['e2', null], ['e3', 'ev:esper-algiers-2020']]);
    expect(await store().listEvents({ cluster: 'ev:esper-algiers-2020' })).toHaveLength(2);
    await expect(store().putEvents([{ ...e1, doc: 'missing' }])).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/missing/) });
    expect(await store().putEvents([])).toBe(0);
  });

  it('records runs and their failures', async () => {
    const r1 = await store().startRun('ingest corpus/');
    await store().recordFailure({ run: r1, source: 'a.bin', code: 'E_BINARY', message: 'looks binary' });
    await store().recordFailure({ run: r1, source: 'b.txt', code: 'E_EMPTY', message: 'empty' });
    const r2 = await store().startRun();
    await store().recordFailure({ run: r2, source: 'c.html', code: 'E_DECODE', message: 'cannot decode' });
    await store().finishRun(r1, { inputs: 10, stored: 7, duplicates: 1, failed: 2 });
    const runs = await store().listRuns();
    expect(runs.map((r) => r.id)).toEqual([r2, r1]);
    expect(runs[1]).toMatchObject({ command: 'ingest corpus/', status: 'done', summary: { inputs: 10, stored: 7, duplicates: 1, failed: 2 } });
    expect(runs[1]!.finished_at).toMatch(/Z$/);
    expect(runs[0]).toMatchObject({ command: null, status: 'running', finished_at: null, summary: null });
    expect(await store().listRuns(1)).toHaveLength(1);
    const failures = await store().listFailures(r1);
    expect(failures.map((f) => [f.run, f.source, f.code])).toEqual([[r1, 'a.bin', 'E_BINARY'], [r1, 'b.txt', 'E_EMPTY']]);
    expect(failures[0]!.at).toMatch(/^\d{4}-/);
    expect((await store().listFailures()).map((f) => f.source)).toEqual(['a.bin', 'b.txt', 'c.html']);
    await store().finishRun(r2, { inputs: 1, stored: 0, duplicates: 0, failed: 1 }, 'interrupted');
    expect((await store().listRuns())[0]!.status).toBe('interrupted');
    await expect(store().finishRun(9999, { inputs: 0, stored: 0, duplicates: 0, failed: 0 })).rejects.toMatchObject({ code: 'E_STORE' });
  });
}
