import { readFileSync, statSync } from 'node:fs';
import { ensureFirstAdminToken } from '../../src/auth/first-admin-token';
import { viewerForToken } from '../../src/auth/token.service';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';

describe('the first start of a hub with no tokens', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it('creates one admin token, shows it once and keeps it owner-only in the data folder; later starts do nothing', async () => {
    const logged: string[] = [];
    const file = await ensureFirstAdminToken(t.db, t.config.dataDir, (m) => logged.push(m));
    expect(file).not.toBeNull();
    const token = readFileSync(file!, 'utf8').trim();
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    expect(logged.join('\n')).toContain(token);
    expect(await viewerForToken(t.db, token)).toMatchObject({ role: 'admin' });
    expect(await ensureFirstAdminToken(t.db, t.config.dataDir, (m) => logged.push(m))).toBeNull();
    expect(await sql(t.db, 'select role, name from api_token')).toEqual([{ role: 'admin', name: 'first admin (created at first start)' }]);
    expect(await sql(t.db, `select action from audit_log`)).toEqual([{ action: 'TOKEN_CREATED' }]);
  });
});
