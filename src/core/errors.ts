/**
 * Stable error codes. A code never changes meaning once released; each carries a hint saying
 * what the user can do about it.
 */
export const ERROR_CODES = {
  E_EMPTY: 'The input has no content. Check the file or the source that produced it.',
  E_BINARY: 'The input looks like binary data, not text or HTML. Pass text, HTML or JSONL pages.',
  E_DECODE: 'The input could not be decoded as text in any supported encoding (UTF-8, UTF-16, windows-1256, ISO-8859-6). Convert it to UTF-8.',
  E_TOO_LARGE: 'The input is larger than the size limit. Raise `maxInputBytes` in the settings or split the input.',
  E_UNREADABLE: 'The input could not be read (missing file, permissions, or an I/O error).',
  E_NOT_FOUND: 'No file matches this path or pattern.',
  E_UNSUPPORTED: 'This file type is not supported. Use .txt, .html, .htm or .jsonl.',
  E_JSONL_LINE: 'This JSONL line is not a JSON object with a `text` or `html` field.',
  E_CONLL_LINE: 'This CoNLL line has no token in its first column. Write one token a line, columns separated by tabs, a blank line between sentences.',
  E_NO_TEXT: 'No article text was found in the input.',
  E_STAGE: 'A pipeline stage failed on this document. The document is reported and the batch goes on.',
  E_STORE: 'The store could not be opened or written. Check the --db path and its permissions, or that the PostgreSQL server is reachable.',
  E_USAGE: 'The command was called with wrong arguments. See --help.',
  E_EVAL_FLOOR: 'A score fell below its pinned floor.',
  E_SHARED_MISSING: 'The shared evaluation material is not present beside this checkout.',
  E_VALIDATION: 'The request has a missing or invalid parameter or body field; `details` says which.',
  E_UNAUTHORIZED: 'Writing needs the API token: send `Authorization: Bearer TOKEN` (the token `rasid serve` printed, or $RASID_API_TOKEN).',
  E_UNKNOWN_ID: 'Nothing is stored under this id. List the collection to find the ids that exist.',
  E_UNSUPPORTED_TYPE: 'This content type is not accepted. Send application/json, text/plain, text/html or application/x-ndjson.',
  E_INTERNAL: 'An internal error (a bug). Please report it with the message.',
} as const;

/** A stable error code, e.g. `E_BINARY`. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable code, the thing it concerns, and a hint saying what to do. */
export class RasidError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  /** the input, document or setting it concerns */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RasidError';
    this.code = code;
    this.hint = ERROR_CODES[code];
    this.subject = subject;
  }

  /** A plain object for JSON output. */
  toJSON(): { code: ErrorCode; message: string; subject: string | null; hint: string } {
    return { code: this.code, message: this.message, subject: this.subject ?? null, hint: this.hint };
  }
}

/** Wraps anything thrown into a RasidError with the given fallback code. */
export function asRasidError(err: unknown, fallback: ErrorCode, subject?: string): RasidError {
  if (err instanceof RasidError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new RasidError(fallback, message, subject, { cause: err });
}
