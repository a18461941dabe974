import type { DocEvent } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import { dayRange } from '../time/date-range.js';

/** One report of an event, as the clusterer keeps it. */
export interface EventReport {
  doc: string;
  event: DocEvent;
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

/**
 * How strongly two reports look like one event, 0 when they cannot be: the type must agree, the
 * modes fit, the dates fit, and they must share a participant or their countries; shared
 * participants, the same country set, a known date on both sides and the same place add weight.
 */
export function affinity(a: DocEvent, b: DocEvent, s: Settings['clusters']): number {
  if (a.type !== b.type || !modesFit(a, b) || !datesFit(a, b, s.maxPlanSlipDays)) return 0;
  const people = shared(a.participants.map((p) => p.entity), b.participants.map((p) => p.entity));
  const countries = shared(a.countries, b.countries);
  const sameCountries = a.countries.length >= 2 && countries === a.countries.length && countries === b.countries.length;
  // a distinctive word told by both (`مائدة مستديرة`) stands in for the second country
  const sameWord = !!a.trigger && a.trigger.lemma === b.trigger?.lemma && countries > 0;
  if (!people && !sameCountries && !sameWord) return 0;
  let score = people * s.participantWeight + (sameCountries || sameWord ? s.countryPairWeight : 0);
  if (a.date.value && b.date.value) score += s.datedWeight;
  else if (!people) return 0; // an undated report joins only through a shared participant
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

  /** Sets `cluster` on each event of a document (in place) and returns the clusters touched. */
  assign(doc: string, events: DocEvent[]): EventCluster[] {
    const touched: EventCluster[] = [];
    const taken = new Set<EventCluster>();
    for (const event of events) {
      let best: EventCluster | null = null;
      let bestScore = 0;
      for (const c of this.clusters) {
        if (taken.has(c) || c.reports.some((r) => r.doc === doc)) continue;
        const score = Math.min(...c.reports.map((r) => affinity(event, r.event, this.settings)));
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (!best || bestScore < this.settings.minAffinity) {
        best = { id: `ev:${doc}:${event.id}`, type: event.type, reports: [], conflicts: [] };
        this.clusters.push(best);
      }
      noteConflicts(best, doc, event);
      best.reports.push({ doc, event });
      event.cluster = best.id;
      taken.add(best);
      touched.push(best);
    }
    return touched;
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
