import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { webPagesRoutes } from '../../src/http/web-pages';

/** The pages' routes on their own, over a built folder made here (the browser tests use the real build). */
describe('webPagesRoutes', () => {
  const servers: Server[] = [];
  const serve = async (dir: string) => {
    const app = express();
    app.use(webPagesRoutes({ dir }));
    app.use((_req, res) => { res.status(418).json({ passedOn: true }); });
    const server = await new Promise<Server>((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  };
  const html = { headers: { Accept: 'text/html,application/xhtml+xml' } };
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  const built = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wfhub-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Workforce Hub</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    return dir;
  };

  it('answers / and any page path with the app, never cached, and hashed assets for a year', async () => {
    const url = await serve(built());
    for (const path of ['/', '/upload', '/dashboard/anything']) {
      const res = await fetch(`${url}${path}`, html);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Workforce Hub</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    const js = await fetch(`${url}/assets/index-abc123.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${url}/assets/missing.js`, html)).status).toBe(404);
  });

  it('passes API paths and non-HTML requests on', async () => {
    const url = await serve(built());
    for (const path of ['/api/returns', '/graphql', '/_graphiql/react/x.js', '/healthz', '/readyz']) {
      expect((await fetch(`${url}${path}`, html)).status).toBe(418);
    }
    expect((await fetch(`${url}/upload`, { headers: { Accept: 'application/json' } })).status).toBe(418);
  });

  it('says how to build the pages when they are not built', async () => {
    const url = await serve(join(tmpdir(), 'wfhub-web-not-built-here'));
    const res = await fetch(`${url}/`, html);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
