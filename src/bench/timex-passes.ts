/**
 * Times our temporal tagger over a set of sentences, the way the dateparser comparison times its
 * peer: passes for a warm-up period, then the best of N passes, in CPU time. Run as a script it
 * measures in a process of its own (as the peer is), so neither side is timed in a heap and JIT
 * state left by other benchmarks: `node timex-passes.js ROWS.json REPEATS WARM_UP_SECONDS`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tagTimexes } from '../time/index.js';

/** CPU time of this process so far, in milliseconds (every thread: JIT and GC included). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** What one measurement gives, per sentence. */
export interface PassTimes {
  /** CPU ms per sentence of the best timed pass */
  ms: number;
  /** CPU ms per sentence of the first pass (it compiles the language and its patterns) */
  firstMs: number;
}

/** Measures tagging `rows`: the first pass, a warm-up of `warmUpSeconds`, the best of `repeats`. */
export function timeTagger(rows: readonly { text: string; dct: string | null }[], repeats: number, warmUpSeconds: number): PassTimes {
  const pass = (): number => {
    const t0 = cpuMs();
    for (const r of rows) tagTimexes(r.text, r.dct);
    return cpuMs() - t0;
  };
  const first = pass();
  for (let spent = 0; spent < warmUpSeconds * 1000; ) spent += pass();
  let best = Infinity;
  for (let k = 0; k < repeats; k++) best = Math.min(best, pass());
  return { ms: best / rows.length, firstMs: first / rows.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, repeats, warmUp] = process.argv.slice(2);
  const rows = JSON.parse(readFileSync(file!, 'utf8')) as { text: string; dct: string | null }[];
  process.stdout.write(JSON.stringify(timeTagger(rows, Number(repeats), Number(warmUp))) + '\n');
}
