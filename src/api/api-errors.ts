import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RasidError, type ErrorCode } from '../core/errors.js';

/** The HTTP status of each error code the API answers with; any other code is a 400 or a 500. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_VALIDATION: 400,
  E_USAGE: 400,
  E_UNAUTHORIZED: 401,
  E_UNKNOWN_ID: 404,
  E_TOO_LARGE: 413,
  E_UNSUPPORTED_TYPE: 415,
  E_STORE: 500,
  E_INTERNAL: 500,
};

/** The JSON error body of the contract: `{"error": {"code", "message", "details"?}}`. */
export function errorBody(code: string, message: string, details?: unknown): { error: { code: string; message: string; details?: unknown } } {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** An error response; `status` defaults to the code's. */
export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown, status?: ContentfulStatusCode): Response {
  return c.json(errorBody(code, message, details), status ?? STATUS[code] ?? 400);
}

/**
 * Anything thrown by a handler as a JSON error. A RasidError keeps its code (a bad date filter
 * the store refuses is E_USAGE, a 400); anything else is an internal error whose message is not
 * shown, so that no stack or SQL leaks to the client.
 */
export function thrownResponse(c: Context, err: unknown): Response {
  if (err instanceof RasidError) {
    // a value the store refuses (a date like 2023-13) is a bad parameter, as zod would say
    if (err.code === 'E_USAGE') return errorResponse(c, 'E_VALIDATION', err.message);
    const status = STATUS[err.code] ?? 400;
    // a store failure says what failed, not the SQL around it
    return errorResponse(c, err.code, status === 500 ? 'the store could not answer' : err.message, undefined, status);
  }
  // a malformed escape in the address (`%E0%A4%A`) is the client's error, not ours
  if (err instanceof URIError) return errorResponse(c, 'E_VALIDATION', 'the address has a malformed escape');
  return errorResponse(c, 'E_INTERNAL', 'internal error');
}
