/**
 * The HTTP API's shapes as the app reads them (the server may add fields; the app ignores what
 * it does not know). Kept apart from the server's own types because the app is compiled for the
 * browser on its own.
 */

export type EventStatus = 'occurred' | 'planned' | 'possible' | 'denied';

/** A list answer. */
export interface List<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** An error answer's body. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocumentSummary {
  id: string;
  segment_of: string | null;
  title: string | null;
  published: { value: string | null; basis: string };
  outlet: string | null;
  url: string | null;
}

export interface StoredEvent {
  id: string;
  doc: string;
  cluster: string | null;
  type: string;
  mode: string | null;
  status: EventStatus;
  date: { value: string | null; mod: string | null };
  location: { name: string; country: string | null } | null;
  countries: string[];
  participants: { entity: string; role: string }[];
  evidence: Span[];
}

export interface DocEntity {
  id: string;
  type: string;
  name: string;
  mentions: Span[];
}

export interface StoredDocument {
  id: string;
  title: string | null;
  published: { value: string | null; basis: string };
  outlet: string | null;
  author: string | null;
  language: string;
  url: string | null;
  text: string;
  segment_of: string | null;
  entities: DocEntity[];
  events: StoredEvent[] | Omit<StoredEvent, 'doc'>[];
}

export interface DocumentAnswer {
  document: StoredDocument;
  spans: { event_evidence?: (Span & { data?: Record<string, unknown> })[]; entity_mention?: (Span & { data?: Record<string, unknown> })[]; timex?: Span[] };
}

export interface DateValue {
  value: string | null;
  start?: string | null;
  end?: string | null;
}

export interface Links {
  plans: string[];
  outcomes: string[];
}

/** Where the reports of one event disagree: each report's value of one field. */
export interface Conflict {
  kind: 'date' | 'duration' | 'title' | 'place' | 'status' | string;
  subject?: string;
  values: { doc: string; event: string; value: string }[];
}

export interface TimelineItem {
  cluster: string;
  type: string;
  modes: string[];
  status: EventStatus | string;
  date: DateValue | null;
  title: string | null;
  countries: string[];
  participants: { id: string; name: string }[];
  reports: number;
  documents: number;
  conflicts: Conflict[];
  links: Links;
}

export interface ClusterAnswer {
  cluster: { id: string; type: string; status: string; date: DateValue | string | null; summary: string | null; conflicts: Conflict[] };
  reports: { event: StoredEvent; document: { id: string; title: string | null; outlet: string | null; published: string | { value: string | null } | null; url: string | null }; evidence: Span[] }[];
  links: Links;
}

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  name_en: string | null;
  country: string | null;
  aliases: string[];
}

export interface EntityRole {
  title: string;
  org: string | null;
  country: string | null;
  date: string | null;
  doc: string;
  start?: number;
  end?: number;
}

export interface EntityAnswer {
  entity: StoredEntity;
  aliases: string[];
  roles: EntityRole[];
  events: StoredEvent[];
  documents: DocumentSummary[];
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  country: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  types: Record<string, number>;
}

export interface GraphAnswer {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  kind: 'document' | 'evidence';
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | { value: string | null } | null;
  event?: { id: string; cluster: string | null; type: string; status: string };
  rank: number;
  snippet: { text: string; hit: boolean }[];
}

export interface AddResult {
  /** null when the input failed before it had an id */
  id: string | null;
  status: 'stored' | 'duplicate' | 'failed';
  code?: string;
  message?: string;
  events: number;
  clusters: string[];
}

export interface AddAnswer {
  results: AddResult[];
}

export interface Health {
  ok: boolean;
  documents: number;
  version: string;
}
