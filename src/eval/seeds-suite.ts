import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pipeline } from '../core/pipeline.js';
import type { Settings } from '../core/settings.js';
import { readInputs } from '../ingest/sources.js';
import { runBatch } from '../process/run-batch.js';
import { toDocumentRecord } from '../record/document-record.js';
import { asNumber } from './floors.js';
import { createIdentityRegistry, type SequenceTagger } from '../entities/index.js';
import { EventClusterer } from '../events/cluster-events.js';
import { requireShared } from './shared-material.js';

/** The outcome of one evaluation suite: the scorer's table and the figures checked against floors. */
export interface SuiteResult {
  name: string;
  table: string;
  figures: Record<string, number>;
}

/** Runs the pipeline (with the learned tagger when given) on the seed articles and scores the records with the shared scorer. */
export async function runSeedsSuite(pipeline: Pipeline, settings: Settings, nerTagger?: SequenceTagger): Promise<SuiteResult> {
  const seeds = requireShared('corpus', 'seeds');
  const gold = requireShared('corpus', 'seeds', 'gold.json');
  const scorer = requireShared('tools', 'score.mjs');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
  const lines: string[] = [];
  const clusterer = new EventClusterer(settings.clusters);
  // one registry for the batch: the same person gets the same id in every seed
  await runBatch(readInputs(files, { settings }), pipeline, { settings, entityRegistry: createIdentityRegistry(), nerTagger }, {
    isDuplicate: () => false,
    keep(outcome) {
      for (const d of outcome.documents) {
        clusterer.assignDocument(d);
        lines.push(JSON.stringify(toDocumentRecord(d)));
      }
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'rasid-eval-'));
  try {
    const pred = join(dir, 'seeds.jsonl');
    writeFileSync(pred, lines.join('\n') + '\n');
    const out = execFileSync(process.execPath, [scorer, gold, pred, '--corpus', seeds], { encoding: 'utf8' });
    const outLines = out.trimEnd().split('\n');
    const summary = JSON.parse(outLines.pop()!) as Record<string, unknown>;
    const figures: Record<string, number> = {};
    for (const [k, v] of Object.entries(summary)) figures[`seeds.${k}`] = asNumber(v);
    // the summary line leaves out title, outlet and author: read them from the metadata row
    const meta = outLines.find((l) => l.startsWith('metadata')) ?? '';
    for (const m of meta.matchAll(/(title|outlet|author) (\d+\/\d+)/g)) figures[`seeds.${m[1]}`] = asNumber(m[2]);
    return { name: 'seeds', table: outLines.join('\n'), figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
