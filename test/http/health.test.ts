import { migrationsList } from '../../migrations';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/http';

describe('HTTP: health, readiness, GraphiQL, GraphQL', () => {
  let t: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startTestServer(t.db, t.config);
  });
  afterAll(async () => {
    await server.stop();
    await t.drop();
  });

  it('GET /healthz answers while the process is up', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect((await res.json()) as any).toEqual({ status: 'ok' });
  });

  it('GET /readyz is ready when the database answers and migrations are current, and 503 when one is pending', async () => {
    const ok = await fetch(`${server.url}/readyz`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).status).toBe('ready');
    await sql(t.db, `delete from mikro_orm_migrations`);
    const pending = await fetch(`${server.url}/readyz`);
    expect(pending.status).toBe(503);
    expect(((await pending.json()) as any).pendingMigrations).toEqual(migrationsList.map((m) => m.name));
    await sql(t.db, `insert into mikro_orm_migrations (name) values ('Migration20261129000000_workforce_model')`);
  });

  it('GET /graphql in a browser serves GraphiQL from the package, assets included (no CDN)', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('GraphiQL');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.every((s) => s.startsWith('/'))).toBe(true);
    for (const asset of scripts) {
      const res = await fetch(`${server.url}${asset}`);
      expect(`${asset} ${res.status}`).toBe(`${asset} 200`);
    }
  });

  it('POST /graphql answers a query, and maps hub errors to their code', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code label } }' }),
    });
    expect(((await res.json()) as any).data.regions).toHaveLength(9);
    const bad = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ codeList(name: "x") { code } }' }),
    });
    const body = (await bad.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_INPUT');
    expect(body.errors[0].message).toMatch(/Unknown code list "x"/);
  });
});
