import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

/** MIME types of the files a built web app holds; anything else is served as bytes. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The MIME type of a file name, e.g. `app.js` → `text/javascript; charset=utf-8`. */
export function mimeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built web app from `root`: a file when the path names one inside the folder, else
 * `index.html` for a client route (a path without a file extension), else 404. A path that
 * would leave the folder (`..`, encoded or not) is refused as not found.
 */
export async function serveStatic(c: Context, root: string): Promise<Response> {
  const base = resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.text('not found', 404);
  }
  if (rel.includes('\u0000')) return c.text('not found', 404);
  const path = resolve(base, normalize(`.${sep}${rel}`));
  if (path !== base && !path.startsWith(base + sep)) return c.text('not found', 404);
  const direct = rel.endsWith('/') ? null : await fileAt(path);
  if (direct) return send(c, direct, path);
  if (extname(rel) === '') {
    const index = await fileAt(join(base, 'index.html'));
    if (index) return send(c, index, 'index.html', 'no-cache');
    return c.text('The web app is not built: run `npm run build`. The API is under /api/ (see /api/docs).', 404);
  }
  return c.text('not found', 404);
}

function send(c: Context, body: Buffer, name: string, cache?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': mimeOf(name) };
  if (cache) headers['Cache-Control'] = cache;
  return c.body(new Uint8Array(body), 200, headers);
}
