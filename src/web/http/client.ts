import type { AddAnswer, ClusterAnswer, DocumentAnswer, EntityAnswer, ErrorBody, GraphAnswer, List, SearchHit, StoredEntity, TimelineItem } from './types.js';

/** An API failure: the server's stable code (or `E_NETWORK` when it could not be reached). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

/** Query parameters; empty values are left out. */
export type Query = Record<string, string | number | null | undefined> | URLSearchParams;

/** `/api/PATH?query` with the empty parameters dropped. */
export function apiUrl(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api/${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(x: unknown): x is ErrorBody {
  return typeof x === 'object' && x !== null && typeof (x as ErrorBody).error?.code === 'string';
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (err) {
    throw new ApiError('E_NETWORK', err instanceof Error ? err.message : String(err), 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, res.status);
    throw new ApiError(`HTTP_${res.status}`, res.statusText, res.status);
  }
  return body as T;
}

const seg = encodeURIComponent;

/** The calls the app makes, one per route of the HTTP API. */
export const api = {
  timeline: (q: Query) => request<List<TimelineItem>>(apiUrl('timeline', q)),
  cluster: (id: string) => request<ClusterAnswer>(apiUrl(`clusters/${seg(id)}`)),
  document: (id: string) => request<DocumentAnswer>(apiUrl(`documents/${seg(id)}`)),
  entity: (id: string) => request<EntityAnswer>(apiUrl(`entities/${seg(id)}`)),
  entities: (q: Query) => request<List<StoredEntity>>(apiUrl('entities', q)),
  graph: (q: Query) => request<GraphAnswer>(apiUrl('graph', q)),
  search: (q: Query) => request<List<SearchHit>>(apiUrl('search', q)),
  /** Sends articles for processing; `body` is a JSON article or raw text, HTML or JSONL. */
  addDocuments: (body: string, contentType: string, token: string) =>
    request<AddAnswer>(apiUrl('documents'), {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }),
};
