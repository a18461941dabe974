import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';
import { RasidError, asRasidError } from '../core/errors.js';
import type { Settings } from '../core/settings.js';
import { decodeBytes } from './decode.js';
import { jsonlToInputs } from './jsonl.js';
import type { RawInput } from './raw-input.js';
import { formatOfPath, isGzip, isSupportedPath } from './sniff.js';

/** Where inputs come from besides paths: the process's standard input, for `-`. */
export interface SourceOptions {
  settings: Settings;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** The record id of a file: its name without folders and without `.txt`, `.html`, `.gz` … */
export function fileStem(path: string): string {
  return basename(path).replace(/\.gz$/i, '').replace(/\.(txt|text|html?|xhtml|jsonl|ndjson)$/i, '');
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Every file below a folder that the ingester reads, sorted so runs are reproducible. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    // links are kept so that a dangling one is reported as unreadable, not silently passed over
    else if ((e.isFile() || e.isSymbolicLink()) && isSupportedPath(e.name)) out.push(p);
  }
  return out;
}

/** Expands paths, folders (recursively) and glob patterns into file paths; `-` stays as is. */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) files.push(...(await walk(p)));
    else if (st) files.push(p);
    else if (GLOB_CHARS.test(p)) {
      const hits = (await glob(p, { onlyFiles: true, dot: false })).sort();
      if (hits.length) files.push(...hits);
      else missing.push(p);
    } else missing.push(p);
  }
  return { files, missing };
}

async function readAll(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    size += b.length;
    if (size > limit) throw new RasidError('E_TOO_LARGE', `standard input is over ${limit} bytes`, 'stdin');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads a file's bytes, refusing oversized ones before reading and decompressing gzip. */
async function readBytes(path: string, settings: Settings): Promise<Uint8Array> {
  const limit = settings.ingest.maxInputBytes;
  const st = await stat(path);
  if (st.size > limit) throw new RasidError('E_TOO_LARGE', `the file is ${st.size} bytes, over the ${limit}-byte limit`, path);
  const bytes = await readFile(path);
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    const tooBig = err instanceof RangeError || /maxOutputLength|buffer/i.test(String(err));
    if (tooBig) throw new RasidError('E_TOO_LARGE', `the file decompresses to over ${limit} bytes`, path);
    throw new RasidError('E_DECODE', `the gzip data is corrupt: ${String(err)}`, path);
  }
}

/** True when content given on stdin is JSONL: every non-blank line is a JSON object. */
function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => l.trimStart().startsWith('{') && l.trimEnd().endsWith('}'));
}

/** Inputs of one file (many for JSONL); read errors become inputs that carry the error. */
async function inputsOfFile(path: string, opts: SourceOptions): Promise<RawInput[]> {
  const isStdin = path === '-';
  const source = isStdin ? 'stdin' : path;
  const stem = isStdin ? 'stdin' : fileStem(path);
  let bytes: Uint8Array;
  try {
    if (isStdin) {
      if (!opts.stdin) throw new RasidError('E_UNREADABLE', 'no standard input is available', 'stdin');
      bytes = await readAll(opts.stdin, opts.settings.ingest.maxInputBytes);
    } else bytes = await readBytes(path, opts.settings);
  } catch (err) {
    return [{ source, idHint: stem, format: null, given: {}, error: asRasidError(err, 'E_UNREADABLE', source) }];
  }
  let format = isStdin ? null : formatOfPath(path);
  if (format === 'jsonl' || (isStdin && bytes.length && bytes[0] === 0x7b)) {
    try {
      const { text } = decodeBytes(bytes, opts.settings, source);
      if (format === 'jsonl' || looksLikeJsonl(text)) return jsonlToInputs(text, source, stem);
      format = null;
    } catch (err) {
      return [{ source, idHint: stem, format: null, given: {}, error: asRasidError(err, 'E_DECODE', source) }];
    }
  }
  return [{ source, idHint: stem, format, bytes, given: {} }];
}

/**
 * All inputs named by `paths` (files, folders, globs, `-` for stdin), in order, one at a time.
 * Paths that match nothing yield an input carrying E_NOT_FOUND so the batch can report them.
 */
export async function* readInputs(paths: readonly string[], opts: SourceOptions): AsyncGenerator<RawInput> {
  const { files, missing } = await expandPaths(paths);
  for (const m of missing) {
    yield { source: m, idHint: fileStem(m), format: null, given: {}, error: new RasidError('E_NOT_FOUND', 'no such file, folder or matching pattern', m) };
  }
  for (const f of files) yield* await inputsOfFile(f, opts);
}
