import { RasidError } from '../core/errors.js';
import { resolveSettings, type Settings } from '../core/settings.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import type { Pipeline } from '../core/pipeline.js';
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

/** The pipeline and settings a command runs with. */
export function pipelineFor(opts: PipelineOptions): { pipeline: Pipeline; settings: Settings } {
  try {
    return { pipeline: defaultPipeline(opts.disable ?? []), settings: resolveSettings() };
  } catch (err) {
    throw new RasidError('E_USAGE', err instanceof Error ? err.message : String(err));
  }
}

/** Writes one failure to stderr in a form both people and scripts can read. */
export function reportFailure(f: Failure): void {
  process.stderr.write(`rasid: ${f.code} ${f.source}: ${f.message}\n`);
}

/** Writes a line to stdout, waiting when the pipe is full so huge outputs keep their order. */
export async function writeOut(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
