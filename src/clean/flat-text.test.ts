import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { readFlatPage } from './flat-text.js';
import { LINE_RULES, applyLineRules } from './line-rules.js';
import { pageLines } from './page-lines.js';

const settings = resolveSettings();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'clean');

interface Expected {
  title: string | null;
  author: string | null;
  outlet: string | null;
  dateLines: string[];
  body: string[];
  segments: { title: string | null; body: string[] }[];
}

describe('line rules: every example', () => {
  for (const rule of LINE_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.name}: ${ex.match ? 'matches' : 'does not match'} «${ex.text}»`, () => {
        const [line] = pageLines(ex.text);
        expect(rule.test(line!, settings)).toBe(ex.match);
      });
    }
  }

  it('applies the first matching rule and names it', () => {
    const lines = pageLines('[ad_1]\n364\nالتعليقات مغلقة.');
    applyLineRules(lines, settings);
    expect(lines.map((l) => l.rule)).toEqual(['scraper-marker', 'counter', 'notice-or-prompt']);
  });
});

describe('flattened pages (golden fixtures)', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const raw = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
      const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
      const got = readFlatPage(raw, settings);
      expect(got.title?.text ?? null).toBe(want.title);
      expect(got.author).toBe(want.author);
      expect(got.outlet).toBe(want.outlet);
      expect(got.dateLines.map((l) => l.text)).toEqual(want.dateLines);
      // spans are raw offsets: slicing the raw page gives the paragraph text
      expect(got.body.map((s) => raw.slice(s.start, s.end))).toEqual(want.body);
      expect(got.segments.map((s) => ({ title: s.title?.text ?? null, body: s.body.map((l) => raw.slice(l.start, l.end)) }))).toEqual(want.segments);
    });
  }
});
