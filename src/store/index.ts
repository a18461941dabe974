/**
 * The storage layer's public API: the Store port, the way to open one, and the document shape
 * it keeps. Backends and SQL stay behind it.
 */
export type {
  ClusterConflict, ClusterDetail, ClusterLink, ClusterQuery, DateFilter, DocumentQuery, DocumentSummary, EntityQuery,
  EventQuery, FailureInput, Page, PutConflict, PutDocumentsOptions, PutDocumentsResult, ReportFacts, RoleQuery,
  RunSummary, SearchHit, SearchQuery, SnippetSegment, SpanLayer, Store, StoreStats, StoredCluster, StoredEntity,
  StoredEvent, StoredFailure, StoredRole, StoredRun, StoredSpan,
} from './store.js';
export type { StoredDocument, StoredOffsets } from './stored-document.js';
export { toStoredDocument } from './stored-document.js';
export { defaultDataFolder, defaultDbPath, openStore } from './open-store.js';
export { isPostgresUrl, redactPassword } from './db-target.js';
export { dayRange, type DayRange } from '../time/date-range.js';
