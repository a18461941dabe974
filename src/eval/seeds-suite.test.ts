import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { defaultPipeline, nerTaggerFor } from '../stages/default-pipeline.js';
import { checkFloors, loadFloors } from './floors.js';
import { runSeedsSuite } from './seeds-suite.js';
import { sharedSkipReason } from './shared-material.js';

const skip = sharedSkipReason('corpus', 'seeds', 'gold.json');
if (skip) console.warn(`seeds evaluation ${skip}`);

describe.skipIf(skip !== null)('evaluation on the seed articles', () => {
  it('scores at or above every pinned floor', async () => {
    const settings = resolveSettings();
    const result = await runSeedsSuite(defaultPipeline(), settings, nerTaggerFor(defaultPipeline()));
    expect(result.table).toContain('body tokens');
    const failed = checkFloors(result.figures, loadFloors(), settings.eval.floorTolerance).filter((c) => !c.ok);
    expect(failed).toEqual([]);
  });
});
