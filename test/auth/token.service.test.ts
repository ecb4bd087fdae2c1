import { createHash } from 'node:crypto';
import { createToken, listTokens, revokeToken, viewerForToken } from '../../src/auth/token.service';
import type { Viewer } from '../../src/graphql/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeProvider, sql } from '../support/fixtures';

const ACTOR: Viewer = { role: 'admin', providerId: null, providerKey: null, tokenId: null, name: 'cli:test' };

describe('tokens: created once, stored as a hash, listed without secrets, revoked at once', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('creates a random wfh_ token, stores only its SHA-256, and audits the creation', async () => {
    const a = await createToken(t.db, { role: 'admin', name: 'first admin' }, ACTOR);
    const b = await createToken(t.db, { role: 'admin', name: 'second admin' }, ACTOR);
    expect(a.token).toMatch(/^wfh_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    const rows = await sql<Record<string, unknown>>(t.db, `select * from api_token where id = $1`, [a.info.id]);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(a.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(a.token.slice(4));
    const [entry] = await sql(t.db, `select actor, role, action, details->>'tokenId' as token_id, details->>'tokenRole' as token_role from audit_log where action = 'TOKEN_CREATED' order by id limit 1`);
    expect(entry).toEqual({ actor: 'cli:test', role: 'admin', action: 'TOKEN_CREATED', token_id: String(a.info.id), token_role: 'admin' });
    expect(JSON.stringify(await sql(t.db, 'select * from audit_log'))).not.toContain(a.token.slice(4));
  });

  it('answers a valid token with its viewer and records when it was last used', async () => {
    const { token, info } = await createToken(t.db, { role: 'analyst', name: 'County analyst' }, ACTOR);
    expect(info.lastUsedAt).toBeNull();
    expect(await viewerForToken(t.db, token)).toEqual({ role: 'analyst', providerId: null, providerKey: null, tokenId: info.id, name: 'County analyst' });
    const [{ last_used_at }] = await sql<{ last_used_at: Date | null }>(t.db, `select last_used_at from api_token where id = $1`, [info.id]);
    expect(last_used_at).not.toBeNull();
  });

  it('binds a provider token to a key, resolving the provider once it exists', async () => {
    const { token } = await createToken(t.db, { role: 'provider', providerKey: 'newco' }, ACTOR);
    expect(await viewerForToken(t.db, token)).toMatchObject({ role: 'provider', providerKey: 'newco', providerId: null, name: expect.stringMatching(/^provider token \d+$/) });
    const id = await makeProvider(t.db, 'newco');
    expect(await viewerForToken(t.db, token)).toMatchObject({ providerKey: 'newco', providerId: id });
  });

  it.each([
    [{ role: 'root' }, /role must be one of admin, provider, analyst, bi/],
    [{ role: 'provider' }, /needs --provider/],
    [{ role: 'analyst', providerKey: 'acme' }, /takes no --provider/],
    [{ role: 'provider', providerKey: 'no spaces please' }, /must be 1-64 letters/],
    [{ role: 'admin', expiresInDays: 0 }, /whole number of days/],
    [{ role: 'admin', expiresInDays: 1.5 }, /whole number of days/],
  ])('refuses %j with BAD_INPUT', async (req, message) => {
    const before = (await listTokens(t.db)).length;
    await expect(createToken(t.db, req, ACTOR)).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(message) });
    expect((await listTokens(t.db)).length).toBe(before);
  });

  it('refuses unknown, malformed, revoked and expired tokens with UNAUTHENTICATED', async () => {
    await expect(viewerForToken(t.db, 'Bearer-ish')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'malformed' } });
    await expect(viewerForToken(t.db, 'wfh_unknown')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'unknown' } });
    const soon = await createToken(t.db, { role: 'bi', expiresInDays: 30 }, ACTOR);
    expect(soon.info.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29.9 * 86400_000);
    await expect(viewerForToken(t.db, soon.token)).resolves.toMatchObject({ role: 'bi' });
    await sql(t.db, `update api_token set expires_at = now() - interval '1 second' where id = $1`, [soon.info.id]);
    await expect(viewerForToken(t.db, soon.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'expired' } });
    const gone = await createToken(t.db, { role: 'admin' }, ACTOR);
    const revoked = await revokeToken(t.db, gone.info.id, ACTOR);
    expect(revoked.alreadyRevoked).toBe(false);
    await expect(viewerForToken(t.db, gone.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'revoked' } });
  });

  it('revoking twice changes nothing; an unknown id is NOT_FOUND; each revocation is audited once', async () => {
    const { info } = await createToken(t.db, { role: 'admin', name: 'to revoke' }, ACTOR);
    const before = (await sql(t.db, `select 1 from audit_log where action = 'TOKEN_REVOKED'`)).length;
    const first = await revokeToken(t.db, info.id, ACTOR);
    const again = await revokeToken(t.db, info.id, ACTOR);
    expect(again).toEqual({ info: first.info, alreadyRevoked: true });
    expect((await sql(t.db, `select 1 from audit_log where action = 'TOKEN_REVOKED'`)).length).toBe(before + 1);
    await expect(revokeToken(t.db, 999999, ACTOR)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists every token without its secret', async () => {
    const list = await listTokens(t.db);
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'providerKey', 'revokedAt', 'role']);
  });
});
