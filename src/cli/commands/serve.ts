import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import { DEFAULT_STATIC_DIR, resolveToken, startServer, untilStopped } from '../../api/server.js';
import { defaultDataFolder, defaultDbPath, openStore, redactPassword, type Store } from '../../store/index.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { Settings } from '../../core/settings.js';
import { EXIT } from '../exit-codes.js';
import { pipelineFor } from '../common.js';

/** The options `serve` and `start` share. */
export interface ServeFlags {
  port: string;
  host: string;
  token?: string;
  static?: string;
}

/** Adds the server options to a command. */
export function withServeOptions(c: Command): Command {
  return c
    .option('--port <n>', 'the port to listen on', '8600')
    .option('--host <host>', 'the address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--token <token>', 'the token writes need (default: $RASID_API_TOKEN, else a new one, printed)')
    .option('--static <dir>', `the built web app to serve at / (default: ${DEFAULT_STATIC_DIR})`);
}

function portOf(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RasidError('E_USAGE', `--port must be a whole number from 0 to 65535, not ${value}`);
  return port;
}

/** Serves `store` until the process is stopped, printing the URL and, when it was made here, the token. */
export async function serveUntilStopped(store: Store, db: string, flags: ServeFlags, pipeline: Pipeline, settings: Settings): Promise<void> {
  const { token, generated } = resolveToken(flags.token);
  const server = await startServer({
    store, settings, pipeline, host: flags.host, port: portOf(flags.port), token, staticDir: flags.static ?? DEFAULT_STATIC_DIR,
  });
  process.stdout.write(`Rasid is serving ${redactPassword(db)} at ${server.url}/\n  API: ${server.url}/api/ (reference: ${server.url}/api/docs)\n`);
  if (generated) process.stdout.write(`  write token (for POST /api/documents): ${token}\n`);
  process.stdout.write('  Ctrl-C stops it.\n');
  await untilStopped();
  await server.close();
}

/** `rasid serve`: the HTTP API and the web app over a store. */
export function registerServe(program: Command, setExit: (code: number) => void): void {
  withServeOptions(program.command('serve').description('serve the HTTP API and the web app over the store'))
    .option('--db <path|url>', `the store: a PGlite data folder or a postgres:// server URL (default: $RASID_DATABASE_URL, else $RASID_DB, else ${defaultDataFolder()})`)
    .addHelpText('after', '\nExamples:\n  rasid serve\n  rasid serve --port 9000 --db ./archive-db\n  RASID_API_TOKEN=secret rasid serve --host 0.0.0.0')
    .action(async (opts: ServeFlags & { db?: string }) => {
      portOf(opts.port);
      const { pipeline, settings } = pipelineFor({});
      const db = opts.db ?? defaultDbPath();
      const store = await openStore(db);
      try {
        await serveUntilStopped(store, db, opts, pipeline, settings);
        setExit(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}
