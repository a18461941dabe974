import type { Migration } from './index.js';

/**
 * Full-text search, normalised alias lookup and the cluster columns the timeline sorts by.
 *
 * Search runs on the normalised copies the store writes beside the text (`text_norm`,
 * `title_norm`, `evidence_norm`), through a text search configuration of our own,
 * `rasid_search`: a copy of PostgreSQL's `arabic` configuration (Snowball's Arabic stemmer)
 * where the server has it, else of `simple`. Queries are normalised the same way, so both sides
 * meet after normalisation whichever configuration was found. The `tsv` columns are generated,
 * so every write keeps them current. Rows written before this migration get their normalised
 * copies from the store's backfill (sql/backfill.ts) the first time it is opened.
 */
export const searchAndClusters: Migration = {
  id: '0002-search-clusters',
  up: `
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'arabic') THEN
    CREATE TEXT SEARCH CONFIGURATION rasid_search (COPY = pg_catalog.arabic);
  ELSE
    CREATE TEXT SEARCH CONFIGURATION rasid_search (COPY = pg_catalog.simple);
  END IF;
END
$$;

ALTER TABLE documents ADD COLUMN title_norm text;
ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('rasid_search', COALESCE(title_norm, '')), 'A') ||
  setweight(to_tsvector('rasid_search', COALESCE(text_norm, '')), 'B')) STORED;
CREATE INDEX documents_tsv ON documents USING gin (tsv);

ALTER TABLE events ADD COLUMN evidence_norm text;
ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('rasid_search', COALESCE(evidence_norm, ''))) STORED;
CREATE INDEX events_tsv ON events USING gin (tsv);

-- the timeline sorts and filters clusters by the date of their best report
ALTER TABLE clusters ADD COLUMN status text;
ALTER TABLE clusters ADD COLUMN date_value text;
ALTER TABLE clusters ADD COLUMN date_start date;
ALTER TABLE clusters ADD COLUMN date_end date;
CREATE INDEX clusters_date ON clusters (date_start, date_end);
CREATE INDEX cluster_links_outcome ON cluster_links (outcome_cluster);
`,
};
