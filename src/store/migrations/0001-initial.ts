import type { Migration } from './index.js';

/**
 * The first schema: documents and their spans, plus every table later stages fill (entities,
 * roles, mentions, events, clusters) so that those stages need no migration of their own.
 * Positions are `start_pos`/`end_pos` because `end` is a reserved word in SQL. `*_start`/`*_end`
 * date columns hold the days a TIMEX3 value covers (see date-range.ts) so date filters are
 * plain indexed range comparisons whatever the precision of the value.
 */
export const initial: Migration = {
  id: '0001-initial',
  up: `
CREATE TABLE documents (
  id text PRIMARY KEY,
  hash text NOT NULL,
  source text NOT NULL,
  -- a segment (an article glued inside a page) points at its host and reads the host's raw
  segment_of text REFERENCES documents (id) ON DELETE CASCADE,
  format text NOT NULL,
  encoding text NOT NULL,
  url text,
  title text,
  published_value text,
  published_basis text NOT NULL,
  published_evidence jsonb,
  published_start date,
  published_end date,
  outlet text,
  author text,
  language text NOT NULL,
  -- null for a segment whose raw is its host's: a page is stored once
  raw text,
  text text NOT NULL,
  -- normalised Arabic for search, filled by a later stage
  text_norm text,
  offsets jsonb NOT NULL,
  timexes jsonb NOT NULL DEFAULT '[]',
  entities jsonb NOT NULL DEFAULT '[]',
  warnings jsonb NOT NULL DEFAULT '[]',
  ingested_at timestamptz NOT NULL DEFAULT now()
);
-- the same page twice is stored once; segments share their host's hash, so only top-level rows count
CREATE UNIQUE INDEX documents_page_hash ON documents (hash) WHERE segment_of IS NULL;
CREATE INDEX documents_segment_of ON documents (segment_of);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_published ON documents (published_start, published_end);

CREATE TABLE spans (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  layer text NOT NULL,
  start_pos integer NOT NULL,
  end_pos integer NOT NULL,
  text text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX spans_doc_layer ON spans (doc_id, layer, start_pos);

CREATE TABLE entities (
  id text PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL,
  name_en text,
  country text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_type_country ON entities (type, country);

-- separate rows, not a jsonb list, so that linking can look an alias up by an index
CREATE TABLE entity_aliases (
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias text NOT NULL,
  alias_norm text,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases (alias);
CREATE INDEX entity_aliases_norm ON entity_aliases (alias_norm);

CREATE TABLE entity_roles (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  title text NOT NULL,
  org text,
  country text,
  date_value text,
  start_pos integer,
  end_pos integer
);
CREATE INDEX entity_roles_entity ON entity_roles (entity_id);
CREATE INDEX entity_roles_doc ON entity_roles (doc_id);

CREATE TABLE mentions (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  start_pos integer NOT NULL,
  end_pos integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (doc_id, entity_id, start_pos, end_pos)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- no foreign key to clusters: clustering assigns ids before or after it writes the cluster rows
CREATE TABLE clusters (
  id text PRIMARY KEY,
  type text,
  summary jsonb NOT NULL DEFAULT '{}',
  conflicts jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cluster_links (
  plan_cluster text NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  outcome_cluster text NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
  relation text NOT NULL DEFAULT 'plan_outcome',
  score real,
  PRIMARY KEY (plan_cluster, outcome_cluster)
);

CREATE TABLE events (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id text NOT NULL,
  -- keeps the document's own order of its events
  ordinal integer NOT NULL DEFAULT 0,
  cluster_id text,
  type text NOT NULL,
  mode text,
  status text NOT NULL,
  date_value text,
  date_mod text,
  date_start date,
  date_end date,
  location jsonb,
  countries text[] NOT NULL DEFAULT '{}',
  participants jsonb NOT NULL DEFAULT '[]',
  topics text[] NOT NULL DEFAULT '{}',
  evidence jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (doc_id, id)
);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_type_status ON events (type, status);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_countries ON events USING gin (countries);
CREATE INDEX events_participants ON events USING gin (participants jsonb_path_ops);

CREATE TABLE runs (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  command text,
  status text NOT NULL DEFAULT 'running',
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  inputs integer,
  stored integer,
  duplicates integer,
  failed integer
);

CREATE TABLE failures (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id integer NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  source text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX failures_run ON failures (run_id);
`,
};
