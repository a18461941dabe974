/** The entities stage in the pipeline: spans into the clean text, dated roles, one id per person across a batch. */
import { describe, expect, it } from 'vitest';
import type { StageContext } from '../core/pipeline.js';
import { resolveSettings } from '../core/settings.js';
import { createIdentityRegistry } from '../entities/index.js';
import { annotateText } from './annotate-text.js';

const settings = resolveSettings();

const run = (text: string, id: string, ctx: StageContext) => annotateText(text, { id, published: '2020-10-02', disable: ['events'], ctx });

describe('entities stage', () => {
  it('fills the entities layer with spans into the clean text, roles dated by the publication date', () => {
    const doc = run('التقى وزير الدفاع الأمريكي مارك إسبر، الخميس 1 أكتوبر 2020، بالرئيس الجزائري عبد المجيد تبون في الجزائر العاصمة.\nوقال إسبر إن بلاده تريد توسيع التعاون العسكري مع الجزائر.', 'a', { settings });
    const esper = doc.layers.entities.find((e) => e.name === 'مارك إسبر');
    expect(esper?.type).toBe('PERSON');
    expect(esper?.country).toBe('US');
    expect(esper?.mentions.map((m) => m.text)).toEqual(['مارك إسبر', 'إسبر']);
    for (const e of doc.layers.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(esper?.role_mentions?.[0]).toMatchObject({ title: 'وزير الدفاع الأمريكي', country: 'US' });
    expect(doc.layers.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['gpe:US', 'gpe:DZ', 'loc:algiers']));
  });

  it('gives one person the same id in every document when the batch shares a registry', () => {
    const entityRegistry = createIdentityRegistry();
    const a = run('استقبل الفريق أول السعيد شنقريحة قائد أفريكوم الجنرال مايكل لانغلي.', 'a', { settings, entityRegistry });
    const b = run('وأجرى الجنرال مايكل لانجلي محادثات مع الفريق أول سعيد شنڨريحة.', 'b', { settings, entityRegistry });
    const ids = (d: typeof a) => d.layers.entities.filter((e) => e.type === 'PERSON').map((e) => e.id).sort();
    expect(ids(b)).toEqual(ids(a));
    expect(ids(a)).toHaveLength(2);
  });
});
