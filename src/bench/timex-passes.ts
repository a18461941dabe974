/**
 * Times our temporal tagger over a set of sentences, the way the dateparser comparison times its
 * peer: passes for a warm-up period, then the best of N passes, in CPU time. Run as a script it
 * measures in a process of its own (as the peer is), so neither side is timed in a heap and JIT
 * state left by other benchmarks: `node timex-passes.js ROWS.json REPEATS WARM_UP_S PASS_S`.
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

/**
 * Measures tagging `rows`: the first pass over them, a warm-up of `warmUpSeconds`, then the best
 * of `repeats` timed passes, each going over the rows as many times as fill `passSeconds` (so a
 * pass lasts as long as a pass of the slower peer, and a burst of load on a shared machine
 * weighs alike on both sides).
 */
export function timeTagger(rows: readonly { text: string; dct: string | null }[], repeats: number, warmUpSeconds: number, passSeconds: number): PassTimes {
  const once = (): number => {
    const t0 = cpuMs();
    for (const r of rows) tagTimexes(r.text, r.dct);
    return cpuMs() - t0;
  };
  const first = once();
  for (let spent = 0; spent < warmUpSeconds * 1000; ) spent += once();
  let best = Infinity;
  for (let k = 0; k < repeats; k++) {
    let spent = 0;
    let loops = 0;
    for (; spent < passSeconds * 1000; loops++) spent += once();
    best = Math.min(best, spent / loops);
  }
  return { ms: best / rows.length, firstMs: first / rows.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, repeats, warmUp, pass] = process.argv.slice(2);
  const rows = JSON.parse(readFileSync(file!, 'utf8')) as { text: string; dct: string | null }[];
  process.stdout.write(JSON.stringify(timeTagger(rows, Number(repeats), Number(warmUp), Number(pass))) + '\n');
}
