import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { RawInput } from '../ingest/raw-input.js';
import { formatOfPath } from '../ingest/sniff.js';
import { decodeBytes } from '../ingest/decode.js';
import { resolveSettings } from '../core/settings.js';
import { seededRandom } from '../core/random.js';

/** Pieces of the sample corpus that synthetic pages are recombined from. */
export interface CorpusPieces {
  /** whole text pages, as lines */
  pages: string[][];
  /** whole HTML pages */
  html: string[];
}

/** Reads every .txt and .html page of a folder (JSONL and other files are left out). */
export function loadPieces(dir: string): CorpusPieces {
  const settings = resolveSettings();
  const pages: string[][] = [];
  const html: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const format = formatOfPath(f);
    if (format !== 'text' && format !== 'html') continue;
    const { text } = decodeBytes(readFileSync(join(dir, f)), settings, f);
    if (format === 'html') html.push(text);
    else pages.push(text.split('\n'));
  }
  if (!pages.length) throw new Error(`no .txt pages in ${dir} to build a benchmark corpus from`);
  return { pages, html };
}

/**
 * Synthetic page number `i`: the head of one sample page, body lines drawn from two others and
 * the tail (boilerplate) of a fourth, so pages differ but keep the sample's mix of article text
 * and page noise. Every tenth page is one of the HTML pages with a varied paragraph, and every
 * twentieth is encoded in windows-1256 so decoding is measured too.
 */
export function syntheticPage(i: number, pieces: CorpusPieces): RawInput {
  const r = seededRandom(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  if (pieces.html.length && i % 10 === 9) {
    const page = pick(pieces.html).replace('</body>', `<p>رقم الصفحة ${i}</p></body>`);
    return { source: `synthetic-${i}.html`, idHint: `synthetic-${i}`, format: 'html', bytes: Buffer.from(page, 'utf8'), given: {} };
  }
  const a = pick(pieces.pages);
  const b = pick(pieces.pages);
  const c = pick(pieces.pages);
  const head = a.slice(0, Math.min(6, a.length));
  const body = [...b.slice(6, 6 + Math.ceil((b.length - 6) / 2)), ...c.slice(6 + Math.floor((c.length - 6) / 2))];
  const tail = pick(pieces.pages).slice(-4);
  const text = [...head, ...body, `${i}`, ...tail].join('\n');
  const bytes = i % 20 === 7 ? iconv.encode(text.replace(/[^\u0000-\u00ff\u0600-\u06ff\s]/g, ' '), 'windows-1256') : Buffer.from(text, 'utf8');
  return { source: `synthetic-${i}.txt`, idHint: `synthetic-${i}`, format: 'text', bytes, given: {} };
}
