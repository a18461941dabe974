/**
 * The `rasid timex` line format: one input JSONL line `{"id", "text", "dct"}` becomes one output
 * line `{"id", "timexes": [{"text", "start", "end", "type", "value", "mod"}]}`, the format
 * `../shared/tools/score-timex.mjs` reads.
 */
import { tagTimexes, type TagTimexOptions } from './index.js';

/** One output record of `rasid timex`. */
export interface TimexRecord {
  id: string;
  timexes: { text: string; start: number; end: number; type: string; value: string; mod: string | null; freq?: string }[];
}

/** Tags one input record; `dct` may be missing or null (values then stay unanchored). */
export function timexRecord(input: { id?: unknown; text?: unknown; dct?: unknown }, options: TagTimexOptions = {}): TimexRecord {
  const text = typeof input.text === 'string' ? input.text : '';
  const dct = typeof input.dct === 'string' ? input.dct : null;
  const timexes = tagTimexes(text, dct, options).map((t) => {
    const out: TimexRecord['timexes'][number] = { text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, mod: t.mod };
    if (t.freq) out.freq = t.freq;
    return out;
  });
  return { id: String(input.id ?? ''), timexes };
}

/**
 * Maps one input JSONL line to one output JSONL line (no trailing newline). Throws on a line
 * that is not a JSON object, so the caller can report it with its line number.
 * `timexJsonlLine('{"id":"a","text":"أمس","dct":"2024-10-17"}')` →
 * `{"id":"a","timexes":[{"text":"أمس","start":0,"end":3,"type":"DATE","value":"2024-10-16","mod":null}]}`.
 */
export function timexJsonlLine(line: string, options: TagTimexOptions = {}): string {
  const parsed: unknown = JSON.parse(line);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('a timex input line must be a JSON object');
  return JSON.stringify(timexRecord(parsed as Record<string, unknown>, options));
}
