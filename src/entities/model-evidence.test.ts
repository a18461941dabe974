/** The learned tagger's spans as evidence in recognition, with a fake tagger so the rules under test are the stage's alone. */
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { annotateText } from '../stages/annotate-text.js';
import type { SequenceTagger } from './model-evidence.js';

const settings = resolveSettings();

/** Tags the words it is given tags for, O elsewhere; records what it was asked. */
function fakeTagger(tags: Record<string, string>): SequenceTagger & { calls: string[][][] } {
  const calls: string[][][] = [];
  return {
    calls,
    tag(sentences) {
      calls.push(sentences.map((s) => [...s]));
      return sentences.map((s) => s.map((w) => tags[w] ?? 'O'));
    },
  };
}

const entities = (text: string, tagger?: SequenceTagger) =>
  annotateText(text, { id: 'm', published: '2020-10-02', disable: ['events'], ctx: { settings, nerTagger: tagger } }).layers.entities;

describe('learned spans in entity recognition', () => {
  const text = 'أعلن زوران ميلانوفيتش أن الوفد زار حماة أمس. وقال بلاتوفيتش إن المحادثات مستمرة.';

  it('takes a person of two words or more and a gazetteer place where the rules found nothing', () => {
    const tagger = fakeTagger({ زوران: 'B-PERS', ميلانوفيتش: 'I-PERS', بلاتوفيتش: 'B-PERS', 'حماة': 'B-LOC' });
    const found = entities(text, tagger);
    expect(tagger.calls).toHaveLength(1);
    expect(tagger.calls[0]!.length).toBeGreaterThanOrEqual(2);
    const person = found.find((e) => e.type === 'PERSON');
    expect(person?.name).toBe('زوران ميلانوفيتش');
    // one word alone is not enough evidence for a person
    expect(found.some((e) => e.mentions.some((m) => m.text === 'بلاتوفيتش'))).toBe(false);
    // the place the gazetteer only takes after a cue: the gazetteer's id and type
    expect(found.find((e) => e.id === 'loc:hama')).toMatchObject({ type: 'LOC', mentions: [{ text: 'حماة' }] });
  });

  it('finds none of them without the tagger', () => {
    const found = entities(text);
    expect(found.some((e) => e.type === 'PERSON')).toBe(false);
    expect(found.some((e) => e.id === 'loc:hama')).toBe(false);
  });

  it('leaves out a learned person that opens with a common noun or a particle', () => {
    const tagger = fakeTagger({ جائحة: 'B-PERS', كوفيد: 'I-PERS', دو: 'B-PERS', كور: 'I-PERS' });
    const found = entities('ألغيت الدورة بسبب جائحة كوفيد العام الماضي. والتقى الوزير الجنرال دو كور دارمي.', tagger);
    expect(found.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([]);
  });
});
