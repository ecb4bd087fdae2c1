import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/http';
import { bearer, createTestToken } from '../support/tokens';

describe('viewer: who the token speaks for', () => {
  let t: TestDatabase;
  let server: TestServer;
  const ask = async (headers: Record<string, string>) => {
    const res = await fetch(`${server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ viewer { role providerKey name } }' }) });
    return { status: res.status, body: await res.json() as any };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startTestServer(t.db, t.config);
  });
  afterAll(async () => {
    await server.stop();
    await t.drop();
  });

  it('answers with the role, provider key and name of the token', async () => {
    const provider = await createTestToken(t.db, 'provider', { provider: 'acme', name: 'Acme uploads' });
    expect((await ask(bearer(provider))).body.data.viewer).toEqual({ role: 'provider', providerKey: 'acme', name: 'Acme uploads' });
    const analyst = await createTestToken(t.db, 'analyst', { name: 'County analyst' });
    expect((await ask(bearer(analyst))).body.data.viewer).toEqual({ role: 'analyst', providerKey: null, name: 'County analyst' });
  });

  it('refuses a caller without a valid token', async () => {
    const none = await ask({});
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await ask(bearer('wfh_not_a_token'))).status).toBe(401);
  });
});
