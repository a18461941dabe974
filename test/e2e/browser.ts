/**
 * The system's Chromium, driven by playwright-core (which never downloads a browser). Locally the
 * end-to-end tests are skipped with a message when Chromium is missing; under CI (`CI` set) a
 * missing Chromium is a failure, since .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `RASID_CHROMIUM` points elsewhere. */
export const CHROMIUM = process.env['RASID_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags for a headless run in a container: no sandbox (root), no GPU, no /dev/shm limits, no calls home. */
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];

/**
 * Why the browser tests cannot run here, or null when they can. Throws under CI: there the
 * browser is part of the machine (.ci/run installs it), so its absence is a broken setup.
 */
export function chromiumSkipReason(path: string = CHROMIUM, env: NodeJS.ProcessEnv = process.env): string | null {
  if (existsSync(path)) return null;
  const reason = `${path} is not installed (apt-get install -y chromium); the end-to-end tests of the web app need it`;
  if (env['CI']) throw new Error(`CI: ${reason}`);
  return `skipped: ${reason}`;
}

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
