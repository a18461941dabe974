import type { DocEvent, NewsDocument } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import { dayRange } from '../time/date-range.js';

/** One report of an event, as the clusterer keeps it. */
export interface EventReport {
  doc: string;
  event: DocEvent;
  /** the publication date of the report's document, when known */
  published?: string | null;
}

/** A real-world event: every report of it, and where the reports disagree. */
export interface EventCluster {
  id: string;
  type: string;
  reports: EventReport[];
  /** disagreements between reports: dates, places, statuses (a plan and its outcome) */
  conflicts: string[];
}

/** CONSULT modes that can name one encounter: a visit includes its meetings and talks. */
const ENCOUNTER = new Set(['meeting', 'dialogue', 'visit', 'multilateral']);

/** Whether two reports' modes can name one encounter (the same mode, or two encounter modes). */
export function modesFit(a: DocEvent, b: DocEvent): boolean {
  return a.mode === b.mode || (!!a.mode && !!b.mode && ENCOUNTER.has(a.mode) && ENCOUNTER.has(b.mode));
}

/**
 * Whether two reports' dates allow one event: overlapping ranges at their precision; for a plan
 * and a later outcome, the outcome on or after the plan's start (plans slip) within the delay
 * allowed; an undated report fits any date.
 */
function datesFit(a: DocEvent, b: DocEvent, maxSlipDays: number): boolean {
  if (!a.date.value || !b.date.value) return true;
  const x = dayRange(a.date.value);
  const y = dayRange(b.date.value);
  if (!x || !y) return a.date.value === b.date.value;
  if (x.start <= y.end && y.start <= x.end) return true;
  const [plan, outcome] = a.status === 'planned' && b.status !== 'planned' ? [x, y] : b.status === 'planned' && a.status !== 'planned' ? [y, x] : [null, null];
  if (!plan || !outcome) return false;
  const slip = (Date.parse(outcome.start) - Date.parse(plan.end)) / 86_400_000;
  return outcome.start >= plan.start && slip <= maxSlipDays;
}

const shared = <T>(a: readonly T[], b: readonly T[]): number => a.filter((x) => b.includes(x)).length;

const lemmasOf = (e: DocEvent): string[] => (e.trigger ? (e.trigger.lemmas ?? [e.trigger.lemma]) : []);
const namesOf = (e: DocEvent): string[] => e.trigger?.names ?? [];

/** Two event names agree when one begins with the other (`مائدة مستديرة` and `مائدة مستديرة
 * مخصصة`), the trigger and at least one qualifying word shared. */
export function sameEventName(x: string, y: string): boolean {
  const [a, b] = x.length <= y.length ? [x, y] : [y, x];
  return a.includes(' ') && (a === b || b.startsWith(a + ' '));
}

/** What the clusterer knows of the document a new report comes from. */
export interface ReportContext {
  /** the document's publication date (a TIMEX3 value), or null */
  published?: string | null;
}

/** Whether `other`'s date lies within `windowDays` before the publication date: news of an
 * undated event is news of a recent one. */
function recentTo(other: DocEvent, published: string | null | undefined, windowDays: number): boolean {
  const when = other.date.value ? dayRange(other.date.value) : null;
  const dct = published ? dayRange(published) : null;
  if (!when || !dct || windowDays < 0) return false;
  const age = (Date.parse(dct.end) - Date.parse(when.end)) / 86_400_000;
  return age >= 0 && age <= windowDays;
}

/**
 * How strongly two reports look like one event, 0 when they cannot be: the type must agree, the
 * modes fit, the dates fit, and they must share a participant or their countries; shared
 * participants, the same country set, a word both tell it by, a known date on both sides and the
 * same place add weight. `a` is the new report, `ctx` what is known of its document.
 */
export function affinity(a: DocEvent, b: DocEvent, s: Settings['clusters'], ctx: ReportContext = {}): number {
  if (a.type !== b.type || !modesFit(a, b) || !datesFit(a, b, s.maxPlanSlipDays[a.type] ?? s.maxPlanSlipDays.default)) return 0;
  const people = shared(a.participants.map((p) => p.entity), b.participants.map((p) => p.entity));
  const countries = shared(a.countries, b.countries);
  const sameCountries = a.countries.length >= 2 && countries === a.countries.length && countries === b.countries.length;
  // a word told by both (`مائدة مستديرة`) stands in for the second country
  const sameWord = shared(lemmasOf(a), lemmasOf(b)) > 0 && countries > 0;
  if (!people && !sameCountries && !sameWord) return 0;
  const sameName = countries > 0 && namesOf(a).some((x) => namesOf(b).some((y) => sameEventName(x, y)));
  // reports naming different people tell different encounters (two visits to one country in one
  // month), unless they give the event the same name
  if (!people && a.participants.length && b.participants.length && !sameName) return 0;
  let score = people * s.participantWeight + (sameCountries || sameWord ? s.countryPairWeight : 0) + (sameWord ? s.wordWeight : 0) + (sameName ? s.nameWeight : 0);
  if (a.date.value && b.date.value) score += s.datedWeight;
  else if (!a.date.value && b.date.value && ctx.published) {
    // an undated report tells of an event before its article, and a recent one: through a shared
    // participant within a year, through the same word and countries within weeks
    const window = people ? s.undatedParticipantWindowDays : sameName || (sameWord && sameCountries) ? s.undatedWindowDays : -1;
    if (a.status !== 'planned' && !recentTo(b, ctx.published, window)) return 0;
    if (a.status === 'planned' && !people) return 0;
  } else if (!people) return 0; // an undated report of an undated article joins only through a shared participant
  if (a.location && b.location && a.location.country === b.location.country) score += s.placeWeight;
  return score;
}

/**
 * Assigns cluster ids as documents arrive: each event joins the cluster whose reports fit it
 * best (never two events of one document in one cluster), or founds a new one. Plans and their
 * outcomes share a cluster; the reports' disagreements are kept on it.
 */
export class EventClusterer {
  private readonly clusters: EventCluster[] = [];

  constructor(private readonly settings: Settings['clusters']) {}

  /** The clusters so far. */
  get all(): readonly EventCluster[] {
    return this.clusters;
  }

  /** Adds reports already clustered (read back from a store), keeping their cluster ids. */
  seed(reports: readonly EventReport[]): void {
    for (const r of reports) {
      if (!r.event.cluster) continue;
      let c = this.clusters.find((x) => x.id === r.event.cluster);
      if (!c) this.clusters.push((c = { id: r.event.cluster, type: r.event.type, reports: [], conflicts: [] }));
      c.reports.push(r);
    }
  }

  /** Clusters the events of an annotated document (in place), dated by its publication date. */
  assignDocument(doc: NewsDocument): EventCluster[] {
    return this.assign(doc.id, doc.layers.events, { published: doc.meta.published.value });
  }

  /**
   * Sets `cluster` on each event of a document (in place) and returns the clusters touched. The
   * best-fitting (event, cluster) pairs are taken first, so an event that fits a cluster loosely
   * cannot take it from the event of the same document that fits it best.
   */
  assign(doc: string, events: DocEvent[], ctx: ReportContext = {}): EventCluster[] {
    const pairs: { event: DocEvent; cluster: EventCluster; score: number }[] = [];
    for (const event of events) {
      for (const c of this.clusters) {
        if (c.reports.some((r) => r.doc === doc)) continue;
        const score = Math.min(...c.reports.map((r) => (publishedApart(r, event, ctx, this.settings) ? 0 : affinity(event, r.event, this.settings, ctx))));
        if (score >= this.settings.minAffinity) pairs.push({ event, cluster: c, score });
      }
    }
    pairs.sort((x, y) => y.score - x.score || events.indexOf(x.event) - events.indexOf(y.event));
    const chosen = new Map<DocEvent, EventCluster>();
    const taken = new Set<EventCluster>();
    for (const p of pairs) {
      if (chosen.has(p.event) || taken.has(p.cluster)) continue;
      chosen.set(p.event, p.cluster);
      taken.add(p.cluster);
    }
    const touched: EventCluster[] = [];
    for (const event of events) {
      let best = chosen.get(event);
      if (!best) {
        best = { id: `ev:${doc}:${event.id}`, type: event.type, reports: [], conflicts: [] };
        this.clusters.push(best);
      }
      widenBound(best, event);
      noteConflicts(best, doc, event);
      best.reports.push({ doc, event, published: ctx.published ?? null });
      event.cluster = best.id;
      touched.push(best);
    }
    return touched;
  }
}

/**
 * Whether an undated report `r` already in a cluster cannot tell of the same event as a new one:
 * its article was published before the new report's date or more than the window after it, or,
 * when both are undated, the two articles were published more than the window apart.
 */
function publishedApart(r: EventReport, e: DocEvent, ctx: ReportContext, s: Settings['clusters']): boolean {
  if (r.event.date.value || !r.published || r.event.status === 'planned') return false;
  if (e.date.value) return !recentTo(e, r.published, s.undatedParticipantWindowDays);
  const x = dayRange(r.published);
  const y = ctx.published ? dayRange(ctx.published) : null;
  if (!x || !y) return false;
  return Math.abs(Date.parse(x.start) - Date.parse(y.start)) / 86_400_000 > s.undatedParticipantWindowDays;
}

/**
 * A report that dates only the first or last day of an event (`اختتم أمس 6 ديسمبر حوار …`) takes
 * the whole span from a report of the same event whose range begins or ends on that day.
 */
function widenBound(c: EventCluster, e: DocEvent): void {
  if (!e.bound || !e.date.value || !/^\d{4}-\d{2}-\d{2}$/.test(e.date.value)) return;
  for (const r of c.reports) {
    const v = r.event.date.value;
    const [start, end] = v?.includes('/') ? v.split('/') : [];
    if (start && end && (e.bound === 'end' ? end : start) === e.date.value) {
      e.date = { value: v!, mod: r.event.date.mod };
      delete e.bound;
      return;
    }
  }
}

/** Records how a new report disagrees with the cluster's earlier ones. */
function noteConflicts(c: EventCluster, doc: string, e: DocEvent): void {
  for (const r of c.reports) {
    if (e.date.value && r.event.date.value && e.date.value !== r.event.date.value) {
      c.conflicts.push(`date: ${r.doc} says ${r.event.date.value}${r.event.status === 'planned' ? ' (planned)' : ''}, ${doc} says ${e.date.value}${e.status === 'planned' ? ' (planned)' : ''}`);
    }
    if (e.location && r.event.location && e.location.country !== r.event.location.country) {
      c.conflicts.push(`place: ${r.doc} says ${r.event.location.name}, ${doc} says ${e.location.name}`);
    }
  }
}
