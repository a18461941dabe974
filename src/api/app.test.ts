import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './app.js';
import { CSP } from './security.js';

const TOKEN = 'test-token-0123456789';
const sample = (name: string): string => readFileSync(join(PROJECT_ROOT, 'corpus', 'sample', name), 'utf8');

let tmp: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const settings = resolveSettings({ api: { maxBodyBytes: 200_000, defaultLimit: 50, maxLimit: 500, maxExportRows: 10_000 } });

/** A request to the app; JSON bodies are sent as JSON. */
async function call(path: string, init: { method?: string; body?: string; type?: string; token?: string | null } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.type) headers['content-type'] = init.type;
  if (init.token !== null && init.method === 'POST') headers.authorization = `Bearer ${init.token ?? TOKEN}`;
  return app.request(path, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
}

async function getJson<T = Record<string, unknown>>(path: string): Promise<T> {
  const res = await call(path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'rasid-api-'));
  store = await openStore(join(tmp, 'db'));
  const web = join(tmp, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(tmp, 'secret.txt'), 'outside');
  app = createApp({ store, settings, pipeline: defaultPipeline(), token: TOKEN, staticDir: web, version: '0.0.0-test' });
  // two reports of the same visit, through the API itself
  for (const name of ['dz-esper-tebboune-algiers-2020.txt', 'dz-townsend-africom-algiers-2020.txt']) {
    const res = await call('/api/documents', { method: 'POST', type: 'application/json', body: JSON.stringify({ text: sample(name), id: name.replace(/\.txt$/, '') }) });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  const html = sample('lb-esper-algeria-first-visit-since-2006.html');
  const posted = await call('/api/documents', { method: 'POST', type: 'text/html', body: html });
  expect(posted.status, await posted.clone().text()).toBe(200);
}, 180_000);

afterAll(async () => {
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('answers health with the document count and search configuration', async () => {
    const body = await getJson('/api/health');
    expect(body).toMatchObject({ ok: true, version: '0.0.0-test', search: 'arabic' });
    expect(body.documents).toBeGreaterThanOrEqual(3);
  });

  it('stores posted articles and reports duplicates and failures per article', async () => {
    const text = sample('dz-esper-tebboune-algiers-2020.txt');
    const again = await call('/api/documents', { method: 'POST', type: 'application/json', body: JSON.stringify({ text, id: 'dz-esper-tebboune-algiers-2020' }) });
    expect(await again.json()).toEqual({ results: [{ id: 'dz-esper-tebboune-algiers-2020', status: 'duplicate', events: 0, clusters: [] }] });
    const lines = [JSON.stringify({ text: sample('ma-african-lion-2021-kickoff.txt'), id: 'rabat', outlet: 'هسبريس', published: '2021-06-08' }), '{"nope": 1}', 'not json'].join('\n');
    const res = await call('/api/documents', { method: 'POST', type: 'application/x-ndjson', body: lines });
    const { results } = (await res.json()) as { results: { id: string; status: string; code?: string; events: number; clusters: string[] }[] };
    expect(results.map((r) => [r.status, r.code ?? null])).toEqual([['stored', null], ['failed', 'E_JSONL_LINE'], ['failed', 'E_JSONL_LINE']]);
    expect(results[0]!.events).toBeGreaterThan(0);
    expect(results[0]!.clusters.length).toBeGreaterThan(0);
    // the events are there right after the answer
    const events = await getJson<{ items: { doc: string }[] }>('/api/events?doc=rabat');
    expect(events.items.length).toBe(results[0]!.events);
    const plain = await call('/api/documents', { method: 'POST', type: 'text/plain; charset=utf-8', body: '   ' });
    expect(((await plain.json()) as { results: { status: string; code: string }[] }).results[0]).toMatchObject({ status: 'failed', code: 'E_EMPTY' });
    // a raw body is decoded like a file: a windows-1256 page arrives intact
    const legacy = readFileSync(join(PROJECT_ROOT, 'corpus', 'sample', 'ma-esper-rabat-defense-roadmap-2020.txt'));
    const raw = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: legacy });
    const stored = ((await raw.json()) as { results: { id: string; status: string; events: number }[] }).results[0]!;
    expect(stored.status).toBe('stored');
    expect(stored.events).toBeGreaterThan(0);
    expect(((await getJson<{ document: { encoding: string } }>(`/api/documents/${stored.id}`)).document.encoding)).toBe('windows-1256');
  });

  it('refuses writes without the token, over the size limit, or of another type', async () => {
    const body = JSON.stringify({ text: 'نص' });
    expect((await call('/api/documents', { method: 'POST', type: 'application/json', body, token: null })).status).toBe(401);
    const bad = await call('/api/documents', { method: 'POST', type: 'application/json', body, token: 'wrong' });
    expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([401, 'E_UNAUTHORIZED']);
    const big = await call('/api/documents', { method: 'POST', type: 'text/plain', body: 'ا'.repeat(150_000) });
    expect([big.status, ((await big.json()) as { error: { code: string } }).error.code]).toEqual([413, 'E_TOO_LARGE']);
    const xml = await call('/api/documents', { method: 'POST', type: 'application/xml', body: '<a/>' });
    expect([xml.status, ((await xml.json()) as { error: { code: string } }).error.code]).toEqual([415, 'E_UNSUPPORTED_TYPE']);
    const broken = await call('/api/documents', { method: 'POST', type: 'application/json', body: '{"text": ' });
    expect([broken.status, ((await broken.json()) as { error: { code: string } }).error.code]).toEqual([400, 'E_VALIDATION']);
    const empty = await call('/api/documents', { method: 'POST', type: 'application/json', body: '{"text": ""}' });
    expect([empty.status, ((await empty.json()) as { error: { code: string } }).error.code]).toEqual([400, 'E_VALIDATION']);
    const open = createApp({ store, settings, pipeline: defaultPipeline(), token: null, staticDir: null, version: 'x' });
    expect((await open.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'نص' })).status).toBe(401);
  });

  it('stores hostile HTML as text and returns it escaped in JSON, never as markup', async () => {
    const hostile = 'التقى وزير الدفاع الجزائري نظيره التونسي في تونس يوم 3 مارس 2021 <script>alert("x")</script> <img src=x onerror=alert(1)> لبحث التعاون العسكري بين البلدين.';
    const res = await call('/api/documents', { method: 'POST', type: 'application/json', body: JSON.stringify({ text: hostile, id: 'hostile', title: '<b>عنوان</b>' }) });
    expect(((await res.json()) as { results: { status: string }[] }).results[0]!.status).toBe('stored');
    const doc = await call('/api/documents/hostile');
    expect(doc.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await doc.json()) as { document: { text: string; title: string } };
    expect(body.document.text).toContain('<script>alert("x")</script>');
    expect(body.document.title).toBe('<b>عنوان</b>');
    const found = await getJson<{ items: { doc: string; snippet: { text: string; hit: boolean }[] }[] }>(`/api/search?q=${encodeURIComponent('التونسي')}`);
    const hit = found.items.find((h) => h.doc === 'hostile')!;
    expect(hit.snippet.some((s) => s.hit)).toBe(true);
    expect(hit.snippet.map((s) => s.text).join('')).toContain('<script>');
  });

  it('lists documents with paging and reads one with its spans', async () => {
    const list = await getJson<{ items: { id: string }[]; total: number; limit: number; offset: number }>('/api/documents?limit=2&offset=1');
    expect(list).toMatchObject({ limit: 2, offset: 1 });
    expect(list.items).toHaveLength(2);
    expect(list.total).toBeGreaterThanOrEqual(5);
    const one = await getJson<{ document: Record<string, unknown>; spans: Record<string, unknown[]> }>('/api/documents/dz-esper-tebboune-algiers-2020');
    expect(one.document).toMatchObject({ id: 'dz-esper-tebboune-algiers-2020' });
    expect(one.document.raw).toBeUndefined();
    expect(Object.keys(one.spans).sort()).toEqual(['entity_mention', 'event_evidence', 'timex']);
    expect(one.spans.event_evidence!.length).toBeGreaterThan(0);
    expect((await getJson<{ document: { raw: string } }>('/api/documents/dz-esper-tebboune-algiers-2020?raw=1')).document.raw.length).toBeGreaterThan(0);
    const missing = await call('/api/documents/nothing-here');
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([404, 'E_UNKNOWN_ID']);
  });

  it('validates list parameters with JSON errors', async () => {
    for (const path of ['/api/documents?limit=0', '/api/documents?limit=abc', '/api/events?from=yesterday', '/api/events?status=maybe', '/api/events?limit=100000', '/api/timeline?country=ALG', '/api/search', '/api/export?format=xml', '/api/graph?min=0']) {
      const res = await call(path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; details: unknown[] } };
      expect(body.error.code, path).toBe('E_VALIDATION');
      expect(body.error.details.length, path).toBeGreaterThan(0);
    }
    // a malformed escape in a query is read as written: nothing matches, nothing breaks
    expect(await getJson('/api/search?q=%E0%A4%A')).toMatchObject({ items: [], total: 0 });
    for (const path of ['/api/events?from=2023-13', '/api/documents/%E0%A4%A', `/api/search?q=${'ب'.repeat(2000)}`]) {
      const res = await call(path);
      expect([res.status, ((await res.json()) as { error: { code: string } }).error.code], path).toEqual([path.includes('documents/') ? 404 : 400, path.includes('documents/') ? 'E_UNKNOWN_ID' : 'E_VALIDATION']);
    }
    const typed = await call('/api/documents', { method: 'POST', type: 'application/json', body: JSON.stringify({ text: 123, id: '../../etc' }) });
    const typedBody = (await typed.json()) as { error: { code: string; details: { path: string }[] } };
    expect([typed.status, typedBody.error.code, typedBody.error.details.map((d) => d.path).sort()]).toEqual([400, 'E_VALIDATION', ['id', 'text']]);
    const unknown = await call('/api/nothing');
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([404, 'E_UNKNOWN_ID']);
  });

  it('lists events with the filters and a total', async () => {
    const all = await getJson<{ items: { countries: string[]; status: string }[]; total: number }>('/api/events?limit=500');
    expect(all.total).toBe(all.items.length);
    const dz = await getJson<{ items: { countries: string[] }[]; total: number }>('/api/events?country=dz&with=us');
    expect(dz.total).toBeGreaterThan(0);
    expect(dz.items.every((e) => e.countries.includes('DZ') && e.countries.includes('US'))).toBe(true);
    const planned = await getJson<{ items: { status: string }[] }>('/api/events?status=planned');
    expect(planned.items.every((e) => e.status === 'planned')).toBe(true);
  });

  it('gives a timeline of clusters, earliest first, with their reports, links and conflicts', async () => {
    const tl = await getJson<{ items: { cluster: string; date: { start: string } | null; reports: number; documents: number; participants: { id: string; name: string }[]; title: string | null; links: unknown }[]; total: number }>('/api/timeline?country=DZ&limit=500');
    expect(tl.total).toBe(tl.items.length);
    const dated = tl.items.filter((i) => i.date).map((i) => i.date!.start);
    expect(dated).toEqual([...dated].sort());
    const shared = tl.items.find((i) => i.documents > 1);
    expect(shared, 'a visit told by two outlets is one cluster').toBeDefined();
    expect(shared!.participants.every((p) => p.name !== '')).toBe(true);
    expect(shared!.title).toBeTruthy();
    const detail = await getJson<{ cluster: { id: string; summary: string | null }; reports: { event: { cluster: string }; document: { id: string }; evidence: unknown[] }[]; links: { plans: string[]; outcomes: string[] } }>(`/api/clusters/${encodeURIComponent(shared!.cluster)}`);
    expect(detail.cluster.id).toBe(shared!.cluster);
    expect(detail.reports).toHaveLength(shared!.reports);
    expect(detail.reports.every((r) => r.event.cluster === shared!.cluster && r.evidence.length > 0)).toBe(true);
    expect((await call('/api/clusters/none')).status).toBe(404);
  });

  it('lists entities, finds one by any spelling, with roles, events and documents', async () => {
    const list = await getJson<{ items: { id: string; name: string }[]; total: number }>(`/api/entities?type=PERSON&q=${encodeURIComponent('تبون')}`);
    expect(list.total).toBeGreaterThan(0);
    const id = list.items[0]!.id;
    const view = await getJson<{ entity: { id: string }; aliases: string[]; roles: { title: string; doc: string }[]; events: unknown[]; documents: { id: string }[] }>(`/api/entities/${encodeURIComponent(id)}`);
    expect(view.entity.id).toBe(id);
    expect(view.roles.length).toBeGreaterThan(0);
    expect(view.events.length).toBeGreaterThan(0);
    expect(view.documents.length).toBeGreaterThan(0);
    const bySpelling = await getJson<{ entity: { id: string } }>(`/api/entities/${encodeURIComponent('عبد المجيد تبّون')}`);
    expect(bySpelling.entity.id).toBe(id);
    expect((await call('/api/entities/person:nobody')).status).toBe(404);
  });

  it('draws the graph of actors with weighted, typed edges', async () => {
    const g = await getJson<{ nodes: { id: string; events: number }[]; edges: { source: string; target: string; weight: number; types: Record<string, number> }[] }>('/api/graph');
    expect(g.nodes.length).toBeGreaterThan(1);
    expect(g.edges.length).toBeGreaterThan(0);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(Object.values(e.types).reduce((a, b) => a + b, 0)).toBe(e.weight);
    }
    const strong = await getJson<{ edges: { weight: number }[] }>('/api/graph?min=2');
    expect(strong.edges.every((e) => e.weight >= 2)).toBe(true);
  });

  it('searches with filters and snippets as segments', async () => {
    const res = await getJson<{ items: { kind: string; rank: number; snippet: { text: string; hit: boolean }[]; event?: { status: string } }[]; total: number }>(`/api/search?q=${encodeURIComponent('اسبر')}&limit=5`);
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.length).toBeLessThanOrEqual(5);
    const ranks = res.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(res.items.every((h) => h.snippet.some((s) => s.hit))).toBe(true);
    const planned = await getJson<{ items: { kind: string; event?: { status: string } }[] }>(`/api/search?q=${encodeURIComponent('اسبر')}&status=planned`);
    expect(planned.items.filter((h) => h.kind === 'evidence').every((h) => h.event!.status === 'planned')).toBe(true);
  });

  it('exports the filtered events as JSON lines, CSV and PLOVER', async () => {
    const jsonl = await call('/api/export?country=DZ');
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(jsonl.headers.get('content-disposition')).toMatch(/attachment; filename="rasid-events\.jsonl"/);
    const lines = (await jsonl.text()).trim().split('\n');
    expect(lines.every((l) => (JSON.parse(l) as { countries: string[] }).countries.includes('DZ'))).toBe(true);
    const csv = await call('/api/export?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const plover = await call('/api/export?format=plover');
    expect(Array.isArray(await plover.json())).toBe(true);
  });

  it('publishes OpenAPI 3.1 from the schemas and a reference page listing every route', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(routes).toEqual([
      'GET /api/clusters/{id}', 'GET /api/documents', 'GET /api/documents/{id}', 'GET /api/entities', 'GET /api/entities/{id}', 'GET /api/events',
      'GET /api/export', 'GET /api/graph', 'GET /api/health', 'GET /api/search', 'GET /api/timeline', 'POST /api/documents',
    ]);
    const page = await call('/api/docs');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/<script|style=|<style/i);
    for (const r of routes) expect(html).toContain(r.replace('{', '&#123;').replace('}', '&#125;').split(' ')[1]!.split('&#123;')[0]);
  });

  it('serves the web app with MIME types and index.html for client routes, never outside its folder', async () => {
    const index = await call('/');
    expect([index.status, index.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect((await call('/timeline/some-route')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await call('/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await call('/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await call('/assets/missing.js')).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await call(path);
      expect(await res.text(), path).not.toContain('outside');
    }
  });

  it('puts the strict CSP and safety headers on every response', async () => {
    for (const res of [await call('/'), await call('/api/health'), await call('/api/nothing'), await call('/api/events?limit=-1'), await call('/api/docs'), await call('/openapi.json'), await call('/assets/app.js'),
      await call('/api/documents', { method: 'POST', type: 'text/plain', body: 'x', token: null })]) {
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});
