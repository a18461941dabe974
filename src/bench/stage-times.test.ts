import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { ALL_STAGES } from '../stages/default-pipeline.js';
import { measureStageTimes } from './stage-times.js';

describe('stage times', () => {
  it('gives one row per stage, the remainder and the whole, which add up', () => {
    const rows = measureStageTimes(join(PROJECT_ROOT, 'corpus', 'sample'), 6, { settings: resolveSettings() });
    expect(rows.map((r) => r.system)).toEqual([...ALL_STAGES.map((s) => `${s.name} stage, 1 core`), 'decoding and set-up, 1 core', 'whole pipeline, 1 core']);
    const ms = rows.map((r) => r.figures['ms/article'] as number);
    const whole = ms.pop()!;
    expect(ms.reduce((a, b) => a + b, 0)).toBeCloseTo(whole, 6);
  });
});
