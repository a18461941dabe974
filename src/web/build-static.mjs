// Copies the web app's static files (index.html, CSS, icon) and the Arabic message catalogue
// next to the compiled modules in dist/web, so the server can serve one folder.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'dist', 'web');
mkdirSync(join(out, 'messages'), { recursive: true });
for (const name of readdirSync(join(here, 'static'))) copyFileSync(join(here, 'static', name), join(out, name));
copyFileSync(join(here, '..', 'lang', 'ar', 'web-messages.json'), join(out, 'messages', 'ar.json'));
