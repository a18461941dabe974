/**
 * The storage layer's public API: the Store port, the way to open one, and the document shape
 * it keeps. Backends and SQL stay behind it.
 */
export type {
  DateFilter, DocumentQuery, DocumentSummary, EntityQuery, EventQuery, FailureInput, PutConflict,
  PutDocumentsOptions, PutDocumentsResult, RunSummary, SpanLayer, Store, StoreStats, StoredEntity,
  StoredEvent, StoredFailure, StoredRun, StoredSpan,
} from './store.js';
export type { StoredDocument, StoredOffsets } from './stored-document.js';
export { toStoredDocument } from './stored-document.js';
export { defaultDataFolder, defaultDbPath, openStore } from './open-store.js';
export { isPostgresUrl, redactPassword } from './db-target.js';
export { dayRange, type DayRange } from '../time/date-range.js';
