import type { StoredEvent } from '../store/index.js';

/** Names of participants by entity id, for readable output. */
export type NameOf = (id: string) => string;

/** Columns of the CSV export, in order. */
const CSV_COLUMNS = ['doc', 'id', 'cluster', 'type', 'mode', 'status', 'date', 'date_mod', 'location', 'location_country', 'countries', 'sources', 'targets', 'participants', 'evidence'] as const;

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function byRole(e: StoredEvent, role: string, nameOf: NameOf): string[] {
  return e.participants.filter((p) => p.role === role).map((p) => nameOf(p.entity));
}

/** Events as CSV with a header line. */
export function eventsCsv(events: readonly StoredEvent[], nameOf: NameOf): string {
  const rows = events.map((e) => [
    e.doc, e.id, e.cluster ?? '', e.type, e.mode ?? '', e.status, e.date.value ?? '', e.date.mod ?? '', e.location?.name ?? '', e.location?.country ?? '',
    e.countries.join(' '), byRole(e, 'source', nameOf).join('; '), byRole(e, 'target', nameOf).join('; '),
    e.participants.map((p) => nameOf(p.entity)).join('; '), e.evidence.map((x) => x.text).join(' … '),
  ]);
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map((c) => csvCell(String(c))).join(','))].join('\n') + '\n';
}

/**
 * An event in PLOVER's JSON shape. PLOVER codes a plan or a possibility as AGREE (an agreement to
 * act), so planned and possible events export as AGREE with the intended type kept in
 * `rasid_intended_type`; every field PLOVER does not define is under a `rasid_` name.
 */
export function toPlover(e: StoredEvent, nameOf: NameOf): Record<string, unknown> {
  const modal = e.status === 'planned' || e.status === 'possible';
  const sources = e.participants.filter((p) => p.role === 'source' || p.role === 'participant');
  const targets = e.participants.filter((p) => p.role === 'target');
  return {
    id: `${e.doc}#${e.id}`,
    date: e.date.value,
    event_type: modal ? 'AGREE' : e.type,
    mode: e.mode,
    context: [],
    source_actor: sources.map((p) => nameOf(p.entity)).join('; ') || null,
    source_country: e.countries[0] ?? null,
    target_actor: targets.map((p) => nameOf(p.entity)).join('; ') || null,
    target_country: e.countries[1] ?? null,
    location: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    text: e.evidence.map((x) => x.text).join(' … '),
    rasid_status: e.status,
    rasid_intended_type: modal ? e.type : null,
    rasid_cluster: e.cluster,
    rasid_countries: e.countries,
    rasid_participants: e.participants,
    rasid_date_mod: e.date.mod,
    rasid_evidence: e.evidence,
    rasid_doc: e.doc,
  };
}
