import { sql } from '../support/fixtures';
import { apiRoutes, auditCount, auth, buildWorld, dropWorld, gql, mutationForm, PERIOD, returnFiles, snapshot, uploadForm, type World } from './attack-world';

/** Attack suite 2: a provider token against another provider's data, through every path. */
describe('attack: a provider token cannot read, export, submit or download anything of another provider', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => dropWorld(w));

  it('reads only its own workplaces, staff, training and qualifications, whatever the filter asks', async () => {
    const all = await gql(w, w.tokens.alpha, `{ workplaces(first: 10) { totalCount edges { node { localRef provider { key }
      workers(first: 50) { totalCount edges { node { uniqueWorkerRef dateOfBirth training { category } qualifications { qualification } } } } } } } }`);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.workplaces.totalCount).toBe(1);
    const [a1] = all.body.data.workplaces.edges.map((e: any) => e.node);
    expect(a1).toMatchObject({ localRef: 'A1', provider: { key: 'alpha' }, workers: { totalCount: 3 } });
    expect(a1.workers.edges[0].node.training).toHaveLength(2);
    const asked = await gql(w, w.tokens.alpha, `{ workplaces(filter: { providers: ["beta"] }) { totalCount edges { node { localRef } } } }`);
    expect(asked.body.data.workplaces).toEqual({ totalCount: 0, edges: [] });
    const byArea = await gql(w, w.tokens.alpha, `{ workplaces(filter: { localAuthorities: [101], period: "${PERIOD}" }) { edges { node { localRef } } } }`);
    expect(byArea.body.data.workplaces.edges.map((e: any) => e.node.localRef)).toEqual(['A1']);
  });

  it('sees its own provider and submissions only', async () => {
    const res = await gql(w, w.tokens.alpha, `{ providers { key } beta: provider(key: "beta") { key } returns { provider { key } } betaReturns: returns(provider: "beta") { id } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ providers: [{ key: 'alpha' }], beta: null, returns: [{ provider: { key: 'alpha' } }], betaReturns: [] });
  });

  it('cannot submit or validate for another provider through any door: 403, audited, nothing written', async () => {
    const before = await snapshot(w);
    const audits = await auditCount(w);
    for (const op of ['submitReturn', 'validateReturn'] as const) {
      const res = await fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', body: mutationForm(op, 'beta', returnFiles('B1')), headers: { 'apollo-require-preflight': 'true', ...auth(w.tokens.alpha) } });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.data?.[op] ?? null).toBeNull();
    }
    const http = await fetch(`${w.server.rawUrl}/api/returns`, { method: 'POST', body: uploadForm('beta', returnFiles('B1')), headers: auth(w.tokens.alpha) });
    expect(http.status).toBe(403);
    expect(((await http.json()) as any).error.code).toBe('FORBIDDEN');
    // a key that differs only by spacing or case is another provider too
    const sneaky = await fetch(`${w.server.rawUrl}/api/returns`, { method: 'POST', body: uploadForm('ALPHA', returnFiles('A1')), headers: auth(w.tokens.alpha) });
    expect(sneaky.status).toBe(403);
    expect(await snapshot(w)).toEqual(before);
    const refused = await sql<{ action: string; provider_key: string; outcome: string; actor: string }>(w.t.db,
      `select action, provider_key, outcome, actor from audit_log order by id offset $1`, [audits]);
    expect(refused).toEqual([
      { action: 'RETURN_SUBMITTED', provider_key: 'beta', outcome: 'FORBIDDEN', actor: 'alpha uploader' },
      { action: 'RETURN_VALIDATED', provider_key: 'beta', outcome: 'FORBIDDEN', actor: 'alpha uploader' },
      { action: 'RETURN_SUBMITTED', provider_key: 'beta', outcome: 'FORBIDDEN', actor: 'alpha uploader' },
      { action: 'RETURN_SUBMITTED', provider_key: 'ALPHA', outcome: 'FORBIDDEN', actor: 'alpha uploader' },
    ]);
  });

  it('cannot download another provider\'s validation report (404, as if it did not exist); its own downloads are audited', async () => {
    const audits = await auditCount(w);
    for (const suffix of ['report', 'report.csv']) {
      const other = await fetch(`${w.server.rawUrl}/api/returns/${w.ids.betaReport}/${suffix}`, { headers: auth(w.tokens.alpha) });
      expect(other.status).toBe(404);
      const text = await other.text();
      expect(text).not.toMatch(/beta/);
      const own = await fetch(`${w.server.rawUrl}/api/returns/${w.ids.alphaReport}/${suffix}`, { headers: auth(w.tokens.alpha) });
      expect(own.status).toBe(200);
    }
    const entries = await sql<{ action: string; provider_key: string }>(w.t.db, `select action, provider_key from audit_log order by id offset $1`, [audits]);
    expect(entries).toEqual([{ action: 'REPORT_DOWNLOADED', provider_key: 'alpha' }, { action: 'REPORT_DOWNLOADED', provider_key: 'alpha' }]);
  });

  it('no export names another provider\'s workplaces or key', async () => {
    const exports = apiRoutes().filter((r) => r.method === 'GET' && r.path.startsWith('/api/export/'));
    expect(exports.length).toBeGreaterThanOrEqual(3);
    for (const route of exports) {
      const res = await fetch(`${w.server.rawUrl}${route.path}?period=${PERIOD}&area=101&localAuthority=101`, { headers: auth(w.tokens.alpha) });
      const text = await res.text();
      expect(`${route.path}: ${res.status}`).not.toBe(`${route.path}: 500`);
      expect(`${route.path}: ${/Workplace B\d|\bB[12]\b|beta/.test(text)}`).toBe(`${route.path}: false`);
    }
  });

  it('a token for a provider not yet in the hub sees nothing, then submits its first return and sees only that', async () => {
    const empty = await gql(w, w.tokens.gamma, `{ providers { key } workplaces { totalCount } returns { id } }`);
    expect(empty.body.data).toEqual({ providers: [], workplaces: { totalCount: 0 }, returns: [] });
    const res = await fetch(`${w.server.rawUrl}/api/returns`, { method: 'POST', body: uploadForm('gamma', returnFiles('G1')), headers: auth(w.tokens.gamma) });
    const report = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(report).toMatchObject({ accepted: true, provider: { key: 'gamma', created: true } });
    const after = await gql(w, w.tokens.gamma, `{ providers { key } workplaces { edges { node { localRef } } } returns { submittedBy provider { key } } }`);
    expect(after.body.data).toEqual({ providers: [{ key: 'gamma' }], workplaces: { edges: [{ node: { localRef: 'G1' } }] },
      returns: [{ submittedBy: 'gamma, not yet a provider', provider: { key: 'gamma' } }] });
    const [entry] = await sql(w.t.db, `select actor, role, provider_key, period, outcome from audit_log where action = 'RETURN_SUBMITTED' order by id desc limit 1`);
    expect(entry).toEqual({ actor: 'gamma, not yet a provider', role: 'provider', provider_key: 'gamma', period: PERIOD, outcome: 'ACCEPTED' });
    // alpha still cannot see gamma's workplace
    const alpha = await gql(w, w.tokens.alpha, `{ workplaces { edges { node { localRef } } } }`);
    expect(alpha.body.data.workplaces.edges.map((e: any) => e.node.localRef)).toEqual(['A1']);
  });

  it('a revoked provider token stops working at once', async () => {
    const token = w.tokens.beta;
    expect((await gql(w, token, '{ providers { key } }')).status).toBe(200);
    await sql(w.t.db, `update api_token set revoked_at = now() where name = 'beta uploader'`);
    const res = await gql(w, token, '{ providers { key } }');
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
  });
});
