import { normalize } from '../../text/normalize.js';
import { dayRange } from '../../time/date-range.js';
import type { StoredEvent } from '../store.js';
import type { StoredDocument } from '../stored-document.js';

/**
 * Pure mappings from documents to table rows (keys are column names) and the column lists
 * insertRows needs. Kept apart from the SQL that sends them so the mapping can be read alone.
 */

/** Columns of `documents` written on insert. */
export const DOCUMENT_COLUMNS = [
  ['id', 'text'], ['hash', 'text'], ['source', 'text'], ['segment_of', 'text'], ['format', 'text'],
  ['encoding', 'text'], ['url', 'text'], ['title', 'text'], ['published_value', 'text'],
  ['published_basis', 'text'], ['published_evidence', 'jsonb'], ['published_start', 'date'],
  ['published_end', 'date'], ['outlet', 'text'], ['author', 'text'], ['language', 'text'],
  ['raw', 'text'], ['text', 'text'], ['offsets', 'jsonb'], ['timexes', 'jsonb'], ['entities', 'jsonb'],
  ['warnings', 'jsonb'], ['ingested_at', 'timestamptz'], ['text_norm', 'text'], ['title_norm', 'text'],
] as const;

/** Columns of `spans`. */
export const SPAN_COLUMNS = [
  ['doc_id', 'text'], ['layer', 'text'], ['start_pos', 'integer'], ['end_pos', 'integer'], ['text', 'text'], ['data', 'jsonb'],
] as const;

/** Columns of `entities` written on insert. */
export const ENTITY_COLUMNS = [['id', 'text'], ['type', 'text'], ['name', 'text'], ['name_en', 'text'], ['country', 'text']] as const;

/** Columns of `entity_aliases` written on insert. */
export const ALIAS_COLUMNS = [['entity_id', 'text'], ['alias', 'text'], ['alias_norm', 'text']] as const;

/** The `entity_aliases` row of a name: its normalised form is what lookups compare. */
export function aliasRow(entityId: string, alias: string): Record<string, unknown> {
  return { entity_id: entityId, alias, alias_norm: normalize(alias) };
}

/** Columns of `mentions`. */
export const MENTION_COLUMNS = [
  ['doc_id', 'text'], ['entity_id', 'text'], ['start_pos', 'integer'], ['end_pos', 'integer'], ['text', 'text'],
] as const;

/** Columns of `entity_roles`. */
export const ROLE_COLUMNS = [
  ['entity_id', 'text'], ['doc_id', 'text'], ['title', 'text'], ['org', 'text'], ['country', 'text'],
  ['date_value', 'text'], ['start_pos', 'integer'], ['end_pos', 'integer'],
] as const;

/** Columns of `events` (see putEventRows for how `ordinal` is used). */
export const EVENT_COLUMNS = [
  ['doc_id', 'text'], ['id', 'text'], ['ordinal', 'integer'], ['cluster_id', 'text'], ['type', 'text'],
  ['mode', 'text'], ['status', 'text'], ['date_value', 'text'], ['date_mod', 'text'], ['date_start', 'date'],
  ['date_end', 'date'], ['location', 'jsonb'], ['countries', 'text[]'], ['participants', 'jsonb'],
  ['topics', 'text[]'], ['evidence', 'jsonb'], ['evidence_norm', 'text'], ['trigger', 'jsonb'], ['bound', 'text'],
] as const;

/** The `documents` row of a document; `raw` is null when the host's raw serves. */
export function documentRow(doc: StoredDocument, raw: string | null): Record<string, unknown> {
  const range = dayRange(doc.published.value);
  return {
    id: doc.id, hash: doc.hash, source: doc.source, segment_of: doc.segment_of, format: doc.format,
    encoding: doc.encoding, url: doc.url, title: doc.title, published_value: doc.published.value,
    published_basis: doc.published.basis, published_evidence: doc.published.evidence ?? null,
    published_start: range?.start ?? null, published_end: range?.end ?? null, outlet: doc.outlet,
    author: doc.author, language: doc.language, raw, text: doc.text, offsets: doc.offsets,
    timexes: doc.timexes, entities: doc.entities, warnings: doc.warnings ?? [], ingested_at: doc.ingested_at,
    text_norm: normalize(doc.text), title_norm: doc.title === null ? null : normalize(doc.title),
  };
}

/** The `spans` rows of a document: the layers worth querying, tokens only when asked. */
export function spanRows(doc: StoredDocument, tokens: boolean): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const add = (layer: string, s: { start: number; end: number }, data: object): void => {
    rows.push({ doc_id: doc.id, layer, start_pos: s.start, end_pos: s.end, text: doc.text.slice(s.start, s.end), data });
  };
  for (const s of doc.sentences ?? []) add('sentence', s, { tokenStart: s.tokenStart, tokenEnd: s.tokenEnd });
  for (const t of doc.timexes) add('timex', t, { type: t.type, value: t.value, mod: t.mod, ...(t.rule ? { rule: t.rule } : {}) });
  for (const e of doc.entities) for (const m of e.mentions) add('entity_mention', m, { entity: e.id });
  for (const ev of doc.events) for (const m of ev.evidence) add('event_evidence', m, { event: ev.id });
  if (tokens) {
    for (const t of doc.tokens ?? []) {
      add('token', t, { norm: t.norm, kind: t.kind, stem: t.stem, stemNorm: t.stemNorm, clitics: t.clitics });
    }
  }
  return rows;
}

/** Rows for the corpus-wide tables that a document's entities feed. */
export function entityRows(doc: StoredDocument): {
  entities: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
  roles: Record<string, unknown>[];
} {
  const out = { entities: [] as Record<string, unknown>[], aliases: [] as Record<string, unknown>[], mentions: [] as Record<string, unknown>[], roles: [] as Record<string, unknown>[] };
  for (const e of doc.entities) {
    out.entities.push({ id: e.id, type: e.type, name: e.name, name_en: e.name_en, country: e.country });
    // every surface form seen in a document is an alias the entity page can show and linking can use
    const names = new Set([e.name, ...e.mentions.map((m) => m.text)]);
    for (const alias of names) out.aliases.push(aliasRow(e.id, alias));
    for (const m of e.mentions) out.mentions.push({ doc_id: doc.id, entity_id: e.id, start_pos: m.start, end_pos: m.end, text: m.text });
    out.roles.push(...roleRows(doc, e));
  }
  return out;
}

/**
 * The `entity_roles` rows of an entity in a document: every role read with its span (title,
 * organisation, country, date), then each title known without a span once.
 */
function roleRows(doc: StoredDocument, e: StoredDocument['entities'][number]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const r of e.role_mentions ?? []) {
    const key = `${r.title}\u0000${r.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ entity_id: e.id, doc_id: doc.id, title: r.title, org: r.org, country: r.country, date_value: r.date, start_pos: r.start, end_pos: r.end });
  }
  const spanned = new Set((e.role_mentions ?? []).map((r) => r.title));
  for (const title of new Set(e.roles)) {
    if (spanned.has(title)) continue;
    rows.push({ entity_id: e.id, doc_id: doc.id, title, org: null, country: null, date_value: doc.published.value, start_pos: null, end_pos: null });
  }
  return rows;
}

/** The columns an event is read back from (not the search columns, which only the database reads). */
export const EVENT_SELECT = EVENT_COLUMNS.map(([n]) => n).filter((n) => n !== 'evidence_norm').join(', ');

/** The `events` row of an event mention; `ordinal` is its place among the given events of its document. */
export function eventRow(ev: StoredEvent, ordinal: number): Record<string, unknown> {
  const range = dayRange(ev.date.value);
  return {
    doc_id: ev.doc, id: ev.id, ordinal, cluster_id: ev.cluster, type: ev.type, mode: ev.mode, status: ev.status,
    date_value: ev.date.value, date_mod: ev.date.mod, date_start: range?.start ?? null, date_end: range?.end ?? null,
    location: ev.location, countries: ev.countries, participants: ev.participants, topics: ev.topics, evidence: ev.evidence,
    evidence_norm: normalize(ev.evidence.map((m) => m.text).join('\n')),
    trigger: ev.trigger ?? null,
    bound: ev.bound ?? null,
  };
}

/** Maps a selected `events` row back to an event mention. */
export function eventFromRow(r: Record<string, unknown>): StoredEvent {
  return {
    doc: r.doc_id as string,
    id: r.id as string,
    cluster: (r.cluster_id as string | null) ?? null,
    type: r.type as string,
    mode: (r.mode as string | null) ?? null,
    status: r.status as StoredEvent['status'],
    date: { value: (r.date_value as string | null) ?? null, mod: (r.date_mod as string | null) ?? null },
    location: (r.location as StoredEvent['location']) ?? null,
    countries: (r.countries as string[]) ?? [],
    participants: (r.participants as StoredEvent['participants']) ?? [],
    topics: (r.topics as string[]) ?? [],
    evidence: (r.evidence as StoredEvent['evidence']) ?? [],
    ...(r.trigger ? { trigger: r.trigger as NonNullable<StoredEvent['trigger']> } : {}),
    ...(r.bound ? { bound: r.bound as NonNullable<StoredEvent['bound']> } : {}),
  };
}
