import { RasidError } from '../core/errors.js';
import { runMigrations } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import { storeError } from './sql-client.js';
import { selectDocument, selectDocuments, selectHashes, selectSpans } from './sql/documents.js';
import { selectEntities, selectEntity, upsertEntities } from './sql/entities.js';
import { putEventRows, selectEvents } from './sql/events.js';
import { putDocumentRows } from './sql/put-documents.js';
import { insertFailure, insertRun, selectFailures, selectRuns, selectStats, updateRun } from './sql/runs.js';
import type {
  DocumentQuery, DocumentSummary, EntityQuery, EventQuery, FailureInput, PutDocumentsOptions, PutDocumentsResult,
  RunSummary, SpanLayer, Store, StoreStats, StoredEntity, StoredEvent, StoredFailure, StoredRun, StoredSpan,
} from './store.js';
import type { StoredDocument } from './stored-document.js';

/**
 * The Store on any PostgreSQL reached through a SqlClient: the schema and every query are the
 * same for PGlite and for a server, so backends differ only in how they connect.
 * Example: `const store = new SqlStore(client); await store.migrate();`
 */
export class SqlStore implements Store {
  private closed = false;

  constructor(private readonly client: SqlClient) {}

  /** Runs `fn` unless closed, turning driver errors into E_STORE errors that say what failed. */
  private async op<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new RasidError('E_STORE', `${what} failed: the store is closed`);
    try {
      return await fn();
    } catch (err) {
      throw storeError(what, err);
    }
  }

  async migrate(): Promise<void> {
    await this.op('migrating the database', () => runMigrations(this.client));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.client.close();
    } catch (err) {
      throw storeError('closing the store', err);
    }
  }

  hasHash(hash: string): Promise<boolean> {
    return this.op('looking up a hash', async () => (await selectHashes(this.client, [hash])).size > 0);
  }

  hashesPresent(hashes: readonly string[]): Promise<Set<string>> {
    return this.op('looking up hashes', () => selectHashes(this.client, hashes));
  }

  putDocuments(docs: readonly StoredDocument[], options?: PutDocumentsOptions): Promise<PutDocumentsResult> {
    if (!docs.length) return this.op('storing documents', async () => ({ inserted: 0, duplicates: 0, conflicts: [] }));
    return this.op(`storing ${docs.length} document(s)`, () => this.client.transaction((tx) => putDocumentRows(tx, docs, options)));
  }

  getDocument(id: string): Promise<StoredDocument | null> {
    // one transaction so the document, its events and spans are read from one snapshot
    return this.op(`reading document ${id}`, () => this.client.transaction((tx) => selectDocument(tx, id)));
  }

  listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    return this.op('listing documents', () => selectDocuments(this.client, query));
  }

  countDocuments(): Promise<number> {
    return this.op('counting documents', async () => {
      const rows = await this.client.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents');
      return rows[0]!.n;
    });
  }

  listSpans(doc: string, layer?: SpanLayer): Promise<StoredSpan[]> {
    return this.op(`listing spans of ${doc}`, () => selectSpans(this.client, doc, layer));
  }

  putEntities(entities: readonly StoredEntity[]): Promise<number> {
    return this.op('storing entities', () => this.client.transaction((tx) => upsertEntities(tx, entities)));
  }

  getEntity(id: string): Promise<StoredEntity | null> {
    return this.op(`reading entity ${id}`, () => selectEntity(this.client, id));
  }

  listEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    return this.op('listing entities', () => selectEntities(this.client, query));
  }

  putEvents(events: readonly StoredEvent[]): Promise<number> {
    return this.op('storing events', () => this.client.transaction((tx) => putEventRows(tx, events)));
  }

  listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    return this.op('listing events', () => selectEvents(this.client, query));
  }

  startRun(command?: string): Promise<number> {
    return this.op('starting a run', () => insertRun(this.client, command));
  }

  finishRun(run: number, summary: RunSummary, status: Exclude<StoredRun['status'], 'running'> = 'done'): Promise<void> {
    return this.op(`finishing run ${run}`, () => updateRun(this.client, run, summary, status));
  }

  listRuns(limit?: number): Promise<StoredRun[]> {
    return this.op('listing runs', () => selectRuns(this.client, limit));
  }

  recordFailure(failure: FailureInput): Promise<void> {
    return this.op('recording a failure', () => insertFailure(this.client, failure));
  }

  listFailures(run?: number): Promise<StoredFailure[]> {
    return this.op('listing failures', () => selectFailures(this.client, run));
  }

  stats(): Promise<StoreStats> {
    return this.op('counting rows', () => selectStats(this.client));
  }
}
