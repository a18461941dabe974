import { RasidError } from '../core/errors.js';

/**
 * Checks CoNLL text before tagging, so a wrong file fails with a stable code and the line at
 * fault instead of tags for garbage: `checkConll(text, 'test.conll')` throws E_EMPTY (no token
 * at all), E_BINARY (NUL or other control characters: not a text file), E_DECODE (bytes that
 * are not UTF-8) or E_CONLL_LINE (a line whose first column is empty).
 */
export function checkConll(text: string, source: string): void {
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new RasidError('E_BINARY', `${source} holds control characters: not a CoNLL text file`, source);
  if (text.includes('\ufffd')) throw new RasidError('E_DECODE', `${source} is not valid UTF-8`, source);
  const lines = text.split('\n');
  let tokens = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const first = line.includes('\t') ? line.slice(0, line.indexOf('\t')) : line.trim();
    if (first.trim() === '') throw new RasidError('E_CONLL_LINE', `${source} line ${i + 1}: no token in the first column`, source);
    tokens++;
  }
  if (tokens === 0) throw new RasidError('E_EMPTY', `${source} has no tokens`, source);
}
