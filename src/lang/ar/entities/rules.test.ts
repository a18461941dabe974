/**
 * Runs the examples every Arabic place-context rule carries: in the example text, the rule's
 * surface is read as the expected gazetteer entity, or as no place at all (null).
 */
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../core/settings.js';
import { entityLexiconFor, recognizeEntities } from '../../../entities/index.js';
import { normalize, tokenize } from '../../../text/index.js';
import { arabic } from '../index.js';
import { arabicEntities } from './index.js';

const settings = resolveSettings();

function readingOf(text: string, surface: string): string | null {
  const ents = recognizeEntities(text, tokenize(text, { lang: arabic, settings: settings.text }), { lang: arabic, lex: entityLexiconFor('ar'), settings: settings.entities });
  const want = normalize(surface);
  const hit = ents.find((e) => e.type !== 'PERSON' && e.mentions.some((m) => normalize(m.text) === want || normalize(m.text).endsWith(` ${want}`) || normalize(m.text).startsWith(`${want} `)));
  return hit?.id ?? null;
}

describe('Arabic place rules carry working examples', () => {
  it('every rule has at least one example', () => {
    expect(arabicEntities.placeRules.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
  });
  for (const rule of arabicEntities.placeRules) {
    rule.examples.forEach((ex, i) => {
      it(`${rule.name} ${i + 1}: ${ex.text}`, () => {
        expect(readingOf(ex.text, rule.surface)).toBe(ex.expected);
      });
    });
  }
});

describe('Arabic entity lexicon', () => {
  it('lists no given name that is also a stop word as written', () => {
    const stops = new Set(arabicEntities.nameStops);
    expect(arabicEntities.givenNames.names.filter((n) => stops.has(n))).toEqual([]);
  });
  it('derives nisbas from country names by rule', () => {
    const text = 'التقى الوفد الجزائري بنظرائه الروس والفرنسيين والأمريكيتين وممثلين عن الحكومة التونسية';
    const ids = recognizeEntities(text, tokenize(text, { lang: arabic }), { lang: arabic, lex: entityLexiconFor('ar'), settings: settings.entities }).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['gpe:DZ', 'gpe:FR', 'gpe:US', 'gpe:TN']));
  });
});
