import type { DocEntity, DocEvent, Timex } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import type { ClusterConflict, ClusterLink, ReportFacts, StoredCluster, StoredEvent } from '../store/store.js';
import { normalize } from '../text/normalize.js';
import { dayRange } from '../time/date-range.js';
import { modesFit, type EventCluster } from './cluster-events.js';

/** The status a cluster tells as a whole: what happened outranks what was planned, said possible or denied. */
const STATUS_ORDER: readonly DocEvent['status'][] = ['occurred', 'planned', 'possible', 'denied'];

/**
 * What a report's document says about it beyond the event: a duration stated in its evidence
 * (`زيارة تستغرق ثلاثة أيام` → P3D) and the titles it gives each participant. Kept with the
 * cluster, so that disagreements with later reports can be found without the documents.
 */
export function reportFacts(
  doc: { id: string; timexes: readonly Timex[]; entities: readonly DocEntity[] },
  event: DocEvent,
  s: Settings['search'],
): ReportFacts {
  const inEvidence = (t: Timex): boolean => event.evidence.some((m) => t.start >= m.start && t.end <= m.end);
  const fits = (t: Timex): boolean => {
    const days = durationDays(t.value);
    return days !== null && days > 0 && days <= s.eventDurationMaxDays;
  };
  const duration = doc.timexes.find((t) => t.type === 'DURATION' && inEvidence(t) && fits(t))?.value ?? null;
  const titles: Record<string, string[]> = {};
  for (const p of event.participants) {
    const roles = doc.entities.find((e) => e.id === p.entity)?.roles ?? [];
    if (roles.length) titles[p.entity] = [...new Set(roles)];
  }
  return { doc: doc.id, event: event.id, duration, titles };
}

/** Days of an ISO 8601 duration (`P3D`, `P2W`, `PT36H`, `P1M` as 30), or null when it is not one. */
export function durationDays(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const [y, mo, w, d, h, mi] = m.slice(1).map((x) => (x ? Number(x) : 0));
  return y! * 365 + mo! * 30 + w! * 7 + d! + h! / 24 + mi! / 1440;
}

/**
 * Whether two reports' titles for one person disagree: neither says only what the other says,
 * a word counting as said when it is inside a word of the other (`الرئيس` and `رئيس الجمهورية`
 * agree, and so do `الوزير` and `وزير الدفاع`; `وزير الدفاع` and `وزير الخارجية` do not).
 */
function titlesDisagree(a: string, b: string): boolean {
  const words = (t: string): string[] => normalize(t).split(/\s+/u).filter((w) => w.length >= 3);
  const covered = (x: string[], y: string[]): boolean => x.every((w) => y.some((v) => v.includes(w) || w.includes(v)));
  const [wa, wb] = [words(a), words(b)];
  return !covered(wa, wb) && !covered(wb, wa);
}

/** The report that best dates the cluster: an occurred one first, then the most precise date. */
function bestReport(reports: readonly StoredEvent[]): StoredEvent | undefined {
  const width = (e: StoredEvent): number => {
    const r = dayRange(e.date.value);
    return r ? Date.parse(r.end) - Date.parse(r.start) : Infinity;
  };
  return [...reports].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || width(a) - width(b))[0];
}

/** Clips a sentence to `max` characters at a word boundary. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** A conflict when the reports give more than one value (compared by `key`), else nothing. */
function differing(kind: ClusterConflict['kind'], values: ClusterConflict['values'], key = (v: string): string => v, subject?: string): ClusterConflict[] {
  if (new Set(values.map((v) => key(v.value))).size < 2) return [];
  return [{ kind, ...(subject ? { subject } : {}), values }];
}

/** Where the reports of one event disagree: dates, durations, participants' titles, places, statuses. */
export function clusterConflicts(reports: readonly StoredEvent[], facts: readonly ReportFacts[]): ClusterConflict[] {
  const of = (e: StoredEvent, value: string): ClusterConflict['values'][number] => ({ doc: e.doc, event: e.id, value });
  const out: ClusterConflict[] = [
    ...differing('date', reports.filter((e) => e.date.value).map((e) => of(e, e.date.value!))),
    ...differing('place', reports.filter((e) => e.location?.country).map((e) => of(e, e.location!.name)),
      (name) => reports.find((e) => e.location?.name === name)!.location!.country!),
    ...differing('status', reports.map((e) => of(e, e.status))),
  ];
  const live = facts.filter((f) => reports.some((e) => e.doc === f.doc && e.id === f.event));
  out.push(...differing('duration', live.filter((f) => f.duration).map((f) => ({ doc: f.doc, event: f.event, value: f.duration! }))));
  for (const entity of [...new Set(live.flatMap((f) => Object.keys(f.titles)))].sort()) {
    const values = live.filter((f) => f.titles[entity]?.length).map((f) => ({ doc: f.doc, event: f.event, value: f.titles[entity]!.join(' / ') }));
    if (values.some((x, i) => values.slice(i + 1).some((y) => titlesDisagree(x.value, y.value)))) out.push({ kind: 'title', subject: entity, values });
  }
  return out;
}

/**
 * The stored form of a cluster from its reports (as stored) and their facts: the type, the status
 * and date of the event as a whole, a short title (the best report's sentence, clipped) and the
 * disagreements.
 */
export function summarizeCluster(id: string, reports: readonly StoredEvent[], facts: readonly ReportFacts[], s: Settings['search']): StoredCluster {
  const best = bestReport(reports);
  const range = dayRange(best?.date.value);
  const status = STATUS_ORDER.find((st) => reports.some((e) => e.status === st)) ?? 'occurred';
  return {
    id,
    type: best?.type ?? '',
    status,
    date: best?.date.value && range ? { value: best.date.value, start: range.start, end: range.end } : null,
    summary: { title: best?.evidence[0] ? clip(best.evidence[0].text, s.clusterTitleChars) : null, facts: [...facts] },
    conflicts: clusterConflicts(reports, facts),
  };
}

const isPlanOnly = (c: EventCluster): boolean => c.reports.every((r) => r.event.status === 'planned' || r.event.status === 'possible');

/** The days a cluster's dated reports cover, or null when none is dated. */
function span(c: EventCluster, status?: DocEvent['status']): { start: string; end: string } | null {
  const ranges = c.reports.filter((r) => !status || r.event.status === status).map((r) => dayRange(r.event.date.value)).filter((r) => r !== null);
  if (!ranges.length) return null;
  return { start: ranges.map((r) => r.start).sort()[0]!, end: ranges.map((r) => r.end).sort().at(-1)! };
}

/** How well an outcome cluster answers a plan cluster, 0 when it cannot: see planOutcomeLinks. */
function linkScore(plan: EventCluster, outcome: EventCluster, s: Settings): number {
  if (plan === outcome || plan.type !== outcome.type || !isPlanOnly(plan)) return 0;
  const p = plan.reports[0]!.event;
  const o = outcome.reports.find((r) => r.event.status === 'occurred')?.event;
  if (!o || !modesFit(p, o)) return 0;
  const ps = span(plan);
  const os = span(outcome, 'occurred');
  if (!ps || !os || os.start < ps.start || (Date.parse(os.start) - Date.parse(ps.end)) / 86_400_000 > s.search.linkMaxDays) return 0;
  const people = new Set(plan.reports.flatMap((r) => r.event.participants.map((x) => x.entity)));
  const shared = new Set(outcome.reports.flatMap((r) => r.event.participants.map((x) => x.entity)).filter((x) => people.has(x))).size;
  const pc = [...new Set(plan.reports.flatMap((r) => r.event.countries))].sort().join();
  const oc = [...new Set(outcome.reports.flatMap((r) => r.event.countries))].sort().join();
  const samePair = pc.includes(',') && pc === oc;
  const score = shared * s.clusters.participantWeight + (samePair ? s.clusters.countryPairWeight : 0);
  return score >= s.clusters.minAffinity ? score : 0;
}

/**
 * Links from plans to their outcomes told in other clusters: a cluster of plans only, and the
 * earliest-best later cluster where the same encounter occurred (same type and modes, shared
 * participants or the same countries, within `search.linkMaxDays` after the plan). The clusterer
 * already puts a plan with an outcome whose date fits; these are the plans that slipped further,
 * or whose outcome came first in a document that also told the plan. Only links touching
 * `touched` are computed: the clusters that changed.
 */
export function planOutcomeLinks(touched: ReadonlySet<string>, all: readonly EventCluster[], s: Settings): ClusterLink[] {
  const links: ClusterLink[] = [];
  for (const plan of all) {
    if (!isPlanOnly(plan)) continue;
    // an unchanged plan is looked at again only when a changed cluster could answer it
    if (!touched.has(plan.id) && !all.some((c) => touched.has(c.id) && linkScore(plan, c, s) > 0)) continue;
    let best: { c: EventCluster; score: number; start: string } | null = null;
    for (const c of all) {
      const score = linkScore(plan, c, s);
      if (!score) continue;
      const start = span(c, 'occurred')!.start;
      if (!best || score > best.score || (score === best.score && start < best.start)) best = { c, score, start };
    }
    if (best) links.push({ plan: plan.id, outcome: best.c.id, score: best.score });
  }
  return links;
}
