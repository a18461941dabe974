import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { arabicNerSpec } from '../lang/ar/ner/index.js';
import { readConll } from './conll.js';
import { nerSpecFor } from './language-specs.js';
import { parseModel, serializeModel } from './model.js';
import { scoreChunks } from './score.js';
import { tagConll } from './conll-cli.js';
import { tagSentences, tagTokens } from './tagger.js';
import { trainNer } from './train.js';

/** A dozen sentences written for this test, in ANERcorp's layout (clitics attached to words). */
const CORPUS = `قال	O
الرئيس	O
أحمد	B-PERS
سالم	I-PERS
إن	O
الوفد	O
وصل	O
إلى	O
القاهرة	B-LOC
.	O

وزار	O
وزير	O
الخارجية	O
خالد	B-PERS
منصور	I-PERS
العاصمة	O
دمشق	B-LOC
أمس	O
.	O

أعلنت	O
وزارة	B-ORG
الدفاع	I-ORG
في	O
الرياض	B-LOC
عن	O
مناورات	O
جديدة	O
.	O

التقى	O
السفير	O
سمير	B-PERS
ناصر	I-PERS
بوفد	O
من	O
الأمم	B-ORG
المتحدة	I-ORG
في	O
جنيف	B-LOC
.	O

وقال	O
أحمد	B-PERS
سالم	I-PERS
إن	O
العلاقات	O
مع	O
فرنسا	B-LOC
قوية	O
.	O

وصل	O
الوزير	O
خالد	B-PERS
منصور	I-PERS
إلى	O
بغداد	B-LOC
.	O

أكدت	O
الأمم	B-ORG
المتحدة	I-ORG
أن	O
الوضع	O
في	O
غزة	B-LOC
صعب	O
.	O

وأضاف	O
سمير	B-PERS
ناصر	I-PERS
أن	O
الزيارة	O
مهمة	O
.	O

فاز	O
المنتخب	O
بكأس	B-MISC
العالم	I-MISC
في	O
ألمانيا	B-LOC
.	O

ذكرت	O
وزارة	B-ORG
الدفاع	I-ORG
أن	O
الرئيس	O
أحمد	B-PERS
سالم	I-PERS
سيزور	O
باريس	B-LOC
.	O

استقبل	O
الملك	O
ضيفه	O
سمير	B-PERS
ناصر	I-PERS
في	O
عمان	B-LOC
.	O

وشارك	O
خالد	B-PERS
منصور	I-PERS
في	O
كأس	B-MISC
العالم	I-MISC
.	O
`;

const settings = { ...DEFAULT_SETTINGS.ner, devShare: 0.25, stackFolds: 2, memoryFolds: 2, maxEpochs: 10, patience: 10, documentWindows: [2] };
const sentences = readConll(CORPUS).map((s) => ({ tokens: s.tokens, tags: s.tags! }));
const info = { trainedOn: 'test corpus', licence: 'MIT' };

describe('training on a small corpus', () => {
  const trained = trainNer(sentences, arabicNerSpec, settings);
  const json = serializeModel(trained, 0, info);
  const model = parseModel(json, nerSpecFor);

  it('learns the training sentences', () => {
    const pred = tagSentences(
      model,
      sentences.map((s) => s.tokens),
    );
    expect(scoreChunks(sentences.map((s) => s.tags), pred)['ALL']!.f1).toBeGreaterThan(0.9);
  });

  it('is deterministic: the same corpus gives the same model file', () => {
    expect(serializeModel(trainNer(sentences, arabicNerSpec, settings), 0, info)).toBe(json);
  });

  it('has both stages, the types of the corpus and a current spec', () => {
    expect(model.nStages).toBe(2);
    expect(model.tags.types).toEqual(['LOC', 'MISC', 'ORG', 'PERS']);
    expect(model.stale).toBe(false);
  });

  it('tags a new sentence with the names it learned', () => {
    const tags = tagTokens(model, ['وقال', 'سمير', 'ناصر', 'في', 'بغداد', '.']);
    expect(tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
    expect(tagTokens(model, [])).toEqual([]);
  });

  it('appends the predicted tag to CoNLL lines and keeps blank lines', () => {
    const out = tagConll(model, 'وقال\tO\nسمير\tB-PERS\n\nبغداد\tB-LOC\n');
    const lines = out.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^وقال\tO\t(O|B-\w+|I-\w+)$/);
    expect(lines[2]).toBe('');
    expect(lines[3]!.startsWith('بغداد\tB-LOC\t')).toBe(true);
    expect(lines[4]).toBe('');
  });
});
