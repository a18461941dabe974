import { describe, expect, it } from 'vitest';
import type { DocEvent } from '../core/document.js';
import { resolveSettings } from '../core/settings.js';
import type { ReportFacts, StoredEvent } from '../store/store.js';
import { EventClusterer } from './cluster-events.js';
import { durationDays, planOutcomeLinks, reportFacts, summarizeCluster } from './cluster-summary.js';

const settings = resolveSettings();

function event(doc: string, over: Partial<DocEvent> = {}): StoredEvent {
  return {
    doc, id: 'e1', cluster: 'c1', type: 'CONSULT', mode: 'visit', status: 'occurred', date: { value: '2020-10-01', mod: null },
    location: { name: 'الجزائر', country: 'DZ' }, countries: ['US', 'DZ'], participants: [{ entity: 'person:esper', role: 'source' }],
    topics: [], evidence: [{ text: 'التقى وزير الدفاع الأمريكي مارك إسبر الرئيس تبون في زيارة تدوم ثلاثة أيام.', start: 0, end: 70 }], ...over,
  };
}

describe('cluster summaries', () => {
  it('reads durations of days, not spans of history', () => {
    expect([durationDays('P3D'), durationDays('P2W'), durationDays('PT36H'), durationDays('P14Y'), durationDays('PXD')]).toEqual([3, 14, 1.5, 14 * 365, null]);
    const ev = event('a');
    const facts = reportFacts({
      id: 'a',
      timexes: [{ text: 'ثلاثة أيام', start: 55, end: 65, type: 'DURATION', value: 'P3D', mod: null }, { text: 'x', start: 1, end: 2, type: 'DURATION', value: 'P14Y', mod: null }],
      entities: [{ id: 'person:esper', type: 'PERSON', name: 'مارك إسبر', name_en: null, country: 'US', roles: ['وزير الدفاع الأمريكي'], mentions: [] }],
    }, ev, settings.search);
    expect(facts).toEqual({ doc: 'a', event: 'e1', duration: 'P3D', titles: { 'person:esper': ['وزير الدفاع الأمريكي'] } });
  });

  it('takes status and date from the best report, a clipped title, and the disagreements', () => {
    const reports = [
      event('a', { status: 'planned', date: { value: '2020-10', mod: null } }),
      event('b', { date: { value: '2020-10-01', mod: null }, location: { name: 'تونس', country: 'TN' } }),
    ];
    const facts: ReportFacts[] = [
      { doc: 'a', event: 'e1', duration: 'P3D', titles: { 'person:esper': ['وزير الدفاع'] } },
      { doc: 'b', event: 'e1', duration: 'P2D', titles: { 'person:esper': ['وزير الخارجية'] } },
      { doc: 'gone', event: 'e9', duration: 'P9D', titles: {} },
    ];
    const c = summarizeCluster('c1', reports, facts, { ...settings.search, clusterTitleChars: 20 });
    expect(c).toMatchObject({ id: 'c1', type: 'CONSULT', status: 'occurred', date: { value: '2020-10-01', start: '2020-10-01', end: '2020-10-01' } });
    expect(c.summary.title!.length).toBeLessThanOrEqual(20);
    expect(c.summary.title!.endsWith('…')).toBe(true);
    expect(c.conflicts.map((x) => x.kind)).toEqual(['date', 'place', 'status', 'duration', 'title']);
    expect(c.conflicts.find((x) => x.kind === 'duration')!.values.map((v) => v.value)).toEqual(['P3D', 'P2D']);
    // titles that share a word agree
    const agree = summarizeCluster('c1', reports, [
      { doc: 'a', event: 'e1', duration: null, titles: { p: ['الرئيس'] } }, { doc: 'b', event: 'e1', duration: null, titles: { p: ['رئيس الجمهورية'] } },
    ], settings.search);
    expect(agree.conflicts.some((x) => x.kind === 'title')).toBe(false);
  });

  it('links a plan to a later outcome told in another cluster', () => {
    const clusterer = new EventClusterer(settings.clusters);
    const plan = event('a', { cluster: 'plan', status: 'planned', date: { value: '2020-01', mod: null } });
    const outcome = event('b', { cluster: 'out', date: { value: '2020-06-10', mod: null } });
    const tooLate = event('c', { cluster: 'late', date: { value: '2023-06-10', mod: null } });
    const other = event('d', { cluster: 'other', type: 'SUPPORT', date: { value: '2020-03-10', mod: null } });
    clusterer.seed([plan, outcome, tooLate, other].map((e) => ({ doc: e.doc, event: e })));
    expect(planOutcomeLinks(new Set(['out']), clusterer.all, settings)).toEqual([{ plan: 'plan', outcome: 'out', score: settings.clusters.participantWeight + settings.clusters.countryPairWeight }]);
    expect(planOutcomeLinks(new Set(['other']), clusterer.all, settings)).toEqual([]);
  });
});
