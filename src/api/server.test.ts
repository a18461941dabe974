import { afterEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { openStore } from '../store/index.js';
import { resolveToken, startServer } from './server.js';

describe('the HTTP server', () => {
  const saved = process.env['RASID_API_TOKEN'];
  afterEach(() => {
    if (saved === undefined) delete process.env['RASID_API_TOKEN'];
    else process.env['RASID_API_TOKEN'] = saved;
  });

  it('takes the token given, else the environment, else makes one', () => {
    process.env['RASID_API_TOKEN'] = 'from-env';
    expect(resolveToken('given')).toEqual({ token: 'given', generated: false });
    expect(resolveToken(undefined)).toEqual({ token: 'from-env', generated: false });
    delete process.env['RASID_API_TOKEN'];
    const made = resolveToken(undefined);
    expect(made.generated).toBe(true);
    expect(made.token).toMatch(/^[\w-]{32}$/);
    expect(resolveToken(undefined).token).not.toBe(made.token);
  });

  it('listens on a port, answers over HTTP, refuses a port in use, and stops', async () => {
    const store = await openStore('memory://');
    try {
      const o = { store, settings: resolveSettings(), pipeline: defaultPipeline(), host: '127.0.0.1', port: 0, token: 't', staticDir: null };
      const server = await startServer(o);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await res.json()).toMatchObject({ ok: true, documents: 0 });
      const port = Number(new URL(server.url).port);
      await expect(startServer({ ...o, port })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/in use/) });
      await server.close();
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    } finally {
      await store.close();
    }
  });
});
