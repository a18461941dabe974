import type { Context } from 'hono';
import { eventsCsv, toPlover } from '../events/export-formats.js';
import type { EventQuery, Store } from '../store/index.js';
import { entityNames } from './views.js';

/** The events matching `filters` as a download in `format` (the formats of `rasid events`). */
export async function exportResponse(c: Context, store: Store, format: 'jsonl' | 'csv' | 'plover', filters: EventQuery, maxRows: number): Promise<Response> {
  const events = await store.listEvents({ ...filters, limit: maxRows });
  const names = await entityNames(store, events.flatMap((e) => e.participants.map((p) => p.entity)));
  const nameOf = (id: string): string => names.get(id)?.name ?? id;
  const [body, type, ext] = format === 'csv' ? [eventsCsv(events, nameOf), 'text/csv; charset=utf-8', 'csv']
    : format === 'plover' ? [JSON.stringify(events.map((e) => toPlover(e, nameOf)), null, 2) + '\n', 'application/json; charset=utf-8', 'json']
    : [events.map((e) => JSON.stringify(e) + '\n').join(''), 'application/x-ndjson; charset=utf-8', 'jsonl'];
  return c.body(body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="rasid-events.${ext}"` });
}
