import { mkdtempSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { runBatch } from '../process/run-batch.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { fileStem, readInputs } from './sources.js';
import type { RawInput } from './raw-input.js';

const MIXED = join(PROJECT_ROOT, 'test', 'fixtures', 'ingest', 'mixed');

async function collect(it: AsyncIterable<RawInput>): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('readInputs', () => {
  it('walks folders recursively, in order, skipping unsupported files', async () => {
    const inputs = await collect(readInputs([MIXED], { settings: resolveSettings() }));
    const names = inputs.map((i) => i.idHint);
    expect(names).toContain('good-iso8859-6');
    expect(names).toContain('good-page');
    expect(names).not.toContain('ignored');
    expect(inputs.filter((i) => i.source.includes('pages.jsonl:'))).toHaveLength(4);
  });

  it('expands globs and reports paths that match nothing', async () => {
    const inputs = await collect(readInputs([join(MIXED, 'good-*.txt'), join(MIXED, 'nothing-*.txt')], { settings: resolveSettings() }));
    expect(inputs.filter((i) => !i.error).map((i) => i.idHint)).toEqual(['good-bom', 'good-cp1256', 'good-utf16be-nobom', 'good-utf16le', 'good-utf8']);
    expect(inputs.find((i) => i.error)?.error?.code).toBe('E_NOT_FOUND');
  });

  it('reads stdin, sniffing JSONL', async () => {
    async function* stdin(): AsyncGenerator<string> {
      yield '{"id":"a","text":"نص أول"}\n{"id":"b","text":"نص ثان"}\n';
    }
    const inputs = await collect(readInputs(['-'], { settings: resolveSettings(), stdin: stdin() }));
    expect(inputs.map((i) => [i.idHint, i.text])).toEqual([['a', 'نص أول'], ['b', 'نص ثان']]);
  });

  it('names records by file stem', () => {
    expect(fileStem('a/b/000_x.txt')).toBe('000_x');
    expect(fileStem('page.html.gz')).toBe('page');
  });
});

describe('a batch over bad inputs', () => {
  it('stores the good ones, reports each bad one with its code, and balances', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-mixed-'));
    cpSync(MIXED, dir, { recursive: true });
    writeFileSync(join(dir, 'huge.txt'), 'ا'.repeat(6000));
    symlinkSync(join(dir, 'does-not-exist.txt'), join(dir, 'dangling.txt'));
    writeFileSync(join(dir, 'copy-of-utf8.txt'), (await import('node:fs')).readFileSync(join(MIXED, 'good-utf8.txt')));
    const settings = resolveSettings({ ingest: { maxInputBytes: 5000 } });
    const seen = new Set<string>();
    const summary = await runBatch(readInputs([dir], { settings }), defaultPipeline(), { settings }, {
      isDuplicate: (h) => seen.has(h),
      keep: (o) => void seen.add(o.documents[0]!.hash),
    });
    const codes = Object.fromEntries(summary.failures.map((f) => [f.source.replace(dir + '/', ''), f.code]));
    expect(codes).toEqual({
      'blank.txt': 'E_EMPTY',
      'control-chars.txt': 'E_BINARY',
      'dangling.txt': 'E_UNREADABLE',
      'empty.txt': 'E_EMPTY',
      'huge.txt': 'E_TOO_LARGE',
      'pages.jsonl:2': 'E_JSONL_LINE',
      'pages.jsonl:3': 'E_JSONL_LINE',
      'picture.txt': 'E_BINARY',
      'undecodable.txt': 'E_DECODE',
    });
    expect(summary.stored).toBe(9);
    expect(summary.duplicates).toBe(1);
    expect(summary.balanced).toBe(true);
    expect(summary.inputs).toBe(19);
  });
});
