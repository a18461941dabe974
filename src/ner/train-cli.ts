import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { requireShared } from '../eval/shared-material.js';
import { readConll } from './conll.js';
import { nerSpecFor } from './language-specs.js';
import { DEFAULT_NER_MODEL } from './load.js';
import { serializeModel } from './model.js';
import { trainNer } from './train.js';

/**
 * `npm run train:ner`: trains the Arabic model on ANERcorp's training split (from the shared
 * material beside the checkout) and writes data/models/ner-ar.json. Options: `--train FILE` (a
 * CoNLL file), `--out FILE`. The test split is never read here; `rasid eval` measures it.
 */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  const { values } = parseArgs({ args: [...argv], options: { train: { type: 'string' }, out: { type: 'string' } } });
  const trainPath = values.train ? resolve(values.train) : requireShared('corpus', 'ner', 'anercorp', 'train.conll');
  const out = values.out ? resolve(values.out) : DEFAULT_NER_MODEL;
  const settings = DEFAULT_SETTINGS.ner;
  const sentences = readConll(readFileSync(trainPath, 'utf8')).map((s, i) => {
    if (!s.tags) throw new Error(`${trainPath}: sentence ${i + 1} has lines without a tag column`);
    return { tokens: s.tokens, tags: s.tags };
  });
  const t0 = Date.now();
  const log = (m: string): void => void process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
  log(`training on ${sentences.length} sentences of ${trainPath}`);
  const trained = trainNer(sentences, nerSpecFor('ar'), settings, { log });
  const json = serializeModel(trained, settings.pruneMinWeight, {
    trainedOn: 'ANERcorp train split (CAMeL Lab split, Benajiba, Rosso & Benedí 2007)',
    licence: 'CC BY-SA 4.0 (derived from ANERcorp); see data/models/README.md',
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json + '\n');
  const dev = Object.entries(trained.dev).map(([t, f]) => `${t} ${f.toFixed(3)}`).join('  ');
  log(`development F1: ${dev}`);
  log(`wrote ${out} (${(json.length / 1e6).toFixed(1)} MB); measure it with \`rasid eval\``);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main();
  } catch (err) {
    process.stderr.write(`train:ner: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
