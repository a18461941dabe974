import { describe, expect, it } from 'vitest';
import type { DocEvent } from '../core/document.js';
import { resolveSettings } from '../core/settings.js';
import { annotateText } from '../stages/annotate-text.js';
import { EventClusterer, affinity, sameEventName } from './cluster-events.js';

const settings = resolveSettings();

describe('event clusters', () => {
  const base: DocEvent = {
    id: 'e1', cluster: null, type: 'SUPPORT', mode: 'sign', status: 'planned', date: { value: '2024', mod: 'START' },
    location: null, countries: ['DZ', 'US'], participants: [], topics: [], evidence: [],
  };

  it('joins a plan to its later outcome, and keeps the disagreement', () => {
    const c = new EventClusterer(settings.clusters);
    const plan = { ...base };
    const outcome = { ...base, status: 'occurred' as const, date: { value: '2025-01-22', mod: null } };
    c.assign('a', [plan]);
    c.assign('b', [outcome]);
    expect(outcome.cluster).toBe(plan.cluster);
    expect(c.all[0]!.conflicts[0]).toContain('2025-01-22');
  });

  it('keeps apart events of other countries, other types, or dates that cannot meet', () => {
    expect(affinity(base, { ...base, countries: ['MA', 'US'] }, settings.clusters)).toBe(0);
    expect(affinity(base, { ...base, type: 'CONSULT', mode: 'meeting' }, settings.clusters)).toBe(0);
    expect(affinity({ ...base, status: 'occurred', date: { value: '2020-10-02', mod: null } }, { ...base, status: 'occurred', date: { value: '2023-12-04', mod: null } }, settings.clusters)).toBe(0);
  });

  it('never puts two events of one document in one cluster', () => {
    const c = new EventClusterer(settings.clusters);
    const a = { ...base, id: 'e1' };
    const b = { ...base, id: 'e2' };
    c.assign('doc', [a, b]);
    expect(a.cluster).not.toBe(b.cluster);
  });

  it('widens a report of the last day (`اختتمت أمس 9 مايو`) to the span another report gives', () => {
    const c = new EventClusterer(settings.clusters);
    const announced = annotateText('مناورات بحرية مغربية إسبانية\nنشر في: 5 مايو 2024\nتجري البحرية الملكية المغربية والبحرية الإسبانية من 6 إلى 9 مايو 2024 مناورات بحرية مشتركة قبالة سواحل طنجة.\n', { id: 'a' });
    const ended = annotateText('اختتام مناورات بحرية\nنشر في: 10 مايو 2024\nاختتمت أمس 9 مايو مناورات بحرية مشتركة بين البحرية الملكية المغربية والبحرية الإسبانية.\n', { id: 'b' });
    const last = ended.layers.events[0]!;
    expect(last.bound).toBe('end');
    expect(last.date.value).toBe('2024-05-09');
    c.assignDocument(announced);
    c.assignDocument(ended);
    expect(last.cluster).toBe(announced.layers.events[0]!.cluster);
    expect(last.date.value).toBe('2024-05-06/2024-05-09');
    expect(last.bound).toBeUndefined();
  });

  it('gives a cluster to the event of a document that fits it best, not to the first that fits', () => {
    const c = new EventClusterer(settings.clusters);
    const talks = { ...base, type: 'CONSULT', mode: 'dialogue', status: 'occurred' as const, date: { value: '2023-12-04/2023-12-06', mod: null }, trigger: { text: 'حوار', start: 0, end: 4, lemma: 'حوار', names: ['حوار عسكري مشترك'] } };
    c.assign('a', [talks]);
    const loose = { ...talks, id: 'e1', mode: 'meeting', date: { value: '2023-12-04', mod: null }, trigger: { text: 'التقى', start: 0, end: 5, lemma: 'التقى' } };
    const named = { ...talks, id: 'e2', date: { value: '2023-12-06', mod: null } };
    c.assign('b', [loose, named]);
    expect(named.cluster).toBe(talks.cluster);
    expect(loose.cluster).not.toBe(talks.cluster);
  });

  it('lets an undated report join by its word and countries only an event recent to its article', () => {
    const dated = { ...base, type: 'CONSULT', mode: 'meeting', status: 'occurred' as const, date: { value: '2023-12-04', mod: null }, trigger: { text: 'مائدة', start: 0, end: 5, lemma: 'مائدة' } };
    const undated = { ...dated, date: { value: null, mod: null } };
    expect(affinity(undated, dated, settings.clusters, { published: '2023-12-07' })).toBeGreaterThanOrEqual(settings.clusters.minAffinity);
    expect(affinity(undated, dated, settings.clusters, { published: '2024-06-07' })).toBe(0);
    expect(affinity(undated, dated, settings.clusters, {})).toBe(0);
    // an article without a date bounds nothing: a shared participant still joins
    const withPerson = { ...undated, participants: [{ entity: 'person:x', role: 'source' }] };
    expect(affinity(withPerson, { ...dated, participants: withPerson.participants }, settings.clusters, { published: null })).toBeGreaterThanOrEqual(settings.clusters.minAffinity);
  });

  it('lets an agreement slip by up to two years from its plan, a visit by weeks only', () => {
    const plan = { ...base, date: { value: '2024', mod: 'START' } };
    const signed = { ...base, status: 'occurred' as const, date: { value: '2025-01-22', mod: null } };
    expect(affinity(signed, plan, settings.clusters)).toBeGreaterThan(0);
    const visitPlan = { ...plan, type: 'CONSULT', mode: 'visit', date: { value: '2020-W41', mod: null } };
    const visit = { ...signed, type: 'CONSULT', mode: 'visit', date: { value: '2021-09-27', mod: null } };
    expect(affinity(visit, visitPlan, settings.clusters)).toBe(0);
  });

  it('keeps apart undated reports of one person in articles published years apart', () => {
    const c = new EventClusterer(settings.clusters);
    const undated = { ...base, type: 'CONSULT', mode: 'visit', status: 'occurred' as const, date: { value: null, mod: null }, participants: [{ entity: 'person:x', role: 'source' }] };
    const first = { ...undated };
    const second = { ...undated };
    const third = { ...undated };
    c.assign('a', [first], { published: '2020-10-01' });
    c.assign('b', [second], { published: '2025-02-04' });
    c.assign('c', [third], { published: '2020-10-03' });
    expect(second.cluster).not.toBe(first.cluster);
    expect(third.cluster).toBe(first.cluster);
  });

  it('keeps apart reports of one month that name different people', () => {
    const visit = { ...base, type: 'CONSULT', mode: 'visit', status: 'occurred' as const, date: { value: '2020-09', mod: null }, participants: [{ entity: 'person:townsend', role: 'source' }] };
    const other = { ...visit, date: { value: '2020-09-30', mod: null }, participants: [{ entity: 'person:esper', role: 'source' }] };
    expect(affinity(other, visit, settings.clusters)).toBe(0);
    expect(affinity({ ...other, participants: [] }, visit, settings.clusters)).toBeGreaterThan(0);
  });

  it('reads two event names as one when one begins with the other', () => {
    expect(sameEventName('مائدة مستديره', 'مائدة مستديره مخصصه')).toBe(true);
    expect(sameEventName('حوار عسكري مشترك', 'حوار عسكري مشترك')).toBe(true);
    expect(sameEventName('حوار عسكري', 'حوار استراتيجي')).toBe(false);
    expect(sameEventName('زيارة', 'زيارة رسميه')).toBe(false);
  });
});
