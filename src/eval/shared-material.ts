import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RasidError } from '../core/errors.js';

/** The project's root folder (this file sits two levels below it, in src/ or dist/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared evaluation material (seed articles, gold annotations, scorers), which lives beside a
 * checkout and is never copied into it. `RASID_SHARED` points elsewhere.
 */
export function sharedDir(): string {
  return process.env['RASID_SHARED'] ? resolve(process.env['RASID_SHARED']) : resolve(PROJECT_ROOT, '..', 'shared');
}

/** A path inside the shared material, or null when it is absent. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(sharedDir(), ...parts);
  return existsSync(p) ? p : null;
}

/** A path inside the shared material; throws E_SHARED_MISSING with a clear message when absent. */
export function requireShared(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) {
    throw new RasidError(
      'E_SHARED_MISSING',
      `${join(...parts)} was not found in ${sharedDir()}; evaluation needs the shared material beside the checkout (or RASID_SHARED=DIR)`,
    );
  }
  return p;
}

/** Why a test that needs the shared material is skipped, or null when it is present. */
export function sharedSkipReason(...parts: string[]): string | null {
  return sharedPath(...parts) ? null : `skipped: ${join(...parts)} is not present in ${sharedDir()} (a user's clone has no shared evaluation material)`;
}
