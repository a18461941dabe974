import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { documentFeatures, featureNames } from './document-features.js';
import { phraseFeatures, sentenceFeatures } from './features.js';
import { DEFAULT_NER_MODEL, loadNerModel } from './load.js';
import { ModelScorer } from './scorer.js';
import { recognizeMentions, tagSentences, tagTokens } from './tagger.js';

const SENTENCES = [
  ['وقال', 'الرئيس', 'الأمريكي', 'جورج', 'بوش', 'في', 'واشنطن', 'إن', 'الأمم', 'المتحدة', 'ستجتمع', '.'],
  ['واستقبل', 'وزير', 'الدفاع', 'الفرنسي', 'بوش', 'في', 'باريس', 'يوم', 'الاثنين', '12', 'يناير', '.'],
  ['أكد', 'محمد', 'بن', 'راشد', 'آل', 'مكتوم', 'أن', 'الإمارات', 'العربية', 'المتحدة', 'تدعم', 'السلام'],
];

describe('the shipped Arabic model', () => {
  it('loads from data/models, small, trained with the current feature spec', () => {
    expect(existsSync(DEFAULT_NER_MODEL)).toBe(true);
    expect(statSync(DEFAULT_NER_MODEL).size).toBeLessThan(8e6);
    const model = loadNerModel();
    expect(model.stale).toBe(false);
    expect(model.nStages).toBe(2);
    expect(model.tags.types).toEqual(['LOC', 'MISC', 'ORG', 'PERS']);
    expect(model.info.licence).toMatch(/CC BY-SA 4\.0/);
    expect(loadNerModel()).toBe(model);
  });

  it('throws E_UNREADABLE for a missing model', () => {
    expect(() => loadNerModel('/nonexistent/ner.json')).toThrow(expect.objectContaining({ code: 'E_UNREADABLE' }));
  });

  it('tags a news sentence', () => {
    const tags = tagTokens(loadNerModel(), SENTENCES[0]!);
    expect(tags.slice(3, 5)).toEqual(['B-PERS', 'I-PERS']);
    expect(tags[6]).toBe('B-LOC');
  });

  it('scores tokens as training saw them: the cached sums equal the sums of the feature strings', () => {
    const model = loadNerModel();
    const T = model.tags.tags.length;
    const S = model.nStages;
    const scorer = new ModelScorer(model.weights, S, T);
    const stage0 = tagSentences(model, SENTENCES);
    const keys = SENTENCES.map((s) => s.map((t) => model.words.get(t).bare));
    const extra = documentFeatures(keys, stage0, model.tags.types, model.documentWindows, model.spec.minStemLetters, featureNames);
    const rows = documentFeatures(keys, stage0, model.tags.types, model.documentWindows, model.spec.minStemLetters, (f) => scorer.rowOf(f));
    for (let stage = 0; stage < S; stage++) {
      SENTENCES.forEach((tokens, si) => {
        const words = tokens.map((t) => model.words.get(t));
        const fast = scorer.emissions(stage, words, phraseFeatures(words), stage ? rows[si] : undefined);
        sentenceFeatures(words).forEach((feats, i) => {
          for (let t = 0; t < T; t++) {
            let slow = 0;
            for (const f of [...feats, ...(stage ? extra[si]![i]! : [])]) {
              const row = model.weights.index.get(f);
              if (row !== undefined) slow += model.weights.weights[(row * S + stage) * T + t]!;
            }
            // float32 sums of ~50 weights drift by far less than the smallest saved weight (0.05)
            expect(Math.abs(fast[i * T + t]! - slow)).toBeLessThan(0.01);
          }
        });
      });
    }
  });

  it('finds mentions in tokenized text, leaving a glued conjunction out of the span', () => {
    const text = 'وقال الرئيس الأمريكي جورج بوش في واشنطن إن القوات ستبقى. وأكد بوش ذلك.';
    const tokens = tokenize(text);
    const mentions = recognizeMentions(loadNerModel(), tokens, splitSentences(text, tokens));
    const found = mentions.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
    expect(found).toContain('PERS:جورج بوش');
    expect(found).toContain('LOC:واشنطن');
    expect(found).toContain('PERS:بوش');
  });
});
