/**
 * Golden fixtures of the entity engine: `test/fixtures/entities/<slug>/{input.txt, expected.json}`.
 * The persons found must be exactly the expected ones (precision counts), each with its mentions,
 * roles and country; the listed place and organisation ids must be among the entities, with the
 * listed mention texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../src/core/settings.js';
import { createIdentityRegistry, entityLexiconFor, recognizeEntities } from '../src/entities/index.js';
import { PROJECT_ROOT } from '../src/eval/shared-material.js';
import { arabic } from '../src/lang/ar/index.js';
import { tokenize } from '../src/text/index.js';

interface Expected {
  persons: { name: string; mentions: string[]; roles: string[]; country: string | null }[];
  entities: string[];
  mentions: Record<string, string[]>;
  notPersons: string[];
}

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'entities');
const settings = resolveSettings();

describe('entity fixtures', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const text = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
      const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
      const got = recognizeEntities(text, tokenize(text, { lang: arabic, settings: settings.text }), {
        lang: arabic, lex: entityLexiconFor('ar'), settings: settings.entities, registry: createIdentityRegistry(),
      });
      for (const e of got) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const persons = got.filter((e) => e.type === 'PERSON').map((e) => ({
        name: e.name, mentions: [...new Set(e.mentions.map((m) => m.text))], roles: e.roles, country: e.country,
      }));
      expect(persons).toEqual(want.persons);
      const ids = got.map((e) => e.id);
      for (const id of want.entities) expect(ids).toContain(id);
      for (const [id, texts] of Object.entries(want.mentions)) {
        const e = got.find((x) => x.id === id);
        for (const t of texts) expect(e?.mentions.map((m) => m.text)).toContain(t);
      }
      const personTexts = got.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.map((m) => m.text));
      for (const t of want.notPersons) expect(personTexts.join(' ')).not.toContain(t);
    });
  }
});
