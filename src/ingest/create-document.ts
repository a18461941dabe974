import { createHash } from 'node:crypto';
import { emptyLayers, type InputFormat, type NewsDocument } from '../core/document.js';
import { RasidError } from '../core/errors.js';
import { OffsetMap } from '../core/offset-map.js';
import type { Settings } from '../core/settings.js';
import { decodeBytes } from './decode.js';
import type { RawInput } from './raw-input.js';
import { controlShare, looksLikeHtml } from './sniff.js';

function publishedOf(given: string | undefined): NewsDocument['meta']['published'] {
  const value = given ? isoStampValue(given) : null;
  return value ? { value, basis: 'metadata' } : { value: null, basis: 'none' };
}

/** sha256 of a string's UTF-8 bytes, hex: the content identity of a page. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * An ISO 8601 stamp as a TIMEX3 value at the precision it gives, in the local time it states
 * (`2023-12-07T11:00:00+01:00` → `2023-12-07T11:00`, `2023-12-07` → `2023-12-07`); null when
 * the value is not ISO 8601.
 */
export function isoStampValue(s: string): string | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (mo && (+mo < 1 || +mo > 12)) return null;
  if (d && (+d < 1 || +d > 31)) return null;
  return h ? `${y}-${mo}-${d}T${h}:${mi}` : d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y!;
}

/**
 * Decodes an input and makes the document the pipeline starts from: `raw` is the decoded page,
 * `text` starts as the raw text (the cleaning stage replaces it), metadata holds what the source
 * stated. Throws RasidError when the input cannot become a document.
 */
export function createDocument(input: RawInput, settings: Settings): NewsDocument {
  if (input.error) throw input.error;
  let raw: string;
  let encoding: string;
  if (input.text !== undefined) {
    raw = input.text.replace(/^\uFEFF/, '').normalize('NFC');
    encoding = 'utf-8';
    if (raw.trim() === '') throw new RasidError('E_EMPTY', 'the input has no visible text', input.source);
    if (raw.length > settings.ingest.maxInputBytes) {
      throw new RasidError('E_TOO_LARGE', `the text is over the ${settings.ingest.maxInputBytes}-character limit`, input.source);
    }
    if (controlShare(raw) > settings.ingest.maxControlShare) throw new RasidError('E_BINARY', 'the text looks binary', input.source);
  } else if (input.bytes) {
    ({ text: raw, encoding } = decodeBytes(input.bytes, settings, input.source));
  } else {
    throw new RasidError('E_EMPTY', 'the input has no content', input.source);
  }
  // CRLF and lone CR become LF so line-based cleaning sees one convention; the offset map
  // makes raw positions exact again, so this is the only change ever made to `raw`.
  raw = raw.replace(/\r\n?/g, '\n');
  const format: InputFormat = input.format ?? (looksLikeHtml(raw) ? 'html' : 'text');
  const given = input.given;
  // a stated date that is not ISO 8601 is left for the temporal stage to read as a date line
  const stated = given.published && !isoStampValue(given.published) ? given.published : null;
  return {
    id: input.idHint,
    hash: contentHash(raw),
    source: input.source,
    format,
    raw,
    encoding,
    text: raw,
    offsets: OffsetMap.identity(raw.length),
    meta: {
      title: given.title ?? null,
      published: publishedOf(given.published),
      outlet: given.outlet ?? null,
      author: null,
      url: given.url ?? null,
      language: 'ar',
      dateLines: stated ? [{ text: stated, start: 0, end: 0 }] : [],
    },
    segmentOf: null,
    layers: emptyLayers(),
    warnings: [],
  };
}
