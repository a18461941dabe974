import type { DocEntity, DocEvent } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import type { StoredDocument } from './stored-document.js';

/** Options of putDocuments. */
export interface PutDocumentsOptions {
  /** also write one `token` span per token (many rows; off by default) */
  tokens?: boolean;
}

/** A document that putDocuments refused, and why (the id is taken by other content, an unknown host…). */
export interface PutConflict {
  id: string;
  reason: string;
}

/** What putDocuments did: every input is exactly one of inserted, duplicate, or conflict. */
export interface PutDocumentsResult {
  inserted: number;
  /** ids of the documents inserted: pages, then segments */
  ids: string[];
  /** pages already stored (same hash), or segments already stored, or segments of such pages */
  duplicates: number;
  conflicts: PutConflict[];
}

/**
 * Date filters take TIMEX3 values at any precision (`2023`, `2023-12`, `2023-12-07`): an item
 * matches when its own date range overlaps [start of `from`, end of `to`]; undated items never match.
 */
export interface DateFilter {
  from?: string;
  to?: string;
}

/** Filters of listDocuments; the newest first (undated last), then by id. */
export interface DocumentQuery extends DateFilter {
  limit?: number;
  offset?: number;
  outlet?: string;
  /** only these documents */
  ids?: readonly string[];
  /** only documents that mention this entity */
  entity?: string;
}

/** One line of a document list: the metadata, not the bodies. */
export interface DocumentSummary {
  id: string;
  hash: string;
  source: string;
  segment_of: string | null;
  title: string | null;
  published: { value: string | null; basis: StoredDocument['published']['basis'] };
  outlet: string | null;
  author: string | null;
  url: string | null;
  format: StoredDocument['format'];
  ingested_at: string;
}

/** Annotation layers written to the `spans` table. */
export type SpanLayer = 'token' | 'sentence' | 'timex' | 'entity_mention' | 'event_evidence';

/** One stored annotation: a span of a document's `text` with typed data (timex value, entity id…). */
export interface StoredSpan {
  doc: string;
  layer: SpanLayer;
  start: number;
  end: number;
  text: string;
  data: Record<string, unknown>;
}

/** A corpus-wide entity identity, e.g. `{id: 'person:tebboune', type: 'PERSON', name: 'عبد المجيد تبون', …}`. */
export interface StoredEntity {
  id: string;
  type: DocEntity['type'];
  name: string;
  name_en: string | null;
  country: string | null;
  /** other names it goes by (merged, never removed, by putEntities) */
  aliases: string[];
  created_at?: string;
  updated_at?: string;
}

/** Filters of listEntities; `q` matches a part of the name, English name or an alias, after normalisation. */
export interface EntityQuery {
  /** only these entities */
  ids?: readonly string[];
  type?: DocEntity['type'];
  country?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

/** An event mention of one document, keyed by (doc, id). */
export interface StoredEvent extends DocEvent {
  doc: string;
}

/** Filters of listEvents, all optional and combined with AND; earliest first, undated last. */
export interface EventQuery extends DateFilter {
  /** ISO country code among the event's countries */
  country?: string;
  /** a country code or entity id that also takes part (in countries or participants) */
  with?: string;
  type?: string;
  status?: DocEvent['status'];
  /** an entity id among the participants */
  actor?: string;
  doc?: string;
  cluster?: string;
  /** any of these clusters */
  clusters?: readonly string[];
  limit?: number;
  offset?: number;
}

/** One role an entity holds in a document (`وزير الدفاع` of `gpe:US`), with its span when read from one. */
export interface StoredRole {
  entity: string;
  doc: string;
  title: string;
  /** the organisation named, as an entity id */
  org: string | null;
  country: string | null;
  /** as of this date (the document's publication date) */
  date: string | null;
  start: number | null;
  end: number | null;
}

/** Filters of listRoles; in document order of publication, then position. */
export interface RoleQuery {
  entity?: string;
  doc?: string;
  limit?: number;
  offset?: number;
}

/** A page of a list and the number of items matching before paging. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A way two reports of one real-world event disagree, with what each report says. */
export interface ClusterConflict {
  kind: 'date' | 'duration' | 'title' | 'place' | 'status';
  /** the entity whose title differs (kind `title`) */
  subject?: string;
  values: { doc: string; event: string; value: string }[];
}

/** What one report adds to its cluster besides the event row: facts read from its document. */
export interface ReportFacts {
  doc: string;
  event: string;
  /** a duration stated in the report's evidence (TIMEX3 value, e.g. `P3D`) */
  duration: string | null;
  /** titles the document gives each participant (entity id → titles) */
  titles: Record<string, string[]>;
}

/** A cluster row: one real-world event and what is known of it as a whole. */
export interface StoredCluster {
  id: string;
  type: string;
  /** the status of the event as a whole: occurred when any report tells it happened */
  status: StoredEvent['status'];
  date: { value: string; start: string; end: string } | null;
  /** a short readable title (the best report's trigger sentence, clipped) and each report's facts */
  summary: { title: string | null; facts: ReportFacts[] };
  conflicts: ClusterConflict[];
}

/** A plan told in one cluster and the later outcome told in another. */
export interface ClusterLink {
  plan: string;
  outcome: string;
  score: number | null;
}

/** Filters of listClusters: a cluster matches when one of its reports matches the event filters. */
export type ClusterQuery = Omit<EventQuery, 'doc' | 'cluster'>;

/** A cluster with its reports and links, as getCluster returns it. */
export interface ClusterDetail {
  cluster: StoredCluster;
  reports: StoredEvent[];
  links: { plans: string[]; outcomes: string[] };
}

/** Filters of search, all optional; see Store.search. */
export interface SearchQuery extends Omit<EventQuery, 'doc' | 'cluster'> {
  q: string;
}

/** A piece of a snippet, highlighted or not (the app escapes the text: never HTML). */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/** One search result: an article, or the evidence sentence of one of its events. */
export interface SearchHit {
  kind: 'document' | 'evidence';
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  event?: { id: string; cluster: string | null; type: string; status: StoredEvent['status'] };
  rank: number;
  snippet: SnippetSegment[];
}

/** The figures of a finished ingestion run. */
export interface RunSummary {
  inputs: number;
  stored: number;
  duplicates: number;
  failed: number;
}

/** An ingestion run as recorded. */
export interface StoredRun {
  id: number;
  command: string | null;
  status: 'running' | 'done' | 'failed' | 'interrupted';
  started_at: string;
  finished_at: string | null;
  /** null while running */
  summary: RunSummary | null;
}

/** An input that could not be ingested, with its stable error code. */
export interface FailureInput {
  run: number;
  source: string;
  code: string;
  message: string;
}

/** A recorded failure. */
export interface StoredFailure extends FailureInput {
  id: number;
  at: string;
}

/** Row counts per table. */
export interface StoreStats {
  documents: number;
  segments: number;
  spans: number;
  entities: number;
  entity_aliases: number;
  entity_roles: number;
  mentions: number;
  events: number;
  clusters: number;
  cluster_links: number;
  runs: number;
  failures: number;
}

/**
 * The storage port: everything the rest of Rasid knows about persistence. Backends (PGlite now,
 * a PostgreSQL server later) implement it and pass the same conformance suite. Every method
 * rejects with RasidError `E_STORE` when the database fails, or after close().
 *
 * Example: `const store = await openStore(defaultDbPath()); await store.putDocuments(docs);`
 */
export interface Store {
  /** Applies pending migrations; idempotent (the open functions already call it). */
  migrate(): Promise<void>;
  /** Releases the database; later calls reject. Calling it twice is harmless. */
  close(): Promise<void>;

  /** True when a top-level page with this content hash is stored. */
  hasHash(hash: string): Promise<boolean>;
  /** The subset of `hashes` already stored, to skip them when an ingestion resumes. */
  hashesPresent(hashes: readonly string[]): Promise<Set<string>>;
  /** Stores documents and their spans, mentions, roles and events in one transaction. */
  putDocuments(docs: readonly StoredDocument[], options?: PutDocumentsOptions): Promise<PutDocumentsResult>;
  /** The stored document (events as currently stored, e.g. with their cluster), or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Document metadata, filtered and paged. */
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>;
  /** Number of stored documents, segments included; with a query, those matching its filters. */
  countDocuments(query?: DocumentQuery): Promise<number>;
  /** Spans of one document, in text order, optionally of one layer. */
  listSpans(doc: string, layer?: SpanLayer): Promise<StoredSpan[]>;

  /** Inserts or updates entity identities (aliases are merged); returns how many were given. */
  putEntities(entities: readonly StoredEntity[]): Promise<number>;
  /**
   * One entity with its aliases, or null: by id, else by any of its names after normalisation
   * (`عبد المجيد تبّون` finds `person:tebboune`; the entity with most mentions wins a shared name).
   */
  getEntity(idOrName: string): Promise<StoredEntity | null>;
  /** Entities by name, filtered and paged. */
  listEntities(query?: EntityQuery): Promise<StoredEntity[]>;
  /** Number of entities matching the filters of listEntities (paging ignored). */
  countEntities(query?: EntityQuery): Promise<number>;
  /** Roles held by entities, as the documents state them. */
  listRoles(query?: RoleQuery): Promise<StoredRole[]>;

  /** Inserts or replaces event mentions keyed by (doc, id); the document must be stored. */
  putEvents(events: readonly StoredEvent[]): Promise<number>;
  /** Event mentions matching every given filter. */
  listEvents(query?: EventQuery): Promise<StoredEvent[]>;
  /** Number of event mentions matching the filters of listEvents (paging ignored). */
  countEvents(query?: EventQuery): Promise<number>;

  /** Inserts or replaces clusters (keyed by id) and adds plan → outcome links; returns how many clusters. */
  putClusters(clusters: readonly StoredCluster[], links?: readonly ClusterLink[]): Promise<number>;
  /** One cluster with its reports (in timeline order) and links, or null. */
  getCluster(id: string): Promise<ClusterDetail | null>;
  /** Clusters with a report matching the filters, earliest first (undated last). */
  listClusters(query?: ClusterQuery): Promise<Page<StoredCluster>>;
  /** Links touching any of these clusters. */
  listClusterLinks(ids: readonly string[]): Promise<ClusterLink[]>;
  /** Cluster ids that events carry but no cluster row has (events stored before clusters were written). */
  listUnwrittenClusters(): Promise<string[]>;

  /**
   * Full-text search over article titles and texts and event evidence, after normalisation, with
   * the server's Arabic stemming when it has it (see searchConfig). The event filters keep an
   * evidence hit whose event matches them, and a document hit with an event that matches them.
   * Best first; snippets are segments of the original text.
   */
  search(query: SearchQuery, settings?: Settings['search']): Promise<Page<SearchHit>>;
  /** The text search configuration search runs on: `arabic` or, where absent, `simple`. */
  searchConfig(): Promise<string>;

  /** Records the start of an ingestion run and returns its id. */
  startRun(command?: string): Promise<number>;
  /** Records the end of a run with its figures. */
  finishRun(run: number, summary: RunSummary, status?: Exclude<StoredRun['status'], 'running'>): Promise<void>;
  /** Runs, the latest first. */
  listRuns(limit?: number): Promise<StoredRun[]>;
  /** Records one input that failed during a run. */
  recordFailure(failure: FailureInput): Promise<void>;
  /** Failures of one run, or of every run, in the order they were recorded. */
  listFailures(run?: number): Promise<StoredFailure[]>;

  /** Row counts per table. */
  stats(): Promise<StoreStats>;
}
