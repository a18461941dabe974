import type { Command } from 'commander';
import { readInputs } from '../../ingest/sources.js';
import { collectLineStats } from '../../process/line-stats-pass.js';
import { ingestBatch } from '../../process/ingest-batch.js';
import { defaultDataFolder, defaultDbPath, openStore } from '../../store/index.js';
import { registryFromStore, saveRegistry } from '../../entities/store-registry.js';
import { EXIT } from '../exit-codes.js';
import { commaList, pipelineFor, reportFailure, type PipelineOptions } from '../common.js';
import { createProgress } from '../progress.js';

interface IngestOptions extends PipelineOptions {
  db?: string;
  json?: boolean;
}

/** `rasid ingest PATH...`: runs the pipeline and stores every document; resumable. */
export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('run the pipeline on pages and store them with every annotation; pages already stored are skipped, so an interrupted run resumes')
    .argument('<paths...>', 'files, folders (recursive), glob patterns, or - for stdin')
    .option('--db <path|url>', `the store: a PGlite data folder or a postgres:// server URL (default: $RASID_DATABASE_URL, else $RASID_DB, else ${defaultDataFolder()})`)
    .option('--disable <stages>', 'switch stages off by name, comma-separated', commaList)
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addHelpText('after', '\nExamples:\n  rasid ingest corpus/sample\n  rasid ingest "archive/**/*.html" --db ./archive-db\n  rasid ingest corpus/sample --db postgres://rasid@localhost/rasid')
    .action(async (paths: string[], opts: IngestOptions) => {
      const { pipeline, settings, nerTagger } = pipelineFor(opts);
      const store = await openStore(opts.db ?? defaultDbPath());
      try {
        const lineStats = paths.includes('-') ? undefined : await collectLineStats(paths, settings);
        // the identities already stored, so that a person of a new page links to the one stored before
        const entityRegistry = await registryFromStore(store);
        const progress = createProgress(paths.length, !!opts.quiet);
        const { run, summary } = await ingestBatch(
          readInputs(paths, { settings, stdin: process.stdin }),
          pipeline,
          { settings, lineStats, entityRegistry, nerTagger },
          store,
          `ingest ${paths.join(' ')}`,
          (outcome) => {
            if (outcome.error) reportFailure({ source: outcome.source, code: outcome.error.code, message: outcome.error.message });
            progress.tick(outcome.source);
          },
        );
        progress.stop();
        // identities learnt or renamed during the run: new aliases, a fuller canonical name
        await saveRegistry(store, entityRegistry);
        if (opts.json) process.stdout.write(JSON.stringify({ run, ...summary.toJSON() }) + '\n');
        if (!opts.quiet) process.stderr.write(`rasid ingest: ${summary.describe('stored')} (run ${run})\n`);
        setExit(summary.failed ? EXIT.PARTIAL : EXIT.OK);
      } finally {
        await store.close();
      }
    });
}
