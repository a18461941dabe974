import { expect, it } from 'vitest';
import type { StoreGetter } from './conformance.js';
import { find, sampleDocument } from './conformance-fixtures.js';
import type { StoredCluster } from './store.js';
import type { StoredDocument } from './stored-document.js';

/** doc-1 with its events in clusters `c-visit` and `c-plan`, and Tebboune's role read with its span. */
function clustered(n: number, overrides: Partial<StoredDocument> = {}): StoredDocument {
  const doc = sampleDocument(n, overrides);
  const [e1, e2] = doc.events;
  const tebboune = doc.entities[1]!;
  const role = find(doc.text, 'الرئيس');
  return {
    ...doc,
    events: [{ ...e1!, cluster: 'c-visit' }, { ...e2!, cluster: 'c-plan' }],
    entities: [doc.entities[0]!, { ...tebboune, role_mentions: [{ ...role, title: 'الرئيس', org: null, country: 'DZ', date: '2020-10-02' }] }, doc.entities[2]!],
  };
}

function cluster(id: string, over: Partial<StoredCluster> = {}): StoredCluster {
  return {
    id, type: 'CONSULT', status: 'occurred', date: { value: '2020-10-01', start: '2020-10-01', end: '2020-10-01' },
    summary: { title: 'التقى وزير الدفاع', facts: [{ doc: 'doc-1', event: 'e1', duration: null, titles: {} }] },
    conflicts: [{ kind: 'date', values: [{ doc: 'doc-1', event: 'e1', value: '2020-10-01' }, { doc: 'doc-2', event: 'e1', value: '2020-10-02' }] }],
    ...over,
  };
}

/** Conformance cases for search, clusters, roles and lookups by any spelling. */
export function searchCases(store: StoreGetter): void {
  it('says which text search configuration it runs on', async () => {
    expect(['arabic', 'simple']).toContain(await store().searchConfig());
  });

  it('finds articles and evidence after normalisation, ranked, with snippets of the original text', async () => {
    await store().putDocuments([clustered(1), sampleDocument(2, { text: 'نص آخر عن الطقس.', title: 'الطقس', events: [], entities: [], timexes: [], sentences: [] })]);
    // diacritics and hamza forms in the query do not matter
    const page = await store().search({ q: 'تَبّون' });
    expect(page.total).toBe(2);
    expect(page.items.map((h) => [h.kind, h.doc, h.event?.id ?? null]).sort()).toEqual([['document', 'doc-1', null], ['evidence', 'doc-1', 'e1']]);
    for (const hit of page.items) {
      expect(hit.rank).toBeGreaterThan(0);
      expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['تبون']);
      expect(hit).toMatchObject({ title: 'إسبر في الجزائر', outlet: 'الشروق', published: '2020-10-02' });
    }
    const evidence = page.items.find((h) => h.kind === 'evidence')!;
    expect(evidence.event).toEqual({ id: 'e1', cluster: 'c-visit', type: 'CONSULT', status: 'occurred' });
    expect(evidence.snippet.map((s) => s.text).join('')).toContain('عبد المجيد تبون');
    expect((await store().search({ q: 'اسبر' })).total).toBeGreaterThan(0);
    expect((await store().search({ q: 'الطقس' })).items.map((h) => h.doc)).toEqual(['doc-2']);
    expect((await store().search({ q: 'تبون', limit: 1, offset: 1 })).items).toHaveLength(1);
  });

  it('filters search hits by the events they tell', async () => {
    await store().putDocuments([clustered(1)]);
    const kinds = async (q: Parameters<ReturnType<StoreGetter>['search']>[0]): Promise<string[]> =>
      (await store().search(q)).items.map((h) => `${h.kind}:${h.event?.id ?? ''}`).sort();
    expect(await kinds({ q: 'تبون', status: 'planned' })).toEqual(['document:']);
    expect(await kinds({ q: 'تبون', actor: 'person:tebboune' })).toEqual(['document:', 'evidence:e1']);
    expect(await kinds({ q: 'تبون', country: 'DZ', with: 'US', type: 'CONSULT' })).toEqual(['document:', 'evidence:e1']);
    expect(await kinds({ q: 'تبون', country: 'FR' })).toEqual([]);
    expect(await kinds({ q: 'اتفاق', from: '2020-11', to: '2020-11' })).toEqual(['document:', 'evidence:e2']);
    expect(await kinds({ q: 'تبون', from: '2021' })).toEqual([]);
  });

  it('never fails on odd queries', async () => {
    await store().putDocuments([clustered(1)]);
    for (const q of ['', '   ', '"', '-', 'or', '!!(', "'; DROP TABLE documents; --", '\u0000', 'x'.repeat(5000)]) {
      const page = await store().search({ q });
      expect(page.items.length).toBe(page.total > 0 ? page.items.length : 0);
    }
    expect(await store().countDocuments()).toBe(1);
  });

  it('stores clusters and links, and lists them in timeline order with the event filters', async () => {
    await store().putDocuments([clustered(1)]);
    expect(await store().listUnwrittenClusters()).toEqual(['c-plan', 'c-visit']);
    const plan = cluster('c-plan', { type: 'SUPPORT', status: 'planned', date: { value: '2020-11', start: '2020-11-01', end: '2020-11-30' }, conflicts: [] });
    expect(await store().putClusters([plan, cluster('c-visit')], [{ plan: 'c-plan', outcome: 'c-visit', score: 2 }, { plan: 'c-plan', outcome: 'c-missing', score: 1 }])).toBe(2);
    expect(await store().listUnwrittenClusters()).toEqual([]);
    const got = await store().getCluster('c-visit');
    expect(got!.cluster).toEqual(cluster('c-visit'));
    expect(got!.reports.map((r) => `${r.doc}/${r.id}`)).toEqual(['doc-1/e1']);
    expect(got!.links).toEqual({ plans: ['c-plan'], outcomes: [] });
    expect((await store().getCluster('c-plan'))!.links).toEqual({ plans: [], outcomes: ['c-visit'] });
    expect(await store().getCluster('c-none')).toBeNull();
    expect(await store().listClusterLinks(['c-visit'])).toEqual([{ plan: 'c-plan', outcome: 'c-visit', score: 2 }]);

    const ids = async (q: Parameters<ReturnType<StoreGetter>['listClusters']>[0]): Promise<string[]> => (await store().listClusters(q)).items.map((c) => c.id);
    expect(await ids({})).toEqual(['c-visit', 'c-plan']);
    expect(await ids({ status: 'planned' })).toEqual(['c-plan']);
    expect(await ids({ actor: 'person:esper' })).toEqual(['c-visit']);
    expect(await ids({ from: '2020-11' })).toEqual(['c-plan']);
    expect(await ids({ clusters: ['c-plan', 'c-none'] })).toEqual(['c-plan']);
    expect((await store().listEvents({ clusters: ['c-visit', 'c-plan'] })).map((e) => e.id)).toEqual(['e1', 'e2']);
    const page = await store().listClusters({ limit: 1, offset: 1 });
    expect([page.total, page.items.map((c) => c.id)]).toEqual([2, ['c-plan']]);
    // a cluster written again is replaced
    await store().putClusters([cluster('c-visit', { status: 'denied', conflicts: [] })]);
    expect((await store().getCluster('c-visit'))!.cluster).toMatchObject({ status: 'denied', conflicts: [] });
    expect((await store().stats()).clusters).toBe(2);
  });

  it('keeps roles with their organisation, country, date and span', async () => {
    await store().putDocuments([clustered(1)]);
    const roles = await store().listRoles({ entity: 'person:tebboune' });
    const at = sampleDocument(1).text.indexOf('الرئيس');
    expect(roles).toEqual([{ entity: 'person:tebboune', doc: 'doc-1', title: 'الرئيس', org: null, country: 'DZ', date: '2020-10-02', start: at, end: at + 6 }]);
    expect(await store().listRoles({ entity: 'person:esper' })).toEqual([
      { entity: 'person:esper', doc: 'doc-1', title: 'وزير الدفاع الأمريكي', org: null, country: null, date: '2020-10-02', start: null, end: null },
    ]);
    expect(await store().listRoles({ doc: 'doc-1' })).toHaveLength(2);
  });

  it('finds an entity by any spelling of its names, and counts entities and events', async () => {
    await store().putDocuments([clustered(1)]);
    expect((await store().getEntity('عبد المجيد تبّون'))?.id).toBe('person:tebboune');
    expect((await store().getEntity('مارك اسبر'))?.id).toBe('person:esper');
    expect(await store().getEntity('مارك')).toBeNull();
    expect((await store().listEntities({ q: 'اسبر' })).map((e) => e.id)).toEqual(['person:esper']);
    expect(await store().countEntities({ type: 'PERSON' })).toBe(2);
    expect(await store().countEvents({ country: 'US' })).toBe(2);
    expect(await store().countDocuments({ outlet: 'غيرها' })).toBe(0);
    expect((await store().listEntities({ ids: ['person:esper', 'gpe:dz', 'nobody'] })).map((e) => e.id).sort()).toEqual(['gpe:dz', 'person:esper']);
    expect((await store().listDocuments({ entity: 'person:esper' })).map((d) => d.id)).toEqual(['doc-1']);
    expect(await store().listDocuments({ entity: 'nobody' })).toEqual([]);
    expect((await store().listDocuments({ ids: ['doc-1', 'doc-9'] })).map((d) => d.id)).toEqual(['doc-1']);
  });
}
