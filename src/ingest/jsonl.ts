import { RasidError } from '../core/errors.js';
import type { GivenMeta, RawInput } from './raw-input.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * Parses one JSONL line into an input: an object with `text` or `html`, and optionally `id`,
 * `url`, `published`, `outlet`, `title`. A bad line becomes an input carrying E_JSONL_LINE.
 */
export function jsonlLineToInput(line: string, source: string, fallbackId: string): RawInput {
  const given: GivenMeta = {};
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { source, idHint: fallbackId, format: null, given, error: new RasidError('E_JSONL_LINE', `not JSON: ${msg}`, source) };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { source, idHint: fallbackId, format: null, given, error: new RasidError('E_JSONL_LINE', 'the line is not a JSON object', source) };
  }
  const o = obj as Record<string, unknown>;
  const html = str(o['html']);
  const text = str(o['text']);
  const id = str(o['id']) ?? (typeof o['id'] === 'number' ? String(o['id']) : undefined);
  for (const k of ['url', 'published', 'outlet', 'title'] as const) {
    const v = str(o[k]);
    if (v) given[k] = v;
  }
  const idHint = id ?? fallbackId;
  if (html === undefined && text === undefined) {
    return { source, idHint, format: null, given, error: new RasidError('E_JSONL_LINE', 'the object has no non-empty `text` or `html` field', source) };
  }
  return html !== undefined ? { source, idHint, format: 'html', text: html, given } : { source, idHint, format: 'text', text: text!, given };
}

/** Splits JSONL content into inputs, one per non-blank line, ids defaulting to `stem-lineNo`. */
export function jsonlToInputs(content: string, path: string, stem: string): RawInput[] {
  const out: RawInput[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    out.push(jsonlLineToInput(line, `${path}:${i + 1}`, `${stem}-${i + 1}`));
  }
  return out;
}
