import type { Command } from 'commander';
import { readInputs } from '../../ingest/sources.js';
import { runBatch } from '../../process/run-batch.js';
import { EventClusterer } from '../../events/cluster-events.js';
import { collectLineStats } from '../../process/line-stats-pass.js';
import { toDocumentRecord } from '../../record/document-record.js';
import { createIdentityRegistry } from '../../entities/index.js';
import { EXIT } from '../exit-codes.js';
import { commaList, pipelineFor, reportFailure, writeOut, type PipelineOptions } from '../common.js';
import { createProgress } from '../progress.js';

interface ExtractOptions extends PipelineOptions {
  format: 'jsonl' | 'json';
}

/** `rasid extract PATH...`: document records as JSONL on stdout, nothing stored. */
export function registerExtract(program: Command, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('run the pipeline and write one document record per article to stdout (JSONL); nothing is stored')
    .argument('[paths...]', 'files, folders (recursive), glob patterns, or - for stdin (the default when none is given)')
    .option('--format <format>', 'jsonl (one record a line) or json (an indented array)', 'jsonl')
    .option('--disable <stages>', 'switch stages off by name, comma-separated (see `rasid stages`)', commaList)
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addHelpText('after', '\nExamples:\n  rasid extract corpus/sample\n  rasid extract "pages/**/*.html" --disable time\n  cat page.txt | rasid extract -')
    .action(async (paths: string[], opts: ExtractOptions) => {
      if (opts.format !== 'jsonl' && opts.format !== 'json') {
        process.stderr.write(`rasid: E_USAGE --format must be jsonl or json, not ${String(opts.format)}\n`);
        return setExit(EXIT.USAGE);
      }
      if (!paths.length && process.stdin.isTTY) {
        process.stderr.write('rasid: E_USAGE give files, folders or patterns, or pipe a page into standard input (see --help)\n');
        return setExit(EXIT.USAGE);
      }
      const { pipeline, settings, nerTagger } = pipelineFor(opts);
      const seen = new Set<string>();
      const clusterer = new EventClusterer(settings.clusters);
      const progress = createProgress(paths.length, !!opts.quiet);
      const records: unknown[] = [];
      const sources = paths.length ? paths : ['-'];
      // pre-read files (not stdin, which can be read once) to learn each site's furniture
      const lineStats = sources.includes('-') ? undefined : await collectLineStats(sources, settings);
      // one identity registry for the whole batch: a person has the same id in every document
      const entityRegistry = createIdentityRegistry();
      const summary = await runBatch(readInputs(sources, { settings, stdin: process.stdin }), pipeline, { settings, lineStats, entityRegistry, nerTagger }, {
        isDuplicate: (hash) => seen.has(hash),
        async keep(outcome) {
          seen.add(outcome.documents[0]!.hash);
          for (const doc of outcome.documents) {
            clusterer.assignDocument(doc);
            const rec = toDocumentRecord(doc);
            if (opts.format === 'json') records.push(rec);
            else await writeOut(JSON.stringify(rec) + '\n');
          }
        },
        after(outcome) {
          if (outcome.error) reportFailure({ source: outcome.source, code: outcome.error.code, message: outcome.error.message });
          progress.tick(outcome.source);
        },
      });
      progress.stop();
      if (opts.format === 'json') await writeOut(JSON.stringify(records, null, 2) + '\n');
      if (!opts.quiet) process.stderr.write(`rasid extract: ${summary.describe('written')}\n`);
      setExit(summary.failed ? EXIT.PARTIAL : EXIT.OK);
    });
}
