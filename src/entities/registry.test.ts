/**
 * Cross-document identity: the same person gets the same id in every document of a batch and
 * across ingestion runs (through the store's entities); different people never share one.
 */
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import type { StoredEntity } from '../store/index.js';
import { arabic } from '../lang/ar/index.js';
import { tokenize } from '../text/index.js';
import { createIdentityRegistry, entityLexiconFor, recognizeEntities, type IdentityRegistry } from './index.js';

const settings = resolveSettings();

function persons(text: string, registry: IdentityRegistry): Record<string, string> {
  const ents = recognizeEntities(text, tokenize(text, { lang: arabic }), { lang: arabic, lex: entityLexiconFor('ar'), settings: settings.entities, registry });
  return Object.fromEntries(ents.filter((e) => e.type === 'PERSON').map((e) => [e.mentions[0]!.text, e.id]));
}

describe('identity registry', () => {
  it('links spelling variants across documents to one id', () => {
    const reg = createIdentityRegistry();
    const a = persons('استقبل رئيس أركان الجيش الوطني الشعبي، الجنرال سعيد شنقريحة، وفدا أمريكيا.', reg);
    const b = persons('تلقى الفريق أول السعيد شنڨريحة مكالمة هاتفية من نظيره.', reg);
    const c = persons('وقال رئيس الأركان الفريق أول شنقريحة إن التعاون متواصل.', reg);
    expect(b['السعيد شنڨريحة']).toBe(a['سعيد شنقريحة']);
    expect(c['شنقريحة']).toBe(a['سعيد شنقريحة']);
  });

  it('keeps apart people who share a given name or a family name', () => {
    const reg = createIdentityRegistry();
    const a = persons('التقى الجنرال مايكل لانغلي بالرئيس التونسي قيس سعيد.', reg);
    const b = persons('وصل الجنرال مايكل كوريلا إلى القاهرة، فيما استقبل الفريق أول السعيد شنقريحة الوفد.', reg);
    expect(b['مايكل كوريلا']).not.toBe(a['مايكل لانغلي']);
    expect(b['السعيد شنقريحة']).not.toBe(a['قيس سعيد']);
  });

  it('does not link a bare given name to a person who bears it as given name', () => {
    const reg = createIdentityRegistry();
    persons('استقبل الفريق أول سعيد شنقريحة الوفد.', reg);
    const b = persons('وقال الرئيس سعيد إن بلاده ترفض التدخل الأجنبي.', reg);
    expect(b['سعيد']).not.toMatch(/shnqryh/);
  });

  it('rebuilds from stored entities and reports what changed', () => {
    const first = createIdentityRegistry();
    persons('أكد وزير الدفاع الأمريكي مارك إسبر دعم بلاده.', first);
    const saved: StoredEntity[] = first.takeChanged();
    expect(saved.find((e) => e.type === 'PERSON')?.name).toBe('مارك إسبر');
    expect(first.takeChanged()).toEqual([]);
    const second = createIdentityRegistry();
    second.load(saved);
    const b = persons('ووقع الوزير إسبير خارطة طريق مع المغرب، وقال مارك إسبير إنها تاريخية.', second);
    expect(b['مارك إسبير'] ?? b['إسبير']).toBe(saved.find((e) => e.type === 'PERSON')!.id);
    expect(second.takeChanged().find((e) => e.type === 'PERSON')?.aliases).toContain('مارك إسبير');
  });
});
