import { join } from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT } from '../../eval/shared-material.js';
import { readInputs } from '../../ingest/sources.js';
import { collectLineStats } from '../../process/line-stats-pass.js';
import { ingestBatch } from '../../process/ingest-batch.js';
import { registryFromStore, saveRegistry } from '../../entities/store-registry.js';
import { defaultDataFolder, defaultDbPath, openStore, redactPassword, type Store } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { pipelineFor, reportFailure } from '../common.js';
import { serveUntilStopped, withServeOptions, type ServeFlags } from './serve.js';

interface StartOptions extends ServeFlags {
  db?: string;
  corpus: string;
  /** false with --no-serve */
  serve: boolean;
}

/** A readable account of what the store holds, for people rather than scripts. */
async function describeStore(store: Store, db: string): Promise<string> {
  const stats = await store.stats();
  const docs = await store.listDocuments({ limit: 1000 });
  const out: string[] = [];
  out.push(`Store: ${redactPassword(db)}`);
  out.push(`  ${stats.documents} documents (${stats.segments} of them articles found glued inside other pages), ${stats.spans} annotations, ${stats.events} events, ${stats.entities} entities`);
  out.push('');
  out.push('Documents, newest first:');
  for (const d of docs) {
    const date = (d.published.value ?? '—').padEnd(16);
    const basis = d.published.basis === 'inferred' ? '~' : ' ';
    const outlet = (d.outlet ?? '').slice(0, 22).padEnd(22);
    const title = d.title ?? '(no title)';
    out.push(`  ${date}${basis} ${outlet} ${d.segment_of ? '  ↳ ' : ''}${title.length > 70 ? title.slice(0, 69) + '…' : title}`);
  }
  out.push('');
  out.push('Next: `npx rasid extract corpus/sample` writes the document records; `npx rasid serve` serves the store; `npx rasid --help` lists every command.');
  return out.join('\n');
}

/** `rasid start`: what `npm start` runs — the sample corpus into the store, and a summary. */
export function registerStart(program: Command, setExit: (code: number) => void): void {
  withServeOptions(program
    .command('start')
    .description('ingest the bundled sample corpus into the store, print a summary, then serve the API and the web app (what `npm start` runs)'))
    .option('--no-serve', 'stop after the summary instead of serving')
    .option('--db <path|url>', `the store: a PGlite data folder or a postgres:// server URL (default: $RASID_DATABASE_URL, else $RASID_DB, else ${defaultDataFolder()})`)
    .option('--corpus <dir>', 'the corpus to ingest', join(PROJECT_ROOT, 'corpus', 'sample'))
    .action(async (opts: StartOptions) => {
      const { pipeline, settings, nerTagger } = pipelineFor({});
      const db = opts.db ?? defaultDbPath();
      const store = await openStore(db);
      try {
        const lineStats = await collectLineStats([opts.corpus], settings);
        // identities already stored, so persons link across runs; what the run learnt is saved after it
        const entityRegistry = await registryFromStore(store);
        const { summary } = await ingestBatch(readInputs([opts.corpus], { settings }), pipeline, { settings, lineStats, entityRegistry, nerTagger }, store, 'start', (o) => {
          if (o.error) reportFailure({ source: o.source, code: o.error.code, message: o.error.message });
        });
        await saveRegistry(store, entityRegistry);
        process.stdout.write(`Sample corpus: ${summary.describe('stored')}\n\n`);
        process.stdout.write((await describeStore(store, db)) + '\n');
        setExit(summary.failed ? EXIT.PARTIAL : EXIT.OK);
        if (opts.serve) {
          process.stdout.write('\n');
          await serveUntilStopped(store, db, opts, pipeline, settings);
        }
      } finally {
        await store.close();
      }
    });
}
