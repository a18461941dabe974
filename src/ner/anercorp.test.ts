import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { loadFloors } from '../eval/floors.js';
import { sharedPath, sharedSkipReason } from '../eval/shared-material.js';
import { tagConll } from './conll-cli.js';
import { evaluateNer } from './evaluate.js';
import { loadNerModel } from './load.js';

/**
 * The shipped model on ANERcorp's test split, the split training never reads. The floors are
 * those `rasid eval` checks (eval/floors.json, `ner.<type>.f1`): the figures the committed model
 * reaches (entity-level F1, as tools/score-conll.mjs computes it); a retrained model must not
 * fall below them.
 */
const FLOORS = Object.fromEntries(
  Object.entries(loadFloors()).flatMap(([k, v]) => {
    const m = /^ner\.(\w+)\.f1$/.exec(k);
    return m ? [[m[1]!, v]] : [];
  }),
);
const TOLERANCE = DEFAULT_SETTINGS.eval.floorTolerance;

const skip = sharedSkipReason('corpus', 'ner', 'anercorp', 'test.conll');

describe.skipIf(skip !== null)(`ANERcorp test split${skip ? ` (${skip})` : ''}`, () => {
  const testPath = sharedPath('corpus', 'ner', 'anercorp', 'test.conll')!;

  it('reaches the pinned F1 per type', () => {
    const e = evaluateNer({ testPath, warmUpPath: null });
    expect(e.sentences).toBe(918);
    expect(e.tokens).toBe(25007);
    expect(Object.keys(FLOORS).sort()).toEqual(['ALL', 'LOC', 'MISC', 'ORG', 'PERS']);
    for (const [type, floor] of Object.entries(FLOORS)) expect(e.scores[type]!.f1, type).toBeGreaterThanOrEqual(floor - TOLERANCE);
    expect(e.sentencesPerSecond).toBeGreaterThan(0);
  });

  it('writes CoNLL the shared scorer reads, with the same figures', () => {
    const scorer = sharedPath('tools', 'score-conll.mjs');
    if (!scorer) return;
    const dir = mkdtempSync(join(tmpdir(), 'rasid-ner-'));
    try {
      const pred = join(dir, 'test.pred.conll');
      writeFileSync(pred, tagConll(loadNerModel(), readFileSync(testPath, 'utf8')));
      const out = execFileSync(process.execPath, [scorer, testPath, pred, '--quiet'], { encoding: 'utf8' });
      const summary = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
      const e = evaluateNer({ testPath, warmUpPath: null });
      for (const type of Object.keys(FLOORS)) expect(summary[type], type).toBeCloseTo(e.scores[type]!.f1, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
