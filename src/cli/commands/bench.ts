import { join } from 'node:path';
import type { Command } from 'commander';
import { renderTable, type BenchRow } from '../../bench/bench-table.js';
import { measureFlatCleaning, measureThroughput } from '../../bench/throughput.js';
import { measureHtmlExtraction } from '../../bench/html-extraction.js';
import { measureTimexVsDateparser } from '../../bench/timex-vs-dateparser.js';
import { measureTimeStage } from '../../bench/time-stage.js';
import { PROJECT_ROOT } from '../../eval/shared-material.js';
import { EXIT } from '../exit-codes.js';
import { commaList } from '../common.js';

interface BenchOptions {
  n: string;
  workers?: string;
  disable?: string[];
  sample: string;
  skipShared?: boolean;
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
    .option('--skip-shared', 'leave out the benchmarks that read the shared evaluation material (HTML extraction side by side with Readability)')
    .addHelpText('after', '\nExamples:\n  npm run bench\n  rasid bench --n 100000\n  rasid bench --n 5000 --disable time')
    .action(async (opts: BenchOptions) => {
      const n = Number(opts.n);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (!Number.isInteger(n) || n < 1 || (workers !== undefined && (!Number.isInteger(workers) || workers < 1))) {
        process.stderr.write('rasid: E_USAGE --n and --workers take whole numbers of at least 1\n');
        return setExit(EXIT.USAGE);
      }
      const rows: BenchRow[] = await measureThroughput(opts.sample, n, opts.disable ?? [], workers);
      rows.push(measureFlatCleaning(opts.sample, Math.min(n, 20000)));
      rows.push(measureTimeStage(opts.sample, Math.min(n, 2000)));
      if (!opts.skipShared) {
        const html = measureHtmlExtraction({ repeats: 3 });
        if (html.skipped) process.stderr.write(`rasid bench: HTML extraction ${html.skipped}\n`);
        rows.push(...html.rows);
        rows.push(...measureTimexVsDateparser());
      }
      process.stdout.write(renderTable(rows) + '\n');
      setExit(EXIT.OK);
    });
}
