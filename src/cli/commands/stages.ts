import type { Command } from 'commander';
import { ALL_STAGES } from '../../stages/default-pipeline.js';
import { EXIT } from '../exit-codes.js';

/** `rasid stages`: the pipeline's stages in order, the names `--disable` takes. */
export function registerStages(program: Command, setExit: (code: number) => void): void {
  program
    .command('stages')
    .description('list the pipeline stages in order (the names --disable takes)')
    .action(() => {
      for (const s of ALL_STAGES) process.stdout.write(`${s.name.padEnd(10)} ${s.description}\n`);
      setExit(EXIT.OK);
    });
}
