import type { NewsDocument } from './document.js';
import { asRasidError, type RasidError } from './errors.js';
import type { Settings } from './settings.js';
import type { LineStats } from '../clean/site-furniture.js';
import type { IdentityRegistry, SequenceTagger } from '../entities/index.js';

/** What every stage may read besides the document: settings, nothing that does I/O. */
export interface StageContext {
  settings: Settings;
  /** recurring short lines per site in the current batch, when the batch was pre-read */
  lineStats?: LineStats;
  /** the corpus's entity identities, shared by the documents of a batch or loaded from the store;
   * the entities stage links every person to one. Without it, identities are per document. */
  entityRegistry?: IdentityRegistry;
  /** the learned named-entity tagger, when one was loaded: one more source of evidence */
  nerTagger?: SequenceTagger;
}

/**
 * One step of the pipeline. `run` is a pure function of the document and the context: no I/O,
 * deterministic, so documents can be processed in worker threads. It may return extra documents
 * it split off the input (articles glued inside a page), which then run through the later stages.
 */
export interface Stage {
  name: string;
  /** one line saying what the stage does, shown by `rasid stages` */
  description: string;
  run(doc: NewsDocument, ctx: StageContext): void | NewsDocument[];
}

/** The outcome of running a pipeline on one input document. */
export interface PipelineResult {
  /** the document and any segments split off it, in order */
  documents: NewsDocument[];
  /** set when a stage threw: the document is reported, not stored */
  error: RasidError | null;
}

/** An ordered list of named stages that can be switched off by name. */
export class Pipeline {
  constructor(readonly stages: readonly Stage[]) {
    const names = new Set<string>();
    for (const s of stages) {
      if (names.has(s.name)) throw new Error(`duplicate stage name: ${s.name}`);
      names.add(s.name);
    }
  }

  /** Stage names in order. */
  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** A pipeline without the named stages; unknown names are an error so typos do not pass silently. */
  without(names: readonly string[]): Pipeline {
    const unknown = names.filter((n) => !this.stages.some((s) => s.name === n));
    if (unknown.length) throw new Error(`unknown stage(s): ${unknown.join(', ')}; stages are ${this.names.join(', ')}`);
    return new Pipeline(this.stages.filter((s) => !names.includes(s.name)));
  }

  /** Runs every stage on `doc` and on the segments stages split off; never throws. */
  run(doc: NewsDocument, ctx: StageContext): PipelineResult {
    const done: NewsDocument[] = [];
    const queue: { doc: NewsDocument; from: number }[] = [{ doc, from: 0 }];
    try {
      while (queue.length) {
        const item = queue.shift()!;
        for (let i = item.from; i < this.stages.length; i++) {
          const stage = this.stages[i]!;
          try {
            const extra = stage.run(item.doc, ctx);
            if (extra) for (const seg of extra) queue.push({ doc: seg, from: i + 1 });
          } catch (err) {
            const e = asRasidError(err, 'E_STAGE', item.doc.source);
            e.message = `stage "${stage.name}": ${e.message}`;
            throw e;
          }
        }
        done.push(item.doc);
      }
    } catch (err) {
      return { documents: [], error: asRasidError(err, 'E_STAGE', doc.source) };
    }
    return { documents: done, error: null };
  }
}
