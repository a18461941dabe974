import { initial } from './0001-initial.js';
import { searchAndClusters } from './0002-search-clusters.js';
import { eventTriggers } from './0003-event-triggers.js';

/**
 * One schema change: plain PostgreSQL that runs the same on PGlite and on a PostgreSQL 15 server.
 * A released migration is never edited; a change is a new migration appended to MIGRATIONS.
 */
export interface Migration {
  /** unique and ordered, e.g. `0002-text-search` */
  id: string;
  up: string;
}

/** Every migration, in the order they are applied. */
export const MIGRATIONS: readonly Migration[] = [initial, searchAndClusters, eventTriggers];
