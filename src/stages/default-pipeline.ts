import { Pipeline, type Stage } from '../core/pipeline.js';
import type { SequenceTagger } from '../entities/index.js';
import { defaultNerTagger } from '../ner/sequence-tagger.js';
import { cleanStage } from './clean-stage.js';
import { textStage } from './text-stage.js';
import { timeStage } from './time-stage.js';
import { entityStage } from './entity-stage.js';
import { eventStage } from './event-stage.js';

/** Every stage, in order. */
export const ALL_STAGES: readonly Stage[] = [cleanStage, textStage, timeStage, entityStage, eventStage];

/** The default pipeline, without the stages named in `disabled`. */
export function defaultPipeline(disabled: readonly string[] = []): Pipeline {
  const p = new Pipeline(ALL_STAGES);
  return disabled.length ? p.without(disabled) : p;
}

/**
 * The learned named-entity tagger a pipeline's context needs: the shipped model when the
 * pipeline recognises entities (and the model file is there), else none, so a run without the
 * entities stage does not load it.
 */
export function nerTaggerFor(pipeline: Pipeline): SequenceTagger | undefined {
  return pipeline.names.includes(entityStage.name) ? defaultNerTagger() : undefined;
}
