import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RasidError } from '../core/errors.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { nerSpecFor } from './language-specs.js';
import { parseModel, type NerModel } from './model.js';

/** Where the shipped Arabic model lives: `data/models/ner-ar.json` in the project. */
export const DEFAULT_NER_MODEL = join(PROJECT_ROOT, 'data', 'models', 'ner-ar.json');

const loaded = new Map<string, NerModel>();

/** Reads a model afresh, with empty caches (`loadNerModel` keeps one per path); throws E_UNREADABLE. */
export function readNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  if (!existsSync(path)) {
    throw new RasidError('E_UNREADABLE', `no named-entity model at ${path}; train one with \`npm run train:ner\``, path);
  }
  try {
    return parseModel(readFileSync(path, 'utf8'), nerSpecFor);
  } catch (err) {
    throw new RasidError('E_UNREADABLE', `${path} is not a named-entity model: ${(err as Error).message}`, path, { cause: err });
  }
}

/**
 * Loads a named-entity model (the shipped Arabic one by default), once per path:
 * `tagTokens(loadNerModel(), ['قال', 'بوش'])`. Throws E_UNREADABLE when the file is missing or
 * not a model. A model whose feature spec has changed since training loads with `stale` set.
 */
export function loadNerModel(path: string = DEFAULT_NER_MODEL): NerModel {
  let model = loaded.get(path);
  if (!model) {
    model = readNerModel(path);
    loaded.set(path, model);
  }
  return model;
}
