import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings.js';
import { candidatesOf, compileSpec } from '../../../ner/feature-spec.js';
import { analyseWord, NO_LEXICON } from '../../../ner/word-features.js';
import { arabicNerPrefixes } from './affixes.js';
import { arabicNerSpec } from './index.js';
import { countries } from './places.js';

const spec = compileSpec(arabicNerSpec, DEFAULT_SETTINGS.ner.minStemLetters);
const features = (word: string): readonly string[] => analyseWord(word, spec, NO_LEXICON).features;

describe('the Arabic NER vocabulary', () => {
  it('takes country names from CLDR, cleaned of qualifiers', () => {
    expect(countries).toContain('مصر');
    expect(countries).toContain('الولايات المتحدة');
    expect(countries).toContain('ميانمار');
    expect(countries.some((c) => c.includes('(') || c.includes(' - '))).toBe(false);
    expect(countries).not.toContain('الأمم المتحدة');
  });

  it('lists every proclitic chain with its parts', () => {
    const forms = arabicNerPrefixes.map((p) => p.form);
    expect(forms).toEqual(expect.arrayContaining(['و', 'ال', 'لل', 'وبال', 'ولل', 'فك']));
    expect(arabicNerPrefixes.find((p) => p.form === 'ولل')!.parts).toEqual(['conj', 'prep', 'article']);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('finds list entries behind prefixes, on normalised forms', () => {
    expect(candidatesOf('وبالجزاير', spec.prefixes, 3)).toEqual(expect.arrayContaining(['وبالجزاير', 'بالجزاير', 'الجزاير', 'جزاير']));
    expect(features('بالجزائر')).toContain('B=country');
    expect(features('الجزائر')).toContain('L=country');
    expect(features('للبنان')).toContain('B=country');
    expect(features('فكر')).not.toContain('B=givenName');
  });

  it('marks titles, cues, given names and nationality adjectives', () => {
    expect(features('اللواء')).toContain('L=title');
    expect(features('وزارة')).toContain('L=orgCue');
    expect(features('ومحمد')).toContain('B=givenName');
    expect(features('السوري')).toContain('D=nisba');
    expect(features('الأمريكية')).toContain('D=nisba');
    expect(features('المصريين')).toContain('D=nisba');
    expect(features('الوزير')).not.toContain('D=nisba');
  });

  it('keeps the spelling normalisation folds away where it tells words apart', () => {
    expect(features('على')).toContain('e=ى');
    expect(features('علي')).not.toContain('e=ى');
  });

  it('matches list phrases of several words', () => {
    expect(spec.phrases.get('الولايات')?.some((p) => p.list === 'country' && p.rest.join(' ') === 'المتحده')).toBe(true);
  });
});
