import { apiRoutes, auditCount, auth, buildWorld, dropWorld, mutationForm, PERIOD, returnFiles, snapshot, uploadForm, type World } from './attack-world';

/** Attack suite 1: every entry point, with no token and with tokens that must not work. */
describe('attack: no token, malformed, unknown, revoked and expired tokens are refused everywhere', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => dropWorld(w));

  const BAD: [string, () => string | null][] = [
    ['no token', () => null],
    ['a malformed token', () => 'not-a-hub-token'],
    ['an unknown token', () => 'wfh_' + 'A'.repeat(43)],
    ['a revoked token', () => w.tokens.revoked],
    ['an expired token', () => w.tokens.expired],
  ];

  /** Every entry point: GraphQL (POST, GET, nested person fields, multipart mutations) and every /api route of the source. */
  function entryPoints(): [string, (token: string | null) => Promise<Response>][] {
    const graphql = (query: string) => (token: string | null) =>
      fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify({ query }) });
    const points: [string, (token: string | null) => Promise<Response>][] = [
      ['GraphQL workplaces', graphql('{ workplaces { edges { node { localRef } } } }')],
      ['GraphQL nested person fields', graphql('{ workplaces { edges { node { workers(first: 5) { edges { node { dateOfBirth hourlyPay training { category } } } } } } } }')],
      ['GraphQL providers', graphql('{ providers { key } }')],
      ['GraphQL returns', graphql('{ returns { id } }')],
      ['GraphQL auditLog', graphql('{ auditLog { totalCount } }')],
      ['GraphQL analytics', graphql(`{ workforceMetrics(period: "${PERIOD}") { staffRecords } }`)],
      ['GraphQL introspection', graphql('{ __schema { queryType { name } } }')],
      ['GraphQL over GET', (token) => fetch(`${w.server.rawUrl}/graphql?query=${encodeURIComponent('{ providers { key } }')}`, { headers: { accept: 'application/json', ...auth(token) } })],
      ['GraphQL submitReturn', (token) => fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', body: mutationForm('submitReturn', 'alpha', returnFiles('A1')), headers: { 'apollo-require-preflight': 'true', ...auth(token) } })],
      ['GraphQL validateReturn', (token) => fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', body: mutationForm('validateReturn', 'alpha', returnFiles('A1')), headers: { 'apollo-require-preflight': 'true', ...auth(token) } })],
    ];
    for (const route of apiRoutes()) {
      const path = route.path.replace(':id', String(w.ids.alphaReport));
      points.push([`${route.method} ${route.path}`, (token) => route.method === 'POST'
        ? fetch(`${w.server.rawUrl}${path}`, { method: 'POST', body: uploadForm('alpha', returnFiles('A1')), headers: auth(token) })
        : fetch(`${w.server.rawUrl}${path}?period=${PERIOD}`, { headers: auth(token) })]);
    }
    return points;
  }

  it('the census finds the upload, both report downloads and the CSV exports', () => {
    const paths = apiRoutes().map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['POST /api/returns', 'GET /api/returns/:id/report', 'GET /api/returns/:id/report.csv', 'GET /api/export/workforce-metrics.csv']));
    expect(paths.filter((p) => p.startsWith('GET /api/export/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(BAD)('with %s: 401 UNAUTHENTICATED at every entry point, no data, nothing changed', async (_label, token) => {
    const before = await snapshot(w);
    const audits = await auditCount(w);
    const points = entryPoints();
    for (const [name, send] of points) {
      const res = await send(token());
      const text = await res.text();
      expect(`${name}: ${res.status}`).toBe(`${name}: 401`);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="wfhub"/);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = JSON.parse(text);
      const code = name.startsWith('GraphQL') ? body.errors?.[0]?.extensions?.code : body.error?.code;
      expect(`${name}: ${code}`).toBe(`${name}: UNAUTHENTICATED`);
      expect(body.data).toBeUndefined();
      // nothing of the data leaks into the refusal
      expect(text).not.toMatch(/A1|B1|alpha uploader|1980-01-01/);
    }
    expect(points.length).toBeGreaterThanOrEqual(18);
    expect(await snapshot(w)).toEqual(before);
    expect(await auditCount(w)).toBe(audits);
  });

  it('says why: missing header, revoked and expired tokens each get their own message', async () => {
    const message = async (token: string | null) => (await (await fetch(`${w.server.rawUrl}/api/returns/1/report`, { headers: auth(token) })).json() as any).error.message;
    expect(await message(null)).toMatch(/Authorization: Bearer <token>/);
    expect(await message(w.tokens.revoked)).toMatch(/revoked on/);
    expect(await message(w.tokens.expired)).toMatch(/expired on/);
    expect(await message('wfh_' + 'B'.repeat(43))).toMatch(/not valid/);
  });

  it('keeps the health checks, the GraphiQL page and its assets public', async () => {
    expect((await fetch(`${w.server.rawUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${w.server.rawUrl}/readyz`)).status).toBe(200);
    const page = await fetch(`${w.server.rawUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
    expect((await fetch(`${w.server.rawUrl}/_graphiql/graphiql/graphiql.min.js`)).status).toBe(200);
  });

  it('a valid token opens the same doors', async () => {
    const res = await fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(w.tokens.admin) }, body: JSON.stringify({ query: '{ providers { key } }' }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.providers.map((p: any) => p.key)).toEqual(['alpha', 'beta']);
  });
});
