import type { Settings } from '../../core/settings.js';
import { HEADLINE_BLANKED, headlineOptions, plainSnippet, segmentsFromHeadline } from '../../search/snippet.js';
import { normalize } from '../../text/normalize.js';
import type { SqlExecutor } from '../sql-client.js';
import { textParam } from '../sql-client.js';
import type { Page, SearchHit, SearchQuery } from '../store.js';
import { eventFilters } from './events.js';
import { QueryBuilder } from './query-builder.js';

/** The configuration search runs on: `arabic` when the server has it (see migration 0002), else `simple`. */
export async function selectSearchConfig(db: SqlExecutor): Promise<string> {
  const rows = await db.query<{ arabic: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'arabic') AS arabic`);
  return rows[0]!.arabic ? 'arabic' : 'simple';
}

/**
 * The hits of a search, documents and evidence sentences together, as one ranked list. The query
 * is normalised like the stored copies and read with web-search syntax (`"…"` for a phrase, `or`,
 * `-` to exclude), which never fails on odd input.
 */
function hitsSql(query: SearchQuery, q: QueryBuilder): string {
  const tsq = `websearch_to_tsquery('rasid_search', ${q.param(textParam(normalize(query.q)))})`;
  const docFilter = eventFilters(query, new QueryBuilder(q.params), 'f.');
  const evFilter = eventFilters(query, new QueryBuilder(q.params), 'e.');
  const docWhere = docFilter.filtered ? `AND EXISTS (SELECT 1 FROM events f WHERE f.doc_id = d.id AND ${docFilter.conditionsSql()})` : '';
  return `SELECT 'document' AS kind, d.id AS doc, NULL::text AS event, ts_rank(d.tsv, ${tsq}) AS rank
      FROM documents d WHERE d.tsv @@ ${tsq} ${docWhere}
    UNION ALL
    SELECT 'evidence', e.doc_id, e.id, ts_rank(e.tsv, ${tsq}) FROM events e WHERE e.tsv @@ ${tsq} AND ${evFilter.conditionsSql()}`;
}

/** Ranked hits with snippets of the original text, and how many there are. */
export async function searchStore(db: SqlExecutor, query: SearchQuery, s: Settings['search']): Promise<Page<SearchHit>> {
  const text = query.q.slice(0, s.maxQueryChars);
  if (!text.trim()) return { items: [], total: 0 };
  const sized = { ...query, q: text };
  const countQ = new QueryBuilder();
  const total = (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM (${hitsSql(sized, countQ)}) h`, countQ.params))[0]!.n;
  if (!total) return { items: [], total };

  const q = new QueryBuilder();
  const hits = hitsSql(sized, q);
  const opts = q.param(headlineOptions(s.snippetFragments, s.snippetMaxWords, s.snippetMinWords));
  const blanked = q.param(HEADLINE_BLANKED);
  const blanks = q.param(' '.repeat(HEADLINE_BLANKED.length));
  const tsq = `websearch_to_tsquery('rasid_search', $1)`;
  const rows = await db.query<Record<string, unknown>>(
    `SELECT h.kind, h.doc, h.event, h.rank, d.title, d.outlet, d.published_value,
       CASE WHEN h.kind = 'document' THEN d.text ELSE NULL END AS text,
       ts_headline('rasid_search', translate(CASE WHEN h.kind = 'document' THEN d.text_norm ELSE e.evidence_norm END, ${blanked}, ${blanks}), ${tsq}, ${opts}) AS headline,
       e.type, e.status, e.cluster_id, e.evidence
     FROM (${hits} ORDER BY rank DESC, doc, kind, event ${q.page(query.limit, query.offset)}) h
     JOIN documents d ON d.id = h.doc LEFT JOIN events e ON e.doc_id = h.doc AND e.id = h.event
     ORDER BY h.rank DESC, h.doc, h.kind, h.event`, q.params);
  const items = rows.map((r): SearchHit => {
    const original = r.kind === 'document' ? (r.text as string) : ((r.evidence as { text: string }[]) ?? []).map((m) => m.text).join('\n');
    const hit: SearchHit = {
      kind: r.kind as SearchHit['kind'],
      doc: r.doc as string,
      title: (r.title as string | null) ?? null,
      outlet: (r.outlet as string | null) ?? null,
      published: (r.published_value as string | null) ?? null,
      rank: Number(r.rank),
      snippet: [],
    };
    const segments = segmentsFromHeadline(original, (r.headline as string | null) ?? '');
    hit.snippet = segments?.length ? segments : plainSnippet(original, s.plainSnippetChars);
    if (r.kind === 'evidence') {
      hit.event = { id: r.event as string, cluster: (r.cluster_id as string | null) ?? null, type: r.type as string, status: r.status as NonNullable<SearchHit['event']>['status'] };
    }
    return hit;
  });
  return { items, total };
}
