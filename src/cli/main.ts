import { Command, CommanderError } from 'commander';
import { RasidError } from '../core/errors.js';
import { EXIT } from './exit-codes.js';
import { registerBench } from './commands/bench.js';
import { registerEntities } from './commands/entities.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerExplain } from './commands/explain.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerNer } from './commands/ner.js';
import { registerStages } from './commands/stages.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerTimex } from './commands/timex.js';

/** The exit code a RasidError maps to. */
function exitFor(err: RasidError): number {
  switch (err.code) {
    case 'E_USAGE':
      return EXIT.USAGE;
    case 'E_STORE':
      return EXIT.STORE;
    case 'E_SHARED_MISSING':
    case 'E_NOT_FOUND':
      return EXIT.MISSING;
    case 'E_EVAL_FLOOR':
      return EXIT.BELOW_FLOOR;
    default:
      return EXIT.PARTIAL;
  }
}

/** Runs the `rasid` command line with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const setExit = (c: number): void => {
    code = c;
  };
  const program = new Command('rasid')
    .description('Rasid: Arabic news pages in, a clean, dated, deduplicated database of defence-diplomacy events out.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerIngest(program, setExit);
  registerExtract(program, setExit);
  registerEval(program, setExit);
  registerBench(program, setExit);
  registerStages(program, setExit);
  registerStart(program, setExit);
  registerTimex(program, setExit);
  registerExplain(program, setExit);
  registerEvents(program, setExit);
  registerEntities(program, setExit);
  registerNer(program, setExit);
  registerServe(program, setExit);
  registerSearch(program, setExit);
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof RasidError) {
      process.stderr.write(`rasid: ${err.code} ${err.message}\n  ${err.hint}\n`);
      return exitFor(err);
    }
    process.stderr.write(`rasid: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.INTERNAL;
  }
  return code;
}
