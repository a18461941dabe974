import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, sharedSkipReason, sharedPath } from '../src/eval/shared-material.js';

/** Runs the built `rasid` command (npm test builds it first). */
function rasid(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'rasid.js'), ...args], { encoding: 'utf8', input, cwd: PROJECT_ROOT, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REQUIRED = ['id', 'source', 'segment_of', 'title', 'published', 'outlet', 'author', 'language', 'text', 'timexes', 'entities', 'events'];

describe('rasid (the command)', () => {
  it('prints help for every command and exits 0', () => {
    for (const cmd of [[], ['ingest'], ['extract'], ['eval'], ['bench'], ['stages'], ['start'], ['explain'], ['timex'], ['entities'], ['events'], ['timeline'], ['ner']]) {
      const r = rasid([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: rasid');
    }
  });

  it('exits 2 on an unknown command or option', () => {
    expect(rasid(['frobnicate']).code).toBe(2);
    expect(rasid(['extract', '--no-such-option']).code).toBe(2);
    expect(rasid(['extract', '--disable', 'no-such-stage', 'x.txt']).code).toBe(2);
  });

  it('tags a CoNLL stream with named entities, keeping every line and appending the tag', () => {
    const input = 'قال\tO\nالرئيس\tO\nجورج\tB-PERS\nبوش\tI-PERS\nفي\tO\nواشنطن\tB-LOC\n.\tO\n\nوأكد\tO\nبوش\tB-PERS\n';
    const r = rasid(['ner'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(input.split('\n').length);
    expect(lines.slice(0, 7).map((l) => l.split('\t'))).toEqual([
      ['قال', 'O', 'O'], ['الرئيس', 'O', 'O'], ['جورج', 'B-PERS', 'B-PERS'], ['بوش', 'I-PERS', 'I-PERS'], ['في', 'O', 'O'], ['واشنطن', 'B-LOC', 'B-LOC'], ['.', 'O', 'O'],
    ]);
    expect(lines[7]).toBe('');
    expect(lines[9]).toBe('بوش\tB-PERS\tB-PERS');
  });

  it('rejects bad CoNLL input with a stable code', () => {
    expect(rasid(['ner'], '\tB-PERS\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('E_CONLL_LINE stdin line 1') });
    expect(rasid(['ner'], '\n\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('E_EMPTY') });
    expect(rasid(['ner'], 'a\u0000b\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('E_BINARY') });
    expect(rasid(['ner', join('test', 'no-such-file.conll')])).toMatchObject({ code: 5, stderr: expect.stringContaining('E_NOT_FOUND') });
    expect(rasid(['ner', '--model', join('test', 'no-such-model.json')], 'قال\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('E_UNREADABLE') });
  });

  it('extracts records from stdin', () => {
    const r = rasid(['extract', '-q'], 'استقبل الرئيس أمس وزير الدفاع.\n');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec.text).toBe('استقبل الرئيس أمس وزير الدفاع.');
  });

  it('reports each bad input with its code and exits 1 when some failed', () => {
    const r = rasid(['extract', join('test', 'fixtures', 'ingest', 'mixed')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(9);
    for (const code of ['E_EMPTY', 'E_BINARY', 'E_DECODE', 'E_JSONL_LINE']) expect(r.stderr).toContain(code);
    expect(r.stderr).toMatch(/16 inputs: 9 written \(9 documents\), 0 duplicates, 7 failed/);
  });

  it('ingests into a store, reports bad inputs, and resumes without storing twice', () => {
    const db = mkdtempSync(join(tmpdir(), 'rasid-cli-db-'));
    const first = rasid(['ingest', '--db', db, '--json', '-q', join('test', 'fixtures', 'ingest', 'mixed')]);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toMatchObject({ inputs: 16, stored: 9, duplicates: 0, failed: 7 });
    const again = rasid(['ingest', '--db', db, '--json', '-q', join('test', 'fixtures', 'ingest', 'mixed', 'good-utf8.txt'), join('test', 'fixtures', 'ingest', 'mixed', 'nested')]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ inputs: 3, stored: 0, duplicates: 3, failed: 0 });
  });

  const skip = sharedSkipReason('corpus', 'seeds');
  it.skipIf(skip !== null)(`writes one valid record per seed article${skip ? ` (${skip})` : ''}`, () => {
    const seeds = sharedPath('corpus', 'seeds')!;
    const files = ['000_a568cd2dd31a5b2a', '001_cae385476cb3fbcb', '002_2c409103e379b452', '003_fd7b72f949ded381', '004_9f143ea6d906db7a'];
    const r = rasid(['extract', '-q', ...files.map((f) => join(seeds, `${f}.txt`))]);
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs.filter((x) => x['segment_of'] === null).map((x) => x['id'])).toEqual(files);
    for (const rec of recs) for (const f of REQUIRED) expect(rec).toHaveProperty(f);
  });
});
