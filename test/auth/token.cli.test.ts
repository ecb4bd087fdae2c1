import { viewerForToken } from '../../src/auth/token.service';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { runCli } from '../returns/support/cli-process';

// each command is a child process opening the database: allow for a loaded machine
jest.setTimeout(240_000);

/** `wfhub token create|list|revoke`, the built CLI against a test database (npm test builds it first). */
describe('wfhub token', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  const wfhub = async (...args: string[]) => runCli(t, ['token', ...args]).done;

  it('create prints the token once on standard output, the rest on standard error', async () => {
    const r = await wfhub('create', '--role', 'provider', '--provider', 'acme', '--name', 'Acme uploads', '--expires', '90');
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^wfh_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).toMatch(/Created provider token \d+ for provider acme, expires \d{4}-\d\d-\d\d/);
    expect(r.stderr).toMatch(/not shown again/);
    expect(await viewerForToken(t.db, token)).toMatchObject({ role: 'provider', providerKey: 'acme', name: 'Acme uploads' });
    const [entry] = await sql(t.db, `select actor, action, provider_key from audit_log where action = 'TOKEN_CREATED'`);
    expect(entry).toMatchObject({ actor: expect.stringMatching(/^cli:/), provider_key: 'acme' });
  });

  it('list shows id, role, provider, name, dates and last use, never a secret; revoke stops the token', async () => {
    const created = await wfhub('create', '--role', 'analyst', '--name', 'County analyst');
    const token = created.stdout.trim();
    await viewerForToken(t.db, token);
    const list = await wfhub('list');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0].split(/\s{2,}/)).toEqual(['id', 'role', 'provider', 'name', 'created', 'expires', 'revoked', 'last used']);
    expect(list.stdout).toMatch(/analyst\s+-\s+County analyst/);
    expect(list.stdout).not.toMatch(/wfh_/);
    const json = JSON.parse((await wfhub('list', '--json')).stdout) as any[];
    const analyst = json.find((x) => x.name === 'County analyst');
    expect(analyst.lastUsedAt).not.toBeNull();
    const revoke = await wfhub('revoke', String(analyst.id));
    expect(revoke.code).toBe(0);
    expect(revoke.stderr).toMatch(/Revoked analyst token \d+ \(County analyst\)/);
    await expect(viewerForToken(t.db, token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses bad input with a usage error and creates nothing', async () => {
    const before = (await sql(t.db, 'select id from api_token')).length;
    const noRole = await wfhub('create');
    expect(noRole.code).toBe(2);
    const badRole = await wfhub('create', '--role', 'root');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/Allowed choices are admin, provider, analyst, bi/);
    const unbound = await wfhub('create', '--role', 'provider');
    expect(unbound.code).toBe(2);
    expect(unbound.stderr).toMatch(/needs --provider/);
    const missing = await wfhub('revoke', '99999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/NOT_FOUND.*No token 99999/);
    expect((await sql(t.db, 'select id from api_token')).length).toBe(before);
  });
});
