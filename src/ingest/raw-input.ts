import type { InputFormat } from '../core/document.js';
import type { RasidError } from '../core/errors.js';

/** Values a source states about a page (JSONL fields, or nothing for plain files). */
export interface GivenMeta {
  url?: string;
  published?: string;
  outlet?: string;
  title?: string;
}

/**
 * One input before decoding: the bytes of a file, or the text or HTML of a JSONL line.
 * An input that could not even be read carries its error instead.
 */
export interface RawInput {
  /** a path, `path:line` for JSONL lines, or `stdin` */
  source: string;
  /** the id the record will have: the file stem, or the JSONL `id` */
  idHint: string;
  /** null when the format must be sniffed from the content */
  format: InputFormat | null;
  bytes?: Uint8Array;
  text?: string;
  given: GivenMeta;
  error?: RasidError;
}
