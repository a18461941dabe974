import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { sharedPath, sharedSkipReason } from '../eval/shared-material.js';
import { resolveSettings } from '../core/settings.js';
import { createDocument } from '../ingest/create-document.js';
import { cleanStage } from '../stages/clean-stage.js';
import type { BenchRow } from './bench-table.js';
import { meanScore, tokenF1, type TokenScore } from './token-f1.js';

/** One page scored for both systems. */
export interface PageScores {
  id: string;
  rasid: TokenScore;
  readability: TokenScore;
}

/** The outcome of the HTML extraction benchmark; `skipped` says why when the material is absent. */
export interface HtmlExtractionReport {
  rows: BenchRow[];
  /** the 181 pages of the article-extraction benchmark */
  pages: PageScores[];
  /** the Arabic pages with gold text */
  arabic: PageScores[];
  pagesPerSecond: { rasid: number; readability: number };
  skipped: string | null;
}

interface GoldPage {
  id: string;
  html: string;
  body: string;
}

/** The baseline: plain Readability on a linkedom document, as its README shows. */
function readabilityText(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: unknown };
  return new Readability(document as never).parse()?.textContent ?? '';
}

/** What a user gets: the cleaning stage's article text of an HTML page. */
function rasidText(html: string): string {
  const settings = resolveSettings();
  const doc = createDocument({ source: 'page.html', idHint: 'page', format: 'html', text: html, given: {} }, settings);
  cleanStage.run(doc, { settings });
  return doc.text;
}

/** Reads the benchmark pages: `{sha256: {articleBody}}` gold and gzip pages in `html/`. */
function loadBenchmark(dir: string, limit: number): GoldPage[] {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(gold)
    .slice(0, limit)
    .map(([id, g]) => ({ id, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'), body: g.articleBody }));
}

/** Reads the Arabic pages: `{name: {articleBody}}` gold beside `name.html`. */
function loadArabic(dir: string): GoldPage[] {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(gold).map(([id, g]) => ({ id, html: readFileSync(join(dir, `${id}.html`), 'utf8'), body: g.articleBody }));
}

/**
 * Scores both systems on every page. Timing is interleaved page by page, the order alternating,
 * so a machine busy with other work slows both alike; each page's time is the best of `repeats`
 * runs, which drops the pauses other processes cause; a few pages run first untimed so neither
 * pays for the JIT's warm-up.
 */
function scorePages(pages: readonly GoldPage[], repeats: number): { scores: PageScores[]; seconds: { rasid: number; readability: number } } {
  for (const p of pages.slice(0, 5)) {
    rasidText(p.html);
    readabilityText(p.html);
  }
  const seconds = { rasid: 0, readability: 0 };
  const scores = pages.map((p, i) => {
    const texts = { rasid: '', readability: '' };
    const best = { rasid: Infinity, readability: Infinity };
    const run = (which: 'rasid' | 'readability'): void => {
      const t0 = performance.now();
      texts[which] = which === 'rasid' ? rasidText(p.html) : readabilityText(p.html);
      best[which] = Math.min(best[which], (performance.now() - t0) / 1000);
    };
    for (let r = 0; r < repeats; r++) {
      const [first, second] = (i + r) % 2 === 0 ? (['rasid', 'readability'] as const) : (['readability', 'rasid'] as const);
      run(first);
      run(second);
    }
    seconds.rasid += best.rasid;
    seconds.readability += best.readability;
    return { id: p.id, rasid: tokenF1(texts.rasid, p.body), readability: tokenF1(texts.readability, p.body) };
  });
  return { scores, seconds };
}

const figures = (s: TokenScore, extra: Record<string, number> = {}): Record<string, number> => ({
  'token F1': s.f1,
  precision: s.precision,
  recall: s.recall,
  ...extra,
});

/**
 * The HTML path of the cleaning stage measured against plain Readability, in one run: token-bag
 * F1 and pages per second on one core on the shared article-extraction benchmark (181 pages of
 * many outlets), and token F1 on each shared Arabic page. `limit` takes the first pages only;
 * `repeats` runs each page that many times and keeps its best time (`measureHtmlExtraction({repeats: 3})`).
 */
export function measureHtmlExtraction(options: { limit?: number; repeats?: number } = {}): HtmlExtractionReport {
  const { limit = Infinity, repeats = 1 } = options;
  const benchDir = sharedPath('bench', 'article-extraction');
  const arabicDir = sharedPath('corpus', 'html-ar');
  if (!benchDir || !arabicDir) {
    const skipped = sharedSkipReason('bench', 'article-extraction') ?? sharedSkipReason('corpus', 'html-ar')!;
    return { rows: [{ task: 'HTML article extraction', system: '-', figures: { note: skipped } }], pages: [], arabic: [], pagesPerSecond: { rasid: 0, readability: 0 }, skipped };
  }
  const bench = loadBenchmark(benchDir, limit);
  const { scores, seconds } = scorePages(bench, repeats);
  const pagesPerSecond = { rasid: bench.length / seconds.rasid, readability: bench.length / seconds.readability };
  const task = `article extraction, ${bench.length} pages`;
  const minF1 = (k: 'rasid' | 'readability'): number => Math.min(...scores.map((s) => s[k].f1));
  const rows: BenchRow[] = [
    { task, system: 'rasid clean stage (HTML)', figures: figures(meanScore(scores.map((s) => s.rasid)), { 'min F1': minF1('rasid'), 'pages/s': pagesPerSecond.rasid }) },
    {
      task,
      system: '@mozilla/readability + linkedom',
      figures: figures(meanScore(scores.map((s) => s.readability)), { 'min F1': minF1('readability'), 'pages/s': pagesPerSecond.readability }),
    },
  ];
  const arabic = scorePages(loadArabic(arabicDir), 1).scores;
  for (const a of arabic) {
    rows.push({ task: `Arabic page ${a.id}`, system: 'rasid clean stage (HTML)', figures: figures(a.rasid) });
    rows.push({ task: `Arabic page ${a.id}`, system: '@mozilla/readability + linkedom', figures: figures(a.readability) });
  }
  return { rows, pages: scores, arabic, pagesPerSecond, skipped: null };
}
