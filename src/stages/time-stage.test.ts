import { describe, expect, it } from 'vitest';
import { emptyLayers, type NewsDocument } from '../core/document.js';
import { OffsetMap } from '../core/offset-map.js';
import { Pipeline } from '../core/pipeline.js';
import { resolveSettings } from '../core/settings.js';
import { timeStage } from './time-stage.js';

function doc(text: string, published: string | null, dateLines: { text: string; start: number; end: number }[] = []): NewsDocument {
  return {
    id: 't',
    hash: '',
    source: 'test',
    format: 'text',
    raw: text,
    encoding: 'utf-8',
    text,
    offsets: OffsetMap.identity(text.length),
    meta: { title: null, published: { value: published, basis: published ? 'metadata' : 'none' }, outlet: null, author: null, url: null, language: 'ar', dateLines },
    segmentOf: null,
    layers: emptyLayers(),
    warnings: [],
  };
}

describe('time stage', () => {
  it('fills layers.timexes with spans into doc.text, anchored on the publication date', () => {
    const d = doc('التقى الوزير نظيره أمس الأربعاء، وتستمر الزيارة ثلاثة أيام.', '2024-10-17');
    new Pipeline([timeStage]).run(d, { settings: resolveSettings() });
    expect(d.layers.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['أمس الأربعاء', 'DATE', '2024-10-16'],
      ['ثلاثة أيام', 'DURATION', 'P3D'],
    ]);
    for (const t of d.layers.timexes) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads the publication date from a date line when the page gave none', () => {
    const raw = 'تم نشره الاثنين 05th تشرين الأوّل / أكتوبر 2020 10:30 صباحاً\nالتقى الوزير نظيره الخميس.';
    const d = doc('التقى الوزير نظيره الخميس.', null, [{ text: raw.split('\n')[0]!, start: 0, end: raw.indexOf('\n') }]);
    d.raw = raw;
    timeStage.run(d, { settings: resolveSettings() });
    expect(d.meta.published).toMatchObject({ value: '2020-10-05T10:30', basis: 'metadata', evidence: { start: 0 } });
    expect(d.layers.timexes.map((t) => t.value)).toEqual(['2020-10-01']);
  });

  it('keeps values unanchored when the publication date is unknown', () => {
    const d = doc('وعقد المجلس اجتماعه الخميس.', null);
    timeStage.run(d, { settings: resolveSettings() });
    expect(d.layers.timexes.map((t) => t.value)).toEqual(['XXXX-WXX-4']);
  });
});

describe('the writing year from relative and calendar years', () => {
  it('reads «next year» beside an explicit year as the year before it', async () => {
    const { yearFromRelativeYears } = await import('./time-stage.js');
    const { tagTimexes } = await import('../time/index.js');
    const text = 'المقرر توقيعها العام المقبل، فيما تبلغ ميزانية الدفاع لعام 2024 أكثر من 20 مليار دولار.';
    expect(yearFromRelativeYears(tagTimexes(text, null), text)).toBe('2023');
  });

  it('guesses nothing without a relative year', async () => {
    const { yearFromRelativeYears } = await import('./time-stage.js');
    const { tagTimexes } = await import('../time/index.js');
    const text = 'تبلغ ميزانية الدفاع لعام 2024 أكثر من 20 مليار دولار.';
    expect(yearFromRelativeYears(tagTimexes(text, null), text)).toBeNull();
  });
});
