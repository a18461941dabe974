import { RasidError } from '../core/errors.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import { runMigrations } from './migrate.js';
import type { SqlClient } from './sql-client.js';
import { storeError } from './sql-client.js';
import { backfillNormalised } from './sql/backfill.js';
import { selectCluster, selectClusters, selectLinks, upsertClusters } from './sql/clusters.js';
import { countDocuments, selectDocument, selectDocuments, selectHashes, selectSpans } from './sql/documents.js';
import { countEntities, selectEntities, selectEntity, selectRoles, upsertEntities } from './sql/entities.js';
import { countEvents, putEventRows, selectEvents } from './sql/events.js';
import { searchStore, selectSearchConfig } from './sql/search.js';
import { putDocumentRows } from './sql/put-documents.js';
import { insertFailure, insertRun, selectFailures, selectRuns, selectStats, updateRun } from './sql/runs.js';
import type {
  ClusterDetail, ClusterLink, ClusterQuery, DocumentQuery, DocumentSummary, EntityQuery, EventQuery, FailureInput, Page,
  PutDocumentsOptions, PutDocumentsResult, RoleQuery, RunSummary, SearchHit, SearchQuery, SpanLayer, Store, StoreStats,
  StoredCluster, StoredEntity, StoredEvent, StoredFailure, StoredRole, StoredRun, StoredSpan,
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
    // rows written before the search columns existed get their normalised copies once
    await this.op('normalising stored text for search', () => this.client.transaction((tx) => backfillNormalised(tx)));
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
    if (!docs.length) return this.op('storing documents', async () => ({ inserted: 0, ids: [], duplicates: 0, conflicts: [] }));
    return this.op(`storing ${docs.length} document(s)`, () => this.client.transaction((tx) => putDocumentRows(tx, docs, options)));
  }

  getDocument(id: string): Promise<StoredDocument | null> {
    // one transaction so the document, its events and spans are read from one snapshot
    return this.op(`reading document ${id}`, () => this.client.transaction((tx) => selectDocument(tx, id)));
  }

  listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    return this.op('listing documents', () => selectDocuments(this.client, query));
  }

  countDocuments(query: DocumentQuery = {}): Promise<number> {
    return this.op('counting documents', () => countDocuments(this.client, query));
  }

  listSpans(doc: string, layer?: SpanLayer): Promise<StoredSpan[]> {
    return this.op(`listing spans of ${doc}`, () => selectSpans(this.client, doc, layer));
  }

  putEntities(entities: readonly StoredEntity[]): Promise<number> {
    return this.op('storing entities', () => this.client.transaction((tx) => upsertEntities(tx, entities)));
  }

  getEntity(idOrName: string): Promise<StoredEntity | null> {
    return this.op(`reading entity ${idOrName}`, () => selectEntity(this.client, idOrName));
  }

  listEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    return this.op('listing entities', () => selectEntities(this.client, query));
  }

  countEntities(query: EntityQuery = {}): Promise<number> {
    return this.op('counting entities', () => countEntities(this.client, query));
  }

  listRoles(query: RoleQuery = {}): Promise<StoredRole[]> {
    return this.op('listing roles', () => selectRoles(this.client, query));
  }

  putEvents(events: readonly StoredEvent[]): Promise<number> {
    return this.op('storing events', () => this.client.transaction((tx) => putEventRows(tx, events)));
  }

  listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    return this.op('listing events', () => selectEvents(this.client, query));
  }

  countEvents(query: EventQuery = {}): Promise<number> {
    return this.op('counting events', () => countEvents(this.client, query));
  }

  putClusters(clusters: readonly StoredCluster[], links: readonly ClusterLink[] = []): Promise<number> {
    return this.op('storing clusters', () => this.client.transaction((tx) => upsertClusters(tx, clusters, links)));
  }

  getCluster(id: string): Promise<ClusterDetail | null> {
    return this.op(`reading cluster ${id}`, () => this.client.transaction((tx) => selectCluster(tx, id)));
  }

  listClusters(query: ClusterQuery = {}): Promise<Page<StoredCluster>> {
    return this.op('listing clusters', () => this.client.transaction((tx) => selectClusters(tx, query)));
  }

  listClusterLinks(ids: readonly string[]): Promise<ClusterLink[]> {
    return this.op('listing cluster links', () => selectLinks(this.client, ids));
  }

  listUnwrittenClusters(): Promise<string[]> {
    return this.op('listing unwritten clusters', async () => (await this.client.query<{ id: string }>(
      `SELECT DISTINCT e.cluster_id AS id FROM events e WHERE e.cluster_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = e.cluster_id) ORDER BY 1`)).map((r) => r.id));
  }

  search(query: SearchQuery, settings: Settings['search'] = DEFAULT_SETTINGS.search): Promise<Page<SearchHit>> {
    return this.op('searching', () => this.client.transaction((tx) => searchStore(tx, query, settings)));
  }

  searchConfig(): Promise<string> {
    return this.op('reading the search configuration', () => selectSearchConfig(this.client));
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
