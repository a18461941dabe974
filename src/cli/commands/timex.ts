import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { timexJsonlLine } from '../../time/timex-jsonl.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../common.js';

/** `rasid timex [FILE]`: TIMEX3 tagging of JSONL sentences `{"id", "text", "dct"}`. */
export function registerTimex(program: Command, setExit: (code: number) => void): void {
  program
    .command('timex')
    .description('tag temporal expressions: reads JSONL lines {"id", "text", "dct"} and writes {"id", "timexes": [{"text", "start", "end", "type", "value", "mod"}]} per line')
    .argument('[file]', 'a JSONL file (standard input when omitted)')
    .addHelpText('after', '\nExample:\n  echo \'{"id":"1","text":"التقى الوزير أمس نظيره","dct":"2024-10-17"}\' | rasid timex')
    .action(async (file: string | undefined) => {
      if (!file && process.stdin.isTTY) {
        process.stderr.write('rasid: E_USAGE give a JSONL file or pipe lines into standard input (see --help)\n');
        return setExit(EXIT.USAGE);
      }
      const input = file ? createReadStream(file, 'utf8') : process.stdin;
      let failed = 0;
      let n = 0;
      try {
        for await (const line of createInterface({ input, crlfDelay: Infinity })) {
          n++;
          if (!line.trim()) continue;
          try {
            await writeOut(timexJsonlLine(line) + '\n');
          } catch (err) {
            failed++;
            process.stderr.write(`rasid: E_JSONL_LINE line ${n}: ${err instanceof Error ? err.message : String(err)}\n`);
          }
        }
      } catch (err) {
        process.stderr.write(`rasid: E_UNREADABLE ${file ?? 'stdin'}: ${err instanceof Error ? err.message : String(err)}\n`);
        return setExit(EXIT.MISSING);
      }
      setExit(failed ? EXIT.PARTIAL : EXIT.OK);
    });
}
