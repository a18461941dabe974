import { describe, expect, it } from 'vitest';
import type { NewsDocument } from '../core/document.js';
import { Pipeline } from '../core/pipeline.js';
import { resolveSettings } from '../core/settings.js';
import { createDocument } from '../ingest/create-document.js';
import { textStage } from './text-stage.js';

function doc(text: string): NewsDocument {
  return createDocument({ source: 'test', idHint: 'test', format: 'text', text, given: {} }, resolveSettings());
}

describe('text stage', () => {
  const text =
    'الرباط – وقّع المغرب والولايات المتحدة، الثلاثاء، اتفاقية للتعاون الدفاعي تمتد عشر سنوات. ' +
    'وقال الوزير: «هذه خطوة مهمة». وتشمل الاتفاقية التدريب والصيانة.\n' +
    'وتأتي الاتفاقية بعد مناورات الأسد الإفريقي 2025';

  it('fills tokens and sentences from doc.text', () => {
    const d = doc(text);
    textStage.run(d, { settings: resolveSettings() });
    const { tokens, sentences } = d.layers;
    expect(tokens.length).toBeGreaterThan(30);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'الرباط – وقّع المغرب والولايات المتحدة، الثلاثاء، اتفاقية للتعاون الدفاعي تمتد عشر سنوات.',
      'وقال الوزير: «هذه خطوة مهمة».',
      'وتشمل الاتفاقية التدريب والصيانة.',
      'وتأتي الاتفاقية بعد مناورات الأسد الإفريقي 2025',
    ]);
    const usa = tokens.find((t) => t.text === 'والولايات')!;
    expect(usa.clitics.map((c) => c.form)).toEqual(['و', 'ال']);
    expect(text.slice(usa.stem.start, usa.stem.end)).toBe('ولايات');
    const signed = tokens.find((t) => t.text === 'وقّع')!;
    expect(signed.norm).toBe('وقع');
    expect(signed.clitics).toEqual([]); // وقّع is a verb, not و + قع
  });

  it('runs in a pipeline, can be switched off by name, and follows the settings', () => {
    const pipeline = new Pipeline([textStage]);
    const r = pipeline.run(doc(text), { settings: resolveSettings() });
    expect(r.error).toBeNull();
    expect(r.documents[0]!.layers.sentences).toHaveLength(4);
    const off = pipeline.without(['text']).run(doc(text), { settings: resolveSettings() });
    expect(off.documents[0]!.layers.tokens).toEqual([]);
    const d = doc('قواتهم جاهزة');
    textStage.run(d, { settings: resolveSettings({ text: { splitEnclitics: true } }) });
    expect(d.layers.tokens[0]!.clitics.map((c) => c.form)).toEqual(['هم']);
  });
});
