import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from '../eval/shared-material.js';
import type { BenchRow } from './bench-table.js';
import type { PassTimes } from './timex-passes.js';

/** Debian's Python, where `apt-get install python3-dateparser` puts the peer. */
const DEBIAN_PYTHON = '/usr/bin/python3';

/**
 * Both systems are timed the same way, each in a fresh process of its own: passes over every
 * sentence for at least WARM_UP_SECONDS first (V8 compiles each pattern and hot function on
 * use and takes seconds to settle; Python and dateparser load their language data and caches),
 * then the best of the timed passes, each of which goes over the sentences as many times as
 * fill PASS_SECONDS. A pipeline tags a corpus, not one page, so the steady state is what it
 * runs at; our first pass (compiling the language included) is reported apart. Time is the
 * process's CPU time (every thread: JIT and GC included), not the wall clock, which on a shared
 * machine mostly measures how long the process waited for a core.
 */
const WARM_UP_SECONDS = 3;
const PASS_SECONDS = 0.5;

// Times dateparser's search_dates on each sentence after the warm-up, best of N runs, and prints
// CPU milliseconds per sentence: the peer measured as its users call it.
const PEER_SCRIPT = `
import json, sys, time, warnings
warnings.filterwarnings('ignore')
from dateparser.search import search_dates
rows = json.load(open(sys.argv[1]))
repeats = int(sys.argv[2])
warm_up = float(sys.argv[3])
pass_s = float(sys.argv[4])
def once():
    t0 = time.process_time()
    for r in rows:
        search_dates(r['text'], languages=['ar'])
    return time.process_time() - t0
spent = 0.0
while spent < warm_up:
    spent += once()
best = None
for _ in range(repeats):
    spent, loops = 0.0, 0
    while spent < pass_s:
        spent += once()
        loops += 1
    per = spent / loops
    best = per if best is None or per < best else best
print(json.dumps({'ms_per_sentence': best * 1000 / len(rows)}))
`;

/** Why the comparison cannot run here, or null when it can. */
export function dateparserSkipReason(): string | null {
  if (!sharedPath('corpus', 'timex', 'dev.jsonl')) return 'skipped: the shared TIMEX3 set is absent';
  if (!existsSync(DEBIAN_PYTHON)) return `skipped: ${DEBIAN_PYTHON} is absent (apt-get install python3-dateparser)`;
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', 'import dateparser'], { stdio: 'ignore' });
  } catch {
    return 'skipped: dateparser is not installed (apt-get install python3-dateparser)';
  }
  return null;
}

/**
 * The temporal tagger and dateparser (`search_dates`, languages=['ar']) on the same sentences of
 * the shared TIMEX3 set, in one run: milliseconds per sentence for each, and the ratio.
 */
export function measureTimexVsDateparser(repeats = 5): BenchRow[] {
  const skip = dateparserSkipReason();
  const task = 'TIMEX3 tagging, dev sentences';
  if (skip) return [{ task, system: 'dateparser', figures: { note: skip } }];
  const rows = readFileSync(sharedPath('corpus', 'timex', 'dev.jsonl')!, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; dct: string });
  const dir = mkdtempSync(join(tmpdir(), 'rasid-dateparser-'));
  try {
    const input = join(dir, 'rows.json');
    writeFileSync(input, JSON.stringify(rows.map((r) => ({ text: r.text, dct: r.dct }))));
    const script = fileURLToPath(new URL('./timex-passes.js', import.meta.url));
    const timing = [String(repeats), String(WARM_UP_SECONDS), String(PASS_SECONDS)];
    const mine = execFileSync(process.execPath, [script, input, ...timing], { encoding: 'utf8' });
    const { ms: ours, firstMs: cold } = JSON.parse(mine.trim().split('\n').pop()!) as PassTimes;
    const out = execFileSync(DEBIAN_PYTHON, ['-c', PEER_SCRIPT, input, ...timing], { encoding: 'utf8', env: { ...process.env, PYTHONWARNINGS: 'ignore' } });
    const peer = (JSON.parse(out.trim().split('\n').pop()!) as { ms_per_sentence: number }).ms_per_sentence;
    return [
      { task, system: 'rasid time stage', figures: { 'ms/sentence': ours, sentences: rows.length, 'times faster': peer / ours, 'first pass ms/sentence': cold } },
      { task, system: 'dateparser search_dates (ar)', figures: { 'ms/sentence': peer, sentences: rows.length } },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
