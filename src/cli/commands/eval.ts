import type { Command } from 'commander';
import { checkFloors, loadFloors } from '../../eval/floors.js';
import { runNerSuite } from '../../eval/ner-suite.js';
import { runSeedsSuite, type SuiteResult } from '../../eval/seeds-suite.js';
import { EXIT } from '../exit-codes.js';
import { commaList, pipelineFor, type PipelineOptions } from '../common.js';

interface EvalOptions extends PipelineOptions {
  json?: boolean;
}

/** `rasid eval`: scores the pipeline on the shared evaluation material against pinned floors. */
export function registerEval(program: Command, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('score the pipeline on the shared seed articles and the named-entity tagger on the ANERcorp test split and fail when a score is below its pinned floor (eval/floors.json)')
    .option('--disable <stages>', 'switch stages off by name, comma-separated', commaList)
    .option('--json', 'print the figures as one JSON object instead of tables')
    .addHelpText('after', `\nExit codes: 0 all scores at or above their floors, ${EXIT.BELOW_FLOOR} a score below its floor, ${EXIT.MISSING} the shared material is absent.`)
    .action(async (opts: EvalOptions) => {
      const { pipeline, settings, nerTagger } = pipelineFor(opts);
      const suites: SuiteResult[] = [await runSeedsSuite(pipeline, settings, nerTagger), runNerSuite()];
      const figures = Object.assign({}, ...suites.map((s) => s.figures)) as Record<string, number>;
      const checks = checkFloors(figures, loadFloors(), settings.eval.floorTolerance);
      if (opts.json) process.stdout.write(JSON.stringify({ figures, failed: checks.filter((c) => !c.ok).map((c) => c.metric) }) + '\n');
      else {
        for (const s of suites) process.stdout.write(`== ${s.name}\n${s.table}\n\n`);
        process.stdout.write('== floors (eval/floors.json)\n');
        for (const c of checks) {
          const mark = c.floor === null ? '  (no floor)' : c.ok ? '  ok' : '  BELOW FLOOR';
          process.stdout.write(`${c.metric.padEnd(28)} ${c.value.toFixed(3)}  floor ${c.floor === null ? '  -  ' : c.floor.toFixed(3)}${mark}\n`);
        }
      }
      setExit(checks.every((c) => c.ok) ? EXIT.OK : EXIT.BELOW_FLOOR);
    });
}
