import { buildHubSchema } from '../../src/graphql/schema';
import { makeReturn, makeWorkplace, sql } from '../support/fixtures';
import { apiRoutes, auditCount, auth, buildWorld, dropWorld, gql, mutationForm, PERIOD, returnFiles, snapshot, uploadForm, type World } from './attack-world';
import { pathsToPersonData, personValues } from './schema-paths';

/** Attack suite 3: analyst and bi tokens against person-level data, by every path the schema has. */
describe('attack: analyst and bi tokens never reach staff-level data; workplace-level data only where the return shares with LAs', () => {
  let w: World;
  let paths: { path: string; query: string }[];
  beforeAll(async () => {
    w = await buildWorld();
    paths = pathsToPersonData(await buildHubSchema());
    // B1 shared in an earlier period, but its latest return withdrew permission: it stays hidden
    const older = await makeReturn(w.t.db, w.ids.beta, '2023-24');
    await makeWorkplace(w.t.db, w.ids.beta, older, '2023-24', { localRef: 'B1', workers: 1 });
    await sql(w.t.db, `update workplace_period set share_with_la = true where return_id = $1`, [older]);
  });
  afterAll(() => dropWorld(w));

  it('the schema walk finds the paths to person-level types, and they do return person data to an admin', async () => {
    expect(paths.map((p) => p.path)).toEqual(expect.arrayContaining(['workplaces.edges.node.workers.edges.node']));
    const res = await gql(w, w.tokens.admin, paths.find((p) => p.path === 'workplaces.edges.node.workers.edges.node')!.query);
    expect(res.body.errors).toBeUndefined();
    expect(personValues(res.body.data)).toEqual(expect.arrayContaining(['1980-01-01', 11.5, 24000]));
  });

  it.each(['analyst', 'bi'] as const)('%s: every path to a person-level type is FORBIDDEN and returns no person-level value', async (role) => {
    const before = await snapshot(w);
    let refusedWithData = 0;
    for (const { path, query } of paths) {
      const res = await gql(w, w.tokens[role], query);
      const codes = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
      // where the path holds person-level rows (an admin gets them), the role must be refused by the auth checker
      const admin = await gql(w, w.tokens.admin, query);
      if (personValues(admin.body.data).length > 0) {
        refusedWithData++;
        expect(`${path}: ${codes.includes('FORBIDDEN')}`).toBe(`${path}: true`);
      }
      expect(`${path}: ${JSON.stringify(personValues(res.body.data))}`).toBe(`${path}: []`);
      expect(JSON.stringify(res.body)).not.toMatch(/1980-01-01|24000/);
    }
    expect(refusedWithData).toBeGreaterThanOrEqual(1);
    expect(await snapshot(w)).toEqual(before);
  });

  it.each(['analyst', 'bi'] as const)('%s: a person-level field asked for directly in a fragment or alias is refused too', async (role) => {
    const res = await gql(w, w.tokens[role], `query { workplaces(first: 5) { edges { node { localRef ...Staff } } } }
      fragment Staff on Workplace { people: workers(first: 5) { totalCount edges { node { born: dateOfBirth pay: hourlyPay } } } }`);
    expect(res.body.errors.map((e: any) => e.extensions.code)).toContain('FORBIDDEN');
    expect(res.body.errors[0].message).toMatch(/cannot read Workplace.workers/);
    expect(JSON.stringify(res.body.data)).not.toMatch(/born|pay|totalCount/);
  });

  it.each(['analyst', 'bi'] as const)('%s: sees workplaces whose latest return shares with LAs (PERMLA = 1), and only their sharing periods', async (role) => {
    const res = await gql(w, w.tokens[role], `{ workplaces { totalCount edges { node { localRef provider { key } periods { period shareWithLa } } } }
      beta: workplaces(filter: { providers: ["beta"] }) { edges { node { localRef } } } providers { key } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.workplaces.totalCount).toBe(2);
    expect(res.body.data.workplaces.edges.map((e: any) => e.node)).toEqual([
      { localRef: 'A1', provider: { key: 'alpha' }, periods: [{ period: PERIOD, shareWithLa: true }] },
      { localRef: 'B2', provider: { key: 'beta' }, periods: [{ period: PERIOD, shareWithLa: true }] },
    ]);
    expect(res.body.data.beta.edges).toEqual([{ node: { localRef: 'B2' } }]);
    expect(res.body.data.providers).toEqual([{ key: 'alpha' }, { key: 'beta' }]);
  });

  it.each(['analyst', 'bi'] as const)('%s: submissions, the audit log, uploads, validations and report downloads are refused; nothing changes', async (role) => {
    const before = await snapshot(w);
    const token = w.tokens[role];
    for (const query of ['{ returns { id submittedBy } }', '{ auditLog { edges { node { actor } } } }']) {
      const res = await gql(w, token, query);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.data).toBeNull();
    }
    for (const op of ['submitReturn', 'validateReturn'] as const) {
      const res = await fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', body: mutationForm(op, 'alpha', returnFiles('A1')), headers: { 'apollo-require-preflight': 'true', ...auth(token) } });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
    }
    const upload = await fetch(`${w.server.rawUrl}/api/returns`, { method: 'POST', body: uploadForm('alpha', returnFiles('A1')), headers: auth(token) });
    expect(upload.status).toBe(403);
    for (const suffix of ['report', 'report.csv']) {
      const res = await fetch(`${w.server.rawUrl}/api/returns/${w.ids.alphaReport}/${suffix}`, { headers: auth(token) });
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).error.code).toBe('FORBIDDEN');
    }
    expect(await snapshot(w)).toEqual(before);
  });

  it.each(['analyst', 'bi'] as const)('%s: CSV exports answer without a person-level column or value', async (role) => {
    const audits = await auditCount(w);
    for (const route of apiRoutes().filter((r) => r.method === 'GET' && r.path.startsWith('/api/export/'))) {
      const res = await fetch(`${w.server.rawUrl}${route.path}?period=${PERIOD}&area=101&localAuthority=101`, { headers: auth(w.tokens[role]) });
      const text = await res.text();
      expect(`${route.path}: ${res.status}`).not.toBe(`${route.path}: 500`);
      expect(`${route.path}: ${/1980-01-01|dateOfBirth|uniqueWorkerRef|niKey|\bW[123]\b/.test(text)}`).toBe(`${route.path}: false`);
      // a workplace that does not share with LAs is never named
      expect(`${route.path}: ${/Workplace B1\b/.test(text)}`).toBe(`${route.path}: false`);
    }
    // the downloads are in the audit log, under the token's name
    const exported = await sql<{ actor: string; export: string }>(w.t.db,
      `select actor, details->>'export' as export from audit_log where action = 'EXPORT_DOWNLOADED' order by id offset 0`);
    expect(exported.filter((e) => e.actor === (role === 'analyst' ? 'council analyst' : 'bi tool')).map((e) => e.export)).toContain('workforce-metrics');
    expect(await auditCount(w)).toBeGreaterThan(audits);
  });

  it('introspection stays open to an authenticated analyst (BI tools read the schema)', async () => {
    const res = await gql(w, w.tokens.bi, '{ __schema { types { name } } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.__schema.types.map((t: any) => t.name)).toContain('Workplace');
  });
});
