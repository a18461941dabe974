/**
 * The real server for the end-to-end tests: `rasid start` (what `npm start` runs) ingests the
 * sample corpus into a temporary PGlite store, then serves it on a free loopback port with a
 * known token. It runs as the built command (npm test builds first), as a user starts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/eval/shared-material.js';

/** A running server: its address, the write token, and how to stop it. */
export interface RunningServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

const RASID = join(PROJECT_ROOT, 'bin', 'rasid.js');

/** A port nobody listens on right now (the kernel's choice), on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until the server answers; ingestion comes first, which takes seconds on a loaded machine. */
async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 150_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`rasid start exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`rasid start did not answer within ${timeoutMs} ms:\n${output()}`);
}

/** Ingests the sample corpus into a new store and serves it; `stop()` ends the server and deletes the store. */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-e2e-'));
  const db = join(dir, 'db');
  const env = { ...process.env, RASID_DB: db, RASID_DATABASE_URL: '', RASID_API_TOKEN: '' };
  const port = await freePort();
  const token = `e2e-${process.pid}-${Date.now()}`;
  const child = spawn(process.execPath, [RASID, 'start', '--db', db, '--host', '127.0.0.1', '--port', String(port), '--token', token], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => out);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, token, stop };
}
