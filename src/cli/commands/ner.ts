import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import { checkConll } from '../../ner/conll-input.js';
import { tagConll } from '../../ner/conll-cli.js';
import { loadNerModel } from '../../ner/load.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../common.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** `rasid ner [FILE]`: named-entity tags for a CoNLL file, appended as a last column. */
export function registerNer(program: Command, setExit: (code: number) => void): void {
  program
    .command('ner')
    .description('tag named entities (PERS, ORG, LOC, MISC, BIO) in a CoNLL file: one token a line in the first column, a blank line between sentences; writes the same lines with the predicted tag appended as a last, tab-separated column')
    .argument('[file]', 'a CoNLL file (standard input when omitted)')
    .option('--model <path>', 'a model file (default: the shipped data/models/ner-ar.json)')
    .addHelpText('after', '\nExamples:\n  rasid ner test.conll > test.pred.conll\n  printf "قال\\nجورج\\nبوش\\n" | rasid ner')
    .action(async (file: string | undefined, opts: { model?: string }) => {
      if (!file && process.stdin.isTTY) {
        process.stderr.write('rasid: E_USAGE give a CoNLL file or pipe one into standard input (see --help)\n');
        return setExit(EXIT.USAGE);
      }
      const source = file ?? 'stdin';
      let bytes: Buffer;
      try {
        bytes = file ? await readFile(file) : await readAll(process.stdin);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_UNREADABLE';
        throw new RasidError(code, `${source}: ${(err as Error).message}`, source, { cause: err });
      }
      const text = bytes.toString('utf8').replace(/^\ufeff/, '');
      checkConll(text, source);
      const model = loadNerModel(opts.model);
      if (model.stale) process.stderr.write('rasid: warning: the model was trained with another feature vocabulary than src/lang/ar/ner has now; retrain it (npm run train:ner)\n');
      await writeOut(tagConll(model, text));
      setExit(EXIT.OK);
    });
}
