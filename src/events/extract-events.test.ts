import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { annotateText } from '../stages/annotate-text.js';
import type { DocEvent } from '../core/document.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'events');

const eventsOf = (text: string, id = 'doc'): DocEvent[] => annotateText(text, { id }).layers.events;

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
    const done = annotateText(text, { id: 'a' });
    for (const e of done.layers.events) {
      for (const ev of e.evidence) expect(done.text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(done.text.slice(e.trigger!.start, e.trigger!.end)).toBe(e.trigger!.text);
    }
  });
});

describe('event arguments', () => {
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

  it('dates by `منذ … 2006` only what stands between the two', () => {
    const events = eventsOf('إسبر في الجزائر\nنشر في: 2 أكتوبر 2020\nالتقى وزير الدفاع الأمريكي مارك إسبر أمس الخميس الرئيس عبد المجيد تبون، في أول زيارة لوزير دفاع أمريكي منذ زيارة دونالد رامسفيلد سنة 2006.\n');
    expect(events.map((e) => e.date.value)).toEqual(['2020-10-01', '2006']);
  });

  it('takes as parties the countries of the clause, not those it talks about', () => {
    const [talks] = eventsOf('وزيرا دفاع تونس وإيطاليا يلتقيان\nنشر في: 3 مارس 2024\nالتقى وزير الدفاع التونسي أمس في روما نظيره الإيطالي، وبحثا تطورات الوضع في ليبيا.\n');
    expect(talks!.countries).toEqual(['IT', 'TN']);
  });
});
