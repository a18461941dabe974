import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { createDocument } from '../ingest/create-document.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { EventClusterer, affinity } from './cluster-events.js';
import type { DocEvent, NewsDocument } from '../core/document.js';

const settings = resolveSettings();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'events');

function annotate(text: string, id = 'doc'): NewsDocument {
  const doc = createDocument({ source: `${id}.txt`, idHint: id, format: 'text', text, given: {} }, settings);
  const out = defaultPipeline().run(doc, { settings });
  expect(out.error).toBeNull();
  return out.documents[0]!;
}

const eventsOf = (text: string, id = 'doc'): DocEvent[] => annotate(text, id).layers.events;

describe('events (golden fixtures)', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const text = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
      const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { type: string; mode: string; status: string; date: string | null }[];
      const got = eventsOf(text).map((e) => ({ type: e.type, mode: e.mode, status: e.status, date: e.date.value }));
      expect(got).toEqual(want);
    });
  }

  it('keeps a sub-event framed by another (`خلال الزيارة، عقدت مائدة مستديرة`) apart, between the frame\'s countries', () => {
    const [visit, roundtable] = eventsOf(readFileSync(join(FIXTURES, 'frame-sub-event', 'input.txt'), 'utf8'));
    expect(visit!.countries).toEqual(['DZ', 'TN']);
    expect(roundtable!.countries).toEqual(['DZ', 'TN']);
    expect(roundtable!.location).toEqual(visit!.location);
    expect(roundtable!.trigger!.names).toContain('مائدة مستديره');
  });

  it('keeps evidence that slices the text and a trigger inside it', () => {
    const text = readFileSync(join(FIXTURES, 'meeting-plan-denial', 'input.txt'), 'utf8');
    const doc = createDocument({ source: 'a.txt', idHint: 'a', format: 'text', text, given: {} }, settings);
    const done = defaultPipeline().run(doc, { settings }).documents[0]!;
    for (const e of done.layers.events) {
      for (const ev of e.evidence) expect(done.text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(done.text.slice(e.trigger!.start, e.trigger!.end)).toBe(e.trigger!.text);
    }
  });
});

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
    const announced = annotate('مناورات بحرية مغربية إسبانية\nنشر في: 5 مايو 2024\nتجري البحرية الملكية المغربية والبحرية الإسبانية من 6 إلى 9 مايو 2024 مناورات بحرية مشتركة قبالة سواحل طنجة.\n', 'a');
    const ended = annotate('اختتام مناورات بحرية\nنشر في: 10 مايو 2024\nاختتمت أمس 9 مايو مناورات بحرية مشتركة بين البحرية الملكية المغربية والبحرية الإسبانية.\n', 'b');
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
});

describe('event dates', () => {
  it('never dates an event by the period an agreement covers', () => {
    const [signing] = eventsOf('المغرب وأمريكا يوقعان خارطة طريق\nنشر في: 3 أكتوبر 2020\nوقّع المغرب والولايات المتحدة الأمريكية بالرباط على خارطة طريق للتعاون في مجال الدفاع تغطي الفترة الممتدة من 2020 إلى 2030.\n');
    expect(signing!.type).toBe('SUPPORT');
    expect(signing!.date.value).toBeNull();
  });

  it('reads what an event was about, phrase by phrase, up to the end of its clause', () => {
    const [talks] = eventsOf('وزيرا دفاع تونس وإيطاليا يلتقيان\nنشر في: 3 مارس 2024\nالتقى وزير الدفاع التونسي أمس في روما نظيره الإيطالي، وبحثا تطورات الوضع في ليبيا والهجرة غير النظامية، حيث اتفقا على مواصلة التنسيق.\n');
    expect(talks!.topics).toEqual(['تطورات الوضع في ليبيا', 'الهجرة غير النظامية']);
  });

  it('places an event by a preposition written on the place name (`لروسيا`)', () => {
    const [visit] = eventsOf('تبون في موسكو\nنشر في: 14 يونيو 2023\nقام الرئيس الجزائري عبد المجيد تبون أمس بزيارة دولة لروسيا تدوم ثلاثة أيام.\n');
    expect(visit!.location).toEqual({ name: 'روسيا', country: 'RU' });
  });

  it('adds the people of a sentence of attendees to the event told just before', () => {
    const [meeting] = eventsOf('اجتماع عسكري تونسي إيطالي\nنشر في: 3 مارس 2024\nعقدت تونس وإيطاليا أمس في روما اجتماعا عسكريا رفيع المستوى.\nوحضر الحدث سفير تونس لدى إيطاليا مراد بورحلة، كما أوضح البيان.\n');
    expect(meeting!.participants.length).toBe(1);
    expect(meeting!.evidence.length).toBe(2);
  });

  it('keeps apart reports of one month that name different people', () => {
    const visit = { ...base, type: 'CONSULT', mode: 'visit', status: 'occurred' as const, date: { value: '2020-09', mod: null }, participants: [{ entity: 'person:townsend', role: 'source' }] };
    const other = { ...visit, date: { value: '2020-09-30', mod: null }, participants: [{ entity: 'person:esper', role: 'source' }] };
    expect(affinity(other, visit, settings.clusters)).toBe(0);
    expect(affinity({ ...other, participants: [] }, visit, settings.clusters)).toBeGreaterThan(0);
  });
});
