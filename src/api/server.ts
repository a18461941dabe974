import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Pipeline } from '../core/pipeline.js';
import { RasidError } from '../core/errors.js';
import type { Settings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';

/** Where the web app is built (src/web/build-static.mjs writes it there). */
export const DEFAULT_STATIC_DIR = join(PROJECT_ROOT, 'dist', 'web');

/** The version in package.json, shown by /api/health. */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The write token: given, else $RASID_API_TOKEN, else a new random one (`generated` says so, so it can be shown). */
export function resolveToken(given: string | undefined): { token: string; generated: boolean } {
  const fromEnv = process.env['RASID_API_TOKEN']?.trim();
  if (given?.trim()) return { token: given.trim(), generated: false };
  if (fromEnv) return { token: fromEnv, generated: false };
  return { token: randomBytes(24).toString('base64url'), generated: true };
}

export interface ServeOptions {
  store: Store;
  settings: Settings;
  pipeline: Pipeline;
  host: string;
  port: number;
  token: string;
  staticDir: string | null;
}

/** A listening server: its URL, and how to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; rejects with E_USAGE when the address cannot be used (a port taken). */
export function startServer(o: ServeOptions): Promise<RunningServer> {
  const app = createApp({ store: o.store, settings: o.settings, pipeline: o.pipeline, token: o.token, staticDir: o.staticDir, version: packageVersion() });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new RasidError('E_USAGE', err.code === 'EADDRINUSE' ? `port ${o.port} on ${o.host} is already in use: choose another with --port` : `cannot listen on ${o.host}:${o.port}: ${err.message}`));
    });
  });
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
export function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => () => resolve(signal);
    process.once('SIGINT', stop('SIGINT'));
    process.once('SIGTERM', stop('SIGTERM'));
  });
}
