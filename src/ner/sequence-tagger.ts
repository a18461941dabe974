import { existsSync } from 'node:fs';
import type { SequenceTagger } from '../entities/index.js';
import { DEFAULT_NER_MODEL, loadNerModel } from './load.js';
import type { NerModel } from './model.js';
import { tagSentences } from './tagger.js';

/**
 * The learned model as the entity stage's tagger (`StageContext.nerTagger`): the commands that
 * run the pipeline load it once and hand it to every document.
 */

/** A model as a `SequenceTagger`: `nerSequenceTagger(loadNerModel()).tag([['قال', 'بوش']])`. */
export function nerSequenceTagger(model: NerModel): SequenceTagger {
  return { tag: (sentences) => tagSentences(model, sentences) };
}

/**
 * The shipped model's tagger, or undefined when the model file is absent (a checkout where it was
 * removed): recognition then runs on rules and gazetteers alone. A file that is there but is not
 * a model throws E_UNREADABLE.
 */
export function defaultNerTagger(path: string = DEFAULT_NER_MODEL): SequenceTagger | undefined {
  return existsSync(path) ? nerSequenceTagger(loadNerModel(path)) : undefined;
}
