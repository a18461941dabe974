import { expect, it } from 'vitest';
import type { StoreGetter } from './conformance.js';
import { fakeHash, sampleDocument, sampleSegment } from './conformance-fixtures.js';

/** Conformance cases for documents, deduplication, segments, spans and document lists. */
export function documentCases(store: StoreGetter): void {
  it('round-trips a document field by field', async () => {
    const doc = sampleDocument(1);
    expect(await store().putDocuments([doc])).toEqual({ inserted: 1, ids: ['doc-1'], duplicates: 0, conflicts: [] });
    const got = await store().getDocument(doc.id);
    // tokens are only kept when asked for (see the next case)
    const { tokens: _tokens, ...expected } = doc;
    expect(got).toEqual(expected);
    expect(got!.text.slice(got!.timexes[1]!.start, got!.timexes[1]!.end)).toBe('1 أكتوبر 2020');
    const run = got!.offsets.runs[0]!;
    expect(got!.raw.slice(run.s, run.s + run.len)).toBe(got!.text);
    expect(await store().getDocument('missing')).toBeNull();
  });

  it('stores token spans only when asked', async () => {
    const a = sampleDocument(1);
    const b = sampleDocument(2);
    await store().putDocuments([a], { tokens: true });
    await store().putDocuments([b]);
    expect((await store().listSpans(a.id, 'token')).map((s) => s.text)).toEqual(['التقى', 'وزير']);
    expect((await store().getDocument(a.id))!.tokens).toEqual(a.tokens);
    expect(await store().listSpans(b.id, 'token')).toEqual([]);
  });

  it('keeps the annotation layers as spans with their data', async () => {
    const doc = sampleDocument(1);
    await store().putDocuments([doc]);
    const timexes = await store().listSpans(doc.id, 'timex');
    expect(timexes.map((s) => [s.text, s.data.value])).toEqual([
      ['الخميس', '2020-10-01'], ['1 أكتوبر 2020', '2020-10-01'], ['نوفمبر 2020', '2020-11'],
    ]);
    const mentions = await store().listSpans(doc.id, 'entity_mention');
    expect(mentions.map((s) => [s.text, s.data.entity])).toEqual([
      ['مارك إسبر', 'person:esper'], ['عبد المجيد تبون', 'person:tebboune'], ['الجزائر', 'gpe:dz'],
    ]);
    expect((await store().listSpans(doc.id, 'event_evidence')).map((s) => s.data.event)).toEqual(['e1', 'e2']);
    const all = await store().listSpans(doc.id);
    expect(all.map((s) => s.layer).sort()).toEqual([
      ...Array(3).fill('entity_mention'), 'event_evidence', 'event_evidence', 'sentence', 'sentence', 'timex', 'timex', 'timex',
    ]);
    expect(all.every((s, i) => i === 0 || all[i - 1]!.start <= s.start)).toBe(true);
    for (const s of all) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('stores the same page once and counts the second as a duplicate', async () => {
    const doc = sampleDocument(1);
    await store().putDocuments([doc]);
    const again = { ...doc, id: 'copy-of-doc-1', source: 'elsewhere/copy.html' };
    expect(await store().putDocuments([again])).toEqual({ inserted: 0, ids: [], duplicates: 1, conflicts: [] });
    expect(await store().putDocuments([doc])).toEqual({ inserted: 0, ids: [], duplicates: 1, conflicts: [] });
    expect(await store().countDocuments()).toBe(1);
    expect(await store().getDocument('copy-of-doc-1')).toBeNull();
  });

  it('counts a duplicate inside one batch', async () => {
    const a = sampleDocument(1);
    const b = sampleDocument(2);
    const a2 = { ...a, id: 'doc-1-again' };
    expect(await store().putDocuments([a, b, a2])).toEqual({ inserted: 2, ids: ['doc-1', 'doc-2'], duplicates: 1, conflicts: [] });
    expect((await store().listDocuments()).map((d) => d.id).sort()).toEqual(['doc-1', 'doc-2']);
  });

  it('refuses a different page under a taken id without losing the rest of the batch', async () => {
    await store().putDocuments([sampleDocument(1)]);
    const other = sampleDocument(2, { id: 'doc-1' });
    const res = await store().putDocuments([other, sampleDocument(3)]);
    expect(res.inserted).toBe(1);
    expect(res.conflicts).toEqual([{ id: 'doc-1', reason: expect.stringMatching(/already used/) }]);
    expect((await store().getDocument('doc-1'))!.hash).toBe(fakeHash(1));
    expect(await store().hasHash(fakeHash(2))).toBe(false);
  });

  it('tells which hashes are present', async () => {
    await store().putDocuments([sampleDocument(1), sampleDocument(2)]);
    expect(await store().hasHash(fakeHash(1))).toBe(true);
    expect(await store().hasHash(fakeHash(9))).toBe(false);
    expect(await store().hashesPresent([fakeHash(1), fakeHash(9), fakeHash(2)])).toEqual(new Set([fakeHash(1), fakeHash(2)]));
    expect(await store().hashesPresent([])).toEqual(new Set());
  });

  it('stores segments under their host, sharing its raw page', async () => {
    const host = sampleDocument(1);
    const seg = sampleSegment(host);
    // listed before its host on purpose: order inside a batch does not matter
    expect(await store().putDocuments([seg, host])).toEqual({ inserted: 2, ids: ['doc-1', 'doc-1.2'], duplicates: 0, conflicts: [] });
    const got = await store().getDocument(seg.id);
    expect(got).toMatchObject({ id: 'doc-1.2', segment_of: 'doc-1', hash: host.hash, raw: host.raw, text: seg.text, events: [] });
    expect((await store().stats()).segments).toBe(1);
    expect(await store().hashesPresent([host.hash])).toEqual(new Set([host.hash]));
    // the same page again, under another name: the page and its segment are duplicates
    const copy = { ...host, id: 'copy' };
    expect(await store().putDocuments([copy, sampleSegment(copy)])).toEqual({ inserted: 0, ids: [], duplicates: 2, conflicts: [] });
    expect(await store().countDocuments()).toBe(2);
  });

  it('adds a segment to a stored host later and refuses orphans', async () => {
    const host = sampleDocument(1);
    await store().putDocuments([host]);
    expect(await store().putDocuments([sampleSegment(host, 2)])).toMatchObject({ inserted: 1, duplicates: 0 });
    expect(await store().putDocuments([sampleSegment(host, 2)])).toMatchObject({ inserted: 0, duplicates: 1 });
    expect((await store().getDocument('doc-1.2'))!.raw).toBe(host.raw);
    const orphan = sampleSegment(sampleDocument(5), 2);
    const res = await store().putDocuments([orphan]);
    expect(res.inserted).toBe(0);
    expect(res.conflicts).toEqual([{ id: 'doc-5.2', reason: expect.stringMatching(/not stored/) }]);
  });

  it('keeps offsets valid when the page holds NUL characters', async () => {
    const raw = 'a\u0000b تبون';
    const doc = sampleDocument(1, { raw, text: 'b تبون', offsets: { runs: [{ d: 0, s: 2, len: 6 }], length: 6, sourceLength: 8 } });
    await store().putDocuments([doc]);
    const got = await store().getDocument(doc.id);
    expect(got!.raw).toBe('a\ufffdb تبون');
    expect(got!.raw.length).toBe(raw.length);
  });

  it('lists documents newest first, filtered by outlet and date range, paged', async () => {
    await store().putDocuments([
      sampleDocument(1, { published: { value: '2023-12-07', basis: 'metadata' }, outlet: 'A' }),
      sampleDocument(2, { published: { value: '2023-12', basis: 'inferred' }, outlet: 'B' }),
      sampleDocument(3, { published: { value: '2024-01-15T08:30', basis: 'metadata' }, outlet: 'A' }),
      sampleDocument(4, { published: { value: null, basis: 'none' }, outlet: 'B' }),
    ]);
    const ids = async (q: Parameters<ReturnType<StoreGetter>['listDocuments']>[0]): Promise<string[]> =>
      (await store().listDocuments(q)).map((d) => d.id);
    expect(await ids({})).toEqual(['doc-3', 'doc-1', 'doc-2', 'doc-4']);
    expect(await ids({ outlet: 'A' })).toEqual(['doc-3', 'doc-1']);
    expect(await ids({ from: '2023-12-05', to: '2023-12-31' })).toEqual(['doc-1', 'doc-2']);
    expect(await ids({ from: '2024' })).toEqual(['doc-3']);
    expect(await ids({ to: '2023-12-01' })).toEqual(['doc-2']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['doc-1', 'doc-2']);
    const [first] = await store().listDocuments({ limit: 1 });
    expect(first).toEqual({
      id: 'doc-3', hash: fakeHash(3), source: 'corpus/seeds/doc-3.html', segment_of: null, title: 'إسبر في الجزائر',
      published: { value: '2024-01-15T08:30', basis: 'metadata' }, outlet: 'A', author: 'سمير بن علي',
      url: 'https://example.dz/article/3', format: 'html', ingested_at: '2024-05-01T10:00:00.000Z',
    });
    expect(await store().countDocuments()).toBe(4);
    await expect(store().listDocuments({ from: 'last week' })).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(store().listDocuments({ limit: -1 })).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('stores a large batch in one call', async () => {
    const docs = Array.from({ length: 250 }, (_, i) => sampleDocument(i + 1));
    expect(await store().putDocuments(docs)).toMatchObject({ inserted: 250, duplicates: 0 });
    expect(await store().countDocuments()).toBe(250);
    expect((await store().stats()).events).toBe(500);
  });
}
