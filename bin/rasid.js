#!/usr/bin/env node
// The `rasid` command: runs the compiled CLI (npm ci builds it through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('rasid: the compiled code is missing; run `npm run build` (npm ci does it for you).');
  process.exit(70);
}
// A closed pipe (`rasid extract … | head`) is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
