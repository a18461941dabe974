/**
 * The evaluation gate of the temporal tagger: the Arabic TIMEX3 dev set scored by the shared
 * scorer, and the seed articles' timexes. Both live in ../shared and the tests skip, saying so,
 * when it is absent (a user's clone).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { sharedPath, sharedSkipReason } from '../eval/shared-material.js';
import { tagTimexes } from './index.js';
import { timexJsonlLine } from './timex-jsonl.js';

/** Strict F1 measured on dev.jsonl when this floor was pinned; a drop below it fails. */
const DEV_STRICT_F1_FLOOR = 1;
/** Seed timexes (non-optional, in documents with a publication date) found with their value. */
const SEED_RECALL_FLOOR = 1;

const devSkip = sharedSkipReason('corpus', 'timex', 'dev.jsonl') ?? sharedSkipReason('tools', 'score-timex.mjs');
const seedSkip = sharedSkipReason('corpus', 'seeds', 'gold.json');

describe('temporal tagger on the shared dev set', () => {
  it.skipIf(devSkip !== null)(`strict F1 stays at or above ${DEV_STRICT_F1_FLOOR} ${devSkip ?? ''}`, () => {
    const gold = sharedPath('corpus', 'timex', 'dev.jsonl')!;
    const scorer = sharedPath('tools', 'score-timex.mjs')!;
    const lines = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim());
    const pred = join(mkdtempSync(join(tmpdir(), 'rasid-timex-')), 'pred.jsonl');
    writeFileSync(pred, lines.map((l) => timexJsonlLine(l)).join('\n') + '\n');
    const out = execFileSync(process.execPath, [scorer, gold, pred, '--quiet'], { encoding: 'utf8' });
    const figures = JSON.parse(out.trim().split('\n').at(-1)!) as { strict_f1: number };
    expect(figures.strict_f1).toBeGreaterThanOrEqual(DEV_STRICT_F1_FLOOR - DEFAULT_SETTINGS.eval.floorTolerance);
  });
});

interface SeedGold {
  documents: { id: string; published: string | null; timexes: { text: string; line: number; value: string; mod?: string; optional?: boolean }[] }[];
}

describe('temporal tagger on the seed articles', () => {
  it.skipIf(seedSkip !== null)(`finds the dated seeds' timexes ${seedSkip ?? ''}`, () => {
    const dir = sharedPath('corpus', 'seeds')!;
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as SeedGold;
    let wanted = 0;
    let found = 0;
    for (const doc of gold.documents.filter((d) => d.published)) {
      const file = readdirSync(dir).find((f) => f.startsWith(`${doc.id}_`) && f.endsWith('.txt'));
      if (!file) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      const lineStart = (n: number) => text.split('\n').slice(0, n - 1).reduce((a, l) => a + l.length + 1, 0);
      const out = tagTimexes(text, doc.published);
      for (const g of doc.timexes.filter((t) => !t.optional)) {
        wanted++;
        const s = text.indexOf(g.text, lineStart(g.line));
        const hit = out.find((t) => t.start < s + g.text.length && s < t.end);
        if (hit && hit.value === g.value && (!g.mod || hit.mod === g.mod)) found++;
      }
    }
    expect(wanted).toBeGreaterThan(0);
    expect(found / wanted).toBeGreaterThanOrEqual(SEED_RECALL_FLOOR);
  });
});

