import { RasidError } from '../core/errors.js';
import { resolveSettings, type Settings } from '../core/settings.js';
import { defaultPipeline, nerTaggerFor } from '../stages/default-pipeline.js';
import type { Pipeline } from '../core/pipeline.js';
import type { SequenceTagger } from '../entities/index.js';
import type { Failure } from '../process/batch-summary.js';

/** Options shared by the commands that run the pipeline. */
export interface PipelineOptions {
  disable?: string[];
  quiet?: boolean;
}

/** Parses a comma-separated list option, e.g. `--disable time,entities`. */
export function commaList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/** The pipeline and settings a command runs with, and the learned tagger its entities stage uses. */
export function pipelineFor(opts: PipelineOptions): { pipeline: Pipeline; settings: Settings; nerTagger: SequenceTagger | undefined } {
  let pipeline: Pipeline;
  try {
    pipeline = defaultPipeline(opts.disable ?? []);
  } catch (err) {
    throw new RasidError('E_USAGE', err instanceof Error ? err.message : String(err));
  }
  return { pipeline, settings: resolveSettings(), nerTagger: nerTaggerFor(pipeline) };
}

/** Writes one failure to stderr in a form both people and scripts can read. */
export function reportFailure(f: Failure): void {
  process.stderr.write(`rasid: ${f.code} ${f.source}: ${f.message}\n`);
}

/** Writes a line to stdout, waiting when the pipe is full so huge outputs keep their order. */
export async function writeOut(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
