import { z } from '@hono/zod-openapi';

/**
 * The zod schemas of the HTTP API: they validate requests and generate /openapi.json. Response
 * schemas describe the stored shapes (src/store/store.ts); a field the store adds later is
 * allowed through (objects are not strict), so the contract only grows.
 */

const STATUS = ['occurred', 'planned', 'possible', 'denied'] as const;
/** A TIMEX3 date at any precision: `2023`, `2023-12`, `2023-12-07`. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date such as 2023, 2023-12 or 2023-12-07');

/** `limit` and `offset` of every list. */
export function paging(maxLimit: number) {
  return {
    limit: z.coerce.number().int().min(1).max(maxLimit).optional().openapi({ description: `items per page (at most ${maxLimit})` }),
    offset: z.coerce.number().int().min(0).optional().openapi({ description: 'items to skip' }),
  };
}

/** The event filters shared by events, timeline, graph, search and export. */
export const eventFilterFields = {
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()).optional().openapi({ description: 'ISO 3166-1 alpha-2 code among the event’s countries', example: 'DZ' }),
  with: z.string().min(1).max(200).transform((s) => (/^[a-z]{2}$/i.test(s) ? s.toUpperCase() : s)).optional()
    .openapi({ description: 'a second country code, or an entity id that also takes part', example: 'US' }),
  actor: z.string().min(1).max(200).optional().openapi({ description: 'an entity id among the participants', example: 'person:abd-almjyd-tbwn' }),
  type: z.string().regex(/^[A-Za-z_]{2,20}$/).transform((s) => s.toUpperCase()).optional().openapi({ description: 'PLOVER type', example: 'CONSULT' }),
  status: z.enum(STATUS).optional(),
  from: isoDate.optional().openapi({ description: 'dated on or after (any precision)' }),
  to: isoDate.optional().openapi({ description: 'dated on or before (any precision)' }),
};

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'E_VALIDATION' }),
    message: z.string(),
    details: z.unknown().optional(),
  }),
}).openapi('Error');

const Span = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

export const DocumentSummarySchema = z.object({
  id: z.string(), hash: z.string(), source: z.string(), segment_of: z.string().nullable(), title: z.string().nullable(),
  published: z.object({ value: z.string().nullable(), basis: z.string() }),
  outlet: z.string().nullable(), author: z.string().nullable(), url: z.string().nullable(), format: z.string(), ingested_at: z.string(),
}).openapi('DocumentSummary');

export const EventSchema = z.object({
  doc: z.string(), id: z.string(), cluster: z.string().nullable(), type: z.string(), mode: z.string().nullable(),
  status: z.enum(STATUS), date: z.object({ value: z.string().nullable(), mod: z.string().nullable() }),
  location: z.object({ name: z.string(), country: z.string().nullable() }).nullable(),
  countries: z.array(z.string()), participants: z.array(z.object({ entity: z.string(), role: z.string() })),
  topics: z.array(z.string()), evidence: z.array(Span),
  trigger: Span.extend({ lemma: z.string() }).optional(),
}).openapi('Event');

export const EntitySchema = z.object({
  id: z.string(), type: z.string(), name: z.string(), name_en: z.string().nullable(), country: z.string().nullable(),
  aliases: z.array(z.string()), created_at: z.string().optional(), updated_at: z.string().optional(),
}).openapi('Entity');

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), data: z.record(z.string(), z.unknown()) });

export const DocumentSchema = z.object({
  id: z.string(), source: z.string(), segment_of: z.string().nullable(), title: z.string().nullable(),
  published: z.object({ value: z.string().nullable(), basis: z.string() }).passthrough(),
  outlet: z.string().nullable(), author: z.string().nullable(), language: z.string(), text: z.string(),
  timexes: z.array(z.record(z.string(), z.unknown())), entities: z.array(z.record(z.string(), z.unknown())), events: z.array(z.record(z.string(), z.unknown())),
  hash: z.string(), url: z.string().nullable(), format: z.string(), encoding: z.string(), ingested_at: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
}).passthrough().openapi('Document');

export const ConflictSchema = z.object({
  kind: z.enum(['date', 'duration', 'title', 'place', 'status']),
  subject: z.string().optional(),
  values: z.array(z.object({ doc: z.string(), event: z.string(), value: z.string() })),
}).openapi('Conflict');

const DateRange = z.object({ value: z.string(), start: z.string(), end: z.string() }).nullable();
const Links = z.object({ plans: z.array(z.string()), outcomes: z.array(z.string()) });

export const TimelineItemSchema = z.object({
  cluster: z.string(), type: z.string(), modes: z.array(z.string()), status: z.enum(STATUS), date: DateRange,
  title: z.string().nullable(), countries: z.array(z.string()), participants: z.array(z.object({ id: z.string(), name: z.string() })),
  reports: z.number().int(), documents: z.number().int(), conflicts: z.array(ConflictSchema), links: Links,
}).openapi('TimelineItem');

export const ClusterDetailSchema = z.object({
  cluster: z.object({ id: z.string(), type: z.string(), status: z.enum(STATUS), date: DateRange, summary: z.string().nullable(), conflicts: z.array(ConflictSchema) }),
  reports: z.array(z.object({
    event: EventSchema,
    document: z.object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() }),
    evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
  })),
  links: Links,
}).openapi('ClusterDetail');

export const RoleSchema = z.object({
  title: z.string(), org: z.string().nullable(), country: z.string().nullable(), date: z.string().nullable(),
  doc: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable(),
}).openapi('Role');

export const GraphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable(), events: z.number().int() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int(), types: z.record(z.string(), z.number().int()) })),
}).openapi('Graph');

export const SearchHitSchema = z.object({
  kind: z.enum(['document', 'evidence']), doc: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(),
  event: z.object({ id: z.string(), cluster: z.string().nullable(), type: z.string(), status: z.enum(STATUS) }).optional(),
  rank: z.number(), snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
}).openapi('SearchHit');

export const IngestResultSchema = z.object({
  id: z.string().nullable(), status: z.enum(['stored', 'duplicate', 'failed']), code: z.string().optional(), message: z.string().optional(),
  events: z.number().int(), clusters: z.array(z.string()),
}).openapi('IngestResult');

export const ArticleBodySchema = z.object({
  text: z.string().optional(), html: z.string().optional(), url: z.string().optional(), published: z.string().optional(),
  outlet: z.string().optional(), title: z.string().optional(), id: z.string().regex(/^[\w.:-]{1,200}$/u).optional(),
}).refine((b) => (b.text ?? b.html ?? '').trim() !== '', { message: 'give a non-empty `text` or `html`' }).openapi('Article');

/** The list envelope: `{items, total, limit, offset}`. */
export function listOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi(name);
}
