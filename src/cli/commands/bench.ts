import { join } from 'node:path';
import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import { renderTable, type BenchRow } from '../../bench/bench-table.js';
import { measureFlatCleaning, measureThroughput } from '../../bench/throughput.js';
import { measureHtmlExtraction } from '../../bench/html-extraction.js';
import { measureTimexVsDateparser } from '../../bench/timex-vs-dateparser.js';
import { measureStageTimes } from '../../bench/stage-times.js';
import { resolveSettings } from '../../core/settings.js';
import { defaultPipeline, nerTaggerFor } from '../../stages/default-pipeline.js';
import { PROJECT_ROOT, sharedSkipReason } from '../../eval/shared-material.js';
import { measureStoreAndApi } from '../../bench/store-api.js';
import { evaluateNer, nerBenchRow } from '../../ner/evaluate.js';
import { measureTimeStage } from '../../bench/time-stage.js';
import { EXIT } from '../exit-codes.js';
import { commaList } from '../common.js';

interface BenchOptions {
  n: string;
  workers?: string;
  disable?: string[];
  sample: string;
  skipShared?: boolean;
  apiPages: string;
}

/** `rasid bench`: throughput and memory of the whole pipeline, as a table. */
export function registerBench(program: Command, setExit: (code: number) => void): void {
  program
    .command('bench')
    .description('measure whole-pipeline throughput (one core, and all cores through worker threads) and peak memory on a synthetic corpus')
    .option('--n <count>', 'pages to generate by recombining the sample corpus', '2000')
    .option('--workers <count>', 'worker threads for the parallel run (default: one per core)')
    .option('--disable <stages>', 'switch stages off by name, comma-separated', commaList)
    .option('--sample <dir>', 'the corpus to recombine', join(PROJECT_ROOT, 'corpus', 'sample'))
    .option('--api-pages <count>', 'pages ingested into a new store before timing the HTTP API (0 skips it)', '500')
    .option('--skip-shared', 'leave out the benchmarks that read the shared evaluation material (HTML extraction side by side with Readability, dates, named entities)')
    .addHelpText('after', '\nExamples:\n  npm run bench\n  rasid bench --n 100000\n  rasid bench --n 5000 --disable time')
    .action(async (opts: BenchOptions) => {
      const n = Number(opts.n);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (!Number.isInteger(n) || n < 1 || (workers !== undefined && (!Number.isInteger(workers) || workers < 1))) {
        process.stderr.write('rasid: E_USAGE --n and --workers take whole numbers of at least 1\n');
        return setExit(EXIT.USAGE);
      }
      const rows: BenchRow[] = await measureThroughput(opts.sample, n, opts.disable ?? [], workers);
      rows.push(...measureStageTimes(opts.sample, Math.min(n, 5000), { settings: resolveSettings(), nerTagger: nerTaggerFor(defaultPipeline()) }));
      rows.push(measureFlatCleaning(opts.sample, Math.min(n, 20000)));
      rows.push(measureTimeStage(opts.sample, Math.min(n, 2000)));
      if (!opts.skipShared) {
        const html = measureHtmlExtraction({ repeats: 3 });
        if (html.skipped) process.stderr.write(`rasid bench: HTML extraction ${html.skipped}\n`);
        rows.push(...html.rows);
        rows.push(...measureTimexVsDateparser());
        const nerSkip = sharedSkipReason('corpus', 'ner', 'anercorp', 'test.conll');
        if (nerSkip) process.stderr.write(`rasid bench: named entities ${nerSkip}\n`);
        else rows.push(nerBenchRow(evaluateNer()));
      }
      const apiPages = Number(opts.apiPages);
      if (!Number.isInteger(apiPages) || apiPages < 0) throw new RasidError('E_USAGE', `--api-pages must be a whole number ≥ 0, not ${opts.apiPages}`);
      if (apiPages > 0) rows.push(...(await measureStoreAndApi(opts.sample, apiPages)));
      process.stdout.write(renderTable(rows) + '\n');
      setExit(EXIT.OK);
    });
}
