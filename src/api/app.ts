import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Pipeline } from '../core/pipeline.js';
import type { Settings } from '../core/settings.js';
import type { Store } from '../store/index.js';
import { errorBody, errorResponse, thrownResponse } from './api-errors.js';
import { docsPage } from './docs-page.js';
import { exportResponse } from './export.js';
import { buildGraph } from './graph.js';
import { articleInput, ndjsonInputs, rawInput, RequestIngestor, type ArticleBody } from './ingest-request.js';
import { apiRoutes } from './routes.js';
import { requireToken, securityHeaders } from './security.js';
import { serveStatic } from './static-files.js';
import { clusterView, entityNames, entityView, timelineItems } from './views.js';

/** The body types POST /api/documents reads. */
const ACCEPTED = ['application/json', 'text/plain', 'text/html', 'application/x-ndjson'];

/** The media type of a Content-Type header, without parameters, e.g. `text/html`. */
const contentType = (header: string | undefined): string => (header ?? '').split(';')[0]!.trim().toLowerCase();

/** What the API serves and how. */
export interface ApiOptions {
  store: Store;
  settings: Settings;
  /** the pipeline POST /api/documents runs */
  pipeline: Pipeline;
  /** the write token; null refuses every write */
  token: string | null;
  /** the folder of the built web app, served at `/`; null serves the API alone */
  staticDir: string | null;
  version: string;
}

/**
 * The HTTP API and the web app's files as one Hono app. Handlers validate their input with the
 * zod schemas of routes.ts, answer JSON errors with stable codes, and never let an exception
 * reach the client as anything but `{"error": …}`. Tests call it with `app.request()`.
 */
export function createApp(o: ApiOptions): OpenAPIHono {
  const { store, settings } = o;
  const { defaultLimit } = settings.api;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return c.json(errorBody('E_VALIDATION', `invalid request: ${details.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ')}`, details), 400);
      }
      return undefined;
    },
  });
  const routes = apiRoutes(settings.api.maxLimit);
  const ingestor = new RequestIngestor(store, o.pipeline, settings);
  const paged = <T>(items: T[], total: number, limit: number, offset: number) => ({ items, total, limit, offset });

  app.use('*', securityHeaders());
  app.onError((err, c) => {
    if (err instanceof HTTPException) return errorResponse(c, err.status === 413 ? 'E_TOO_LARGE' : 'E_VALIDATION', err.message || 'bad request', undefined, err.status === 413 ? 413 : 400);
    return thrownResponse(c, err);
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.openapi(routes.health, async (c) => c.json({ ok: true as const, documents: await store.countDocuments(), version: o.version, search: await store.searchConfig() }, 200));

  app.openapi(routes.documents, async (c) => {
    const { limit = defaultLimit, offset = 0, ...filters } = c.req.valid('query');
    const [items, total] = await Promise.all([store.listDocuments({ ...filters, limit, offset }), store.countDocuments(filters)]);
    return c.json(paged(items, total, limit, offset), 200);
  });

  app.openapi(routes.document, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.getDocument(id);
    if (!doc) return c.json(errorBody('E_UNKNOWN_ID', `no document "${id}"`), 404);
    const { raw, offsets, tokens: _tokens, ...rest } = doc;
    const spans = await store.listSpans(id);
    const layer = (name: string) => spans.filter((s) => s.layer === name).map(({ start, end, text, data }) => ({ start, end, text, data }));
    const document = c.req.valid('query').raw === '1' ? { ...rest, raw, offsets } : rest;
    return c.json({ document, spans: { event_evidence: layer('event_evidence'), entity_mention: layer('entity_mention'), timex: layer('timex') } }, 200);
  });

  // writes: the token first (nothing is read without it), then the content type, then the size
  const tokenCheck: MiddlewareHandler = o.token ? requireToken(o.token) : async (c) => errorResponse(c, 'E_UNAUTHORIZED', 'writing is switched off: the server has no token');
  const sizeCheck = bodyLimit({ maxSize: settings.api.maxBodyBytes, onError: (c) => errorResponse(c, 'E_TOO_LARGE', `the body is over ${settings.api.maxBodyBytes} bytes`) });
  app.use('/api/documents', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    return tokenCheck(c, async () => {
      const type = contentType(c.req.header('content-type'));
      if (!ACCEPTED.includes(type)) {
        c.res = errorResponse(c, 'E_UNSUPPORTED_TYPE', `content type "${type || 'none'}" is not accepted`);
        return;
      }
      // a middleware's answer inside another's `next` must be set, not returned
      const refused = await sizeCheck(c, next);
      if (refused instanceof Response) c.res = refused;
    });
  });
  app.openapi(routes.addDocuments, async (c) => {
    const type = contentType(c.req.header('content-type'));
    const inputs = type === 'application/json' ? [articleInput(c.req.valid('json') as ArticleBody, 'request')]
      : type === 'application/x-ndjson' ? ndjsonInputs(await c.req.text())
      : [rawInput(new Uint8Array(await c.req.arrayBuffer()), type === 'text/html' ? 'html' : 'text', 'request')];
    if (!inputs.length) return c.json(errorBody('E_VALIDATION', 'the body holds no article'), 400);
    return c.json({ results: await ingestor.ingest(inputs) }, 200);
  });

  app.openapi(routes.events, async (c) => {
    const { limit = defaultLimit, offset = 0, ...filters } = c.req.valid('query');
    const [items, total] = await Promise.all([store.listEvents({ ...filters, limit, offset }), store.countEvents(filters)]);
    return c.json(paged(items, total, limit, offset), 200);
  });

  app.openapi(routes.timeline, async (c) => {
    const { limit = defaultLimit, offset = 0, ...filters } = c.req.valid('query');
    const page = await store.listClusters({ ...filters, limit, offset });
    return c.json(paged(await timelineItems(store, page.items), page.total, limit, offset), 200);
  });

  app.openapi(routes.cluster, async (c) => {
    const { id } = c.req.valid('param');
    const view = await clusterView(store, id);
    if (!view) return c.json(errorBody('E_UNKNOWN_ID', `no cluster "${id}"`), 404);
    return c.json(view, 200);
  });

  app.openapi(routes.entities, async (c) => {
    const { limit = defaultLimit, offset = 0, ...filters } = c.req.valid('query');
    const [items, total] = await Promise.all([store.listEntities({ ...filters, limit, offset }), store.countEntities(filters)]);
    return c.json(paged(items, total, limit, offset), 200);
  });

  app.openapi(routes.entity, async (c) => {
    const { id } = c.req.valid('param');
    const view = await entityView(store, id, settings.api.maxLimit);
    if (!view) return c.json(errorBody('E_UNKNOWN_ID', `no entity "${id}"`), 404);
    return c.json(view, 200);
  });

  app.openapi(routes.graph, async (c) => {
    const { min = 1, ...filters } = c.req.valid('query');
    const events = await store.listEvents({ ...filters, limit: settings.api.maxExportRows });
    const entities = await entityNames(store, events.flatMap((e) => e.participants.map((p) => p.entity)));
    const countries = new Map((await store.listEntities({ type: 'GPE' })).flatMap((e) => (e.country ? [[e.country, e.name] as const] : [])));
    return c.json(buildGraph(events, entities, countries, min), 200);
  });

  app.openapi(routes.search, async (c) => {
    const { limit = defaultLimit, offset = 0, ...query } = c.req.valid('query');
    const page = await store.search({ ...query, limit, offset }, settings.search);
    return c.json(paged(page.items, page.total, limit, offset), 200);
  });

  app.openapi(routes.export, async (c) => {
    const { format, ...filters } = c.req.valid('query');
    return exportResponse(c, store, format, filters, settings.api.maxExportRows) as never;
  });

  const openapi = { openapi: '3.1.0', info: { title: 'Rasid API', version: o.version, description: 'Defence and security diplomacy events from Arabic news.' } };
  app.doc31('/openapi.json', openapi);
  app.get('/api/docs', (c) => c.html(docsPage(app.getOpenAPI31Document(openapi) as Parameters<typeof docsPage>[0])));
  app.all('/api/*', (c) => errorResponse(c, 'E_UNKNOWN_ID', `no route ${c.req.method} ${new URL(c.req.url).pathname}`, undefined, 404));
  if (o.staticDir) {
    const dir = o.staticDir;
    app.get('*', (c) => serveStatic(c, dir));
  }
  app.notFound((c) => errorResponse(c, 'E_UNKNOWN_ID', `no route ${c.req.method} ${new URL(c.req.url).pathname}`, undefined, 404));
  return app;
}
