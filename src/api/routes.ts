import { createRoute, z } from '@hono/zod-openapi';
import {
  ArticleBodySchema, ClusterDetailSchema, DocumentSchema, DocumentSummarySchema, EntitySchema, ErrorSchema, EventSchema,
  GraphSchema, IngestResultSchema, RoleSchema, SearchHitSchema, SpanSchema, TimelineItemSchema, eventFilterFields, listOf, paging,
} from './schemas.js';

/**
 * Every route of the API as an OpenAPI description with its zod schemas: the handlers in app.ts
 * are typed and validated by them, and /openapi.json is generated from them.
 */

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(ErrorSchema, 'invalid parameters (E_VALIDATION)'),
  500: json(ErrorSchema, 'the store failed (E_STORE) or a bug (E_INTERNAL)'),
};
const notFound = { 404: json(ErrorSchema, 'no such id (E_UNKNOWN_ID)') };
const idParam = (what: string) => z.object({ id: z.string().min(1).max(300).openapi({ param: { name: 'id', in: 'path' }, description: what }) });
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date such as 2023, 2023-12 or 2023-12-07');

/** The routes; `maxLimit` bounds every page. */
export function apiRoutes(maxLimit: number) {
  const page = paging(maxLimit);
  return {
    health: createRoute({
      method: 'get', path: '/api/health', summary: 'Whether the server and its store answer',
      responses: { 200: json(z.object({ ok: z.literal(true), documents: z.number().int(), version: z.string(), search: z.string() }), 'the server is up'), ...errors },
    }),
    documents: createRoute({
      method: 'get', path: '/api/documents', summary: 'Documents, newest first',
      request: { query: z.object({ ...page, outlet: z.string().max(200).optional(), from: isoDate.optional(), to: isoDate.optional() }) },
      responses: { 200: json(listOf(DocumentSummarySchema, 'DocumentList'), 'a page of documents'), ...errors },
    }),
    document: createRoute({
      method: 'get', path: '/api/documents/{id}', summary: 'One document with its annotations as spans',
      request: { params: idParam('document id'), query: z.object({ raw: z.enum(['0', '1']).optional().openapi({ description: '1 adds the page as received (`raw`) and the offset map' }) }) },
      responses: {
        200: json(z.object({
          document: DocumentSchema,
          spans: z.object({ event_evidence: z.array(SpanSchema), entity_mention: z.array(SpanSchema), timex: z.array(SpanSchema) }),
        }), 'the document'),
        ...notFound, ...errors,
      },
    }),
    addDocuments: createRoute({
      method: 'post', path: '/api/documents', summary: 'Add articles: runs the whole pipeline, clustering and store before answering',
      description: 'Needs `Authorization: Bearer TOKEN`. The body is a JSON article, or raw `text/plain`, `text/html`, or `application/x-ndjson` (one JSON article a line).',
      security: [{ bearer: [] }],
      request: {
        body: {
          // not `required`: the validator would then read every body as JSON; app.ts refuses an empty one
          required: false,
          content: {
            'application/json': { schema: ArticleBodySchema },
            'text/plain': { schema: z.string() },
            'text/html': { schema: z.string() },
            'application/x-ndjson': { schema: z.string() },
          },
        },
      },
      responses: {
        200: json(z.object({ results: z.array(IngestResultSchema) }), 'what became of each article'),
        401: json(ErrorSchema, 'no or a wrong token (E_UNAUTHORIZED)'),
        413: json(ErrorSchema, 'the body is over the size limit (E_TOO_LARGE)'),
        415: json(ErrorSchema, 'another content type (E_UNSUPPORTED_TYPE)'),
        ...errors,
      },
    }),
    events: createRoute({
      method: 'get', path: '/api/events', summary: 'Event mentions, one per report, earliest first',
      request: { query: z.object({ ...eventFilterFields, cluster: z.string().max(300).optional(), doc: z.string().max(300).optional(), ...page }) },
      responses: { 200: json(listOf(EventSchema, 'EventList'), 'a page of events'), ...errors },
    }),
    timeline: createRoute({
      method: 'get', path: '/api/timeline', summary: 'One row per real-world event (cluster), earliest first',
      request: { query: z.object({ ...eventFilterFields, ...page }) },
      responses: { 200: json(listOf(TimelineItemSchema, 'Timeline'), 'a page of the timeline'), ...errors },
    }),
    cluster: createRoute({
      method: 'get', path: '/api/clusters/{id}', summary: 'One real-world event with every report of it',
      request: { params: idParam('cluster id') },
      responses: { 200: json(ClusterDetailSchema, 'the cluster'), ...notFound, ...errors },
    }),
    entities: createRoute({
      method: 'get', path: '/api/entities', summary: 'People, organisations and places, by name',
      request: {
        query: z.object({
          q: z.string().max(200).optional().openapi({ description: 'part of a name, English name or alias (any spelling: compared normalised)' }),
          type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC']).optional(),
          country: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()).optional(),
          ...page,
        }),
      },
      responses: { 200: json(listOf(EntitySchema, 'EntityList'), 'a page of entities'), ...errors },
    }),
    entity: createRoute({
      method: 'get', path: '/api/entities/{id}', summary: 'One entity with its roles, events and documents (by id, or by any spelling of a name)',
      request: { params: idParam('entity id or name') },
      responses: {
        200: json(z.object({ entity: EntitySchema, aliases: z.array(z.string()), roles: z.array(RoleSchema), events: z.array(EventSchema), documents: z.array(DocumentSummarySchema) }), 'the entity'),
        ...notFound, ...errors,
      },
    }),
    graph: createRoute({
      method: 'get', path: '/api/graph', summary: 'Actors linked by the events they take part in together',
      request: { query: z.object({ ...eventFilterFields, min: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'least events an edge needs' }) }) },
      responses: { 200: json(GraphSchema, 'the graph'), ...errors },
    }),
    search: createRoute({
      method: 'get', path: '/api/search', summary: 'Full-text search of articles and event evidence',
      request: { query: z.object({ q: z.string().min(1).max(1000).openapi({ description: 'words; "a phrase", or, -excluded', example: 'تبون' }), ...eventFilterFields, ...page }) },
      responses: { 200: json(listOf(SearchHitSchema, 'SearchResults'), 'ranked hits, best first'), ...errors },
    }),
    export: createRoute({
      method: 'get', path: '/api/export', summary: 'The events matching the filters as a file',
      request: { query: z.object({ format: z.enum(['jsonl', 'csv', 'plover']).default('jsonl'), ...eventFilterFields }) },
      responses: {
        200: {
          description: 'a download: JSON lines, CSV, or PLOVER JSON',
          content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(z.record(z.string(), z.unknown())) } },
        },
        ...errors,
      },
    }),
  };
}
