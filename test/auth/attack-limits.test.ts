import { auth, buildWorld, dropWorld, gql, PERIOD, snapshot, uploadForm, type World } from './attack-world';

const WORKERS = (first: string) => `workplaces(first: ${first}) { edges { node { workers(first: ${first}) { edges { node { dateOfBirth hourlyPay } } } } } }`;

/** Attack suite 4: queries and bodies built to exhaust the server are refused before they run, as clear errors. */
describe('attack: depth bombs, alias floods, cost, token and directive floods, batches, oversized bodies', () => {
  let w: World;
  beforeAll(async () => {
    // small limits, so each refusal is cheap to provoke
    w = await buildWorld({ WFHUB_MAX_DEPTH: '6', WFHUB_BODY_LIMIT_KB: '16', WFHUB_UPLOAD_LIMIT_MB: '1' });
  });
  afterAll(() => dropWorld(w));

  /** The refusal is a LIMIT_EXCEEDED GraphQL error with no data, and nothing changed. */
  async function refused(query: string, variables: Record<string, unknown> = {}, message?: RegExp): Promise<void> {
    const before = await snapshot(w);
    const res = await gql(w, w.tokens.admin, query, variables);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    if (message) expect(res.body.errors[0].message).toMatch(message);
    expect(JSON.stringify(res.body)).not.toMatch(/1980-01-01/);
    expect(await snapshot(w)).toEqual(before);
  }

  it('a depth bomb (deeper than WFHUB_MAX_DEPTH) is refused before it runs', async () => {
    await refused(`{ ${WORKERS('2')} }`, {}, /depth limit of 6 exceeded/i);
    // the same data, shallow enough, is served
    const ok = await gql(w, w.tokens.admin, `{ workplaces(first: 2) { edges { node { localRef } } } }`);
    expect(ok.body.errors).toBeUndefined();
  });

  it('an alias flood (more than WFHUB_MAX_ALIASES) is refused', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `p${i}: providers { key }`).join(' ');
    await refused(`{ ${aliases} }`, {}, /aliases limit of 15 exceeded/i);
    const fifteen = await gql(w, w.tokens.admin, `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: providers { key }`).join(' ')} }`);
    expect(fifteen.body.errors).toBeUndefined();
  });

  it('cost counts page sizes, whether written in the query, passed as a variable, or left to the default', async () => {
    const wide = `workplaces(first: 100) { edges { node { localRef cqcLocationId facts { name postcode cssrCode regionCode mainService totalStaff staffRecords leavers starters vacancies } } } }`;
    const flood = Array.from({ length: 15 }, (_, i) => `w${i}: ${wide}`).join(' ');
    await refused(`{ ${flood} }`, {}, /Query cost \d+ is over the limit of 20000/);
    await refused(`query($n: Int) { ${Array.from({ length: 15 }, (_, i) => `w${i}: ${wide.replace('first: 100', 'first: $n')}`).join(' ')} }`, { n: 100 });
    await refused(`{ ${Array.from({ length: 15 }, (_, i) => `w${i}: ${wide.replace('(first: 100)', '')}`).join(' ')} }`);
    const small = await gql(w, w.tokens.admin, `query($n: Int) { ${wide.replace('first: 100', 'first: $n')} }`, { n: 5 });
    expect(small.body.errors).toBeUndefined();
  });

  it('a token flood and a directive flood are refused by the parser and validator', async () => {
    await refused(`{ providers { ${'key '.repeat(2100)}} }`, {}, /more th\w+ 2000 tokens/);
    await refused(`{ providers { key ${'@include(if: true) '.repeat(60)}} }`, {}, /directives limit of 50 exceeded/i);
  });

  it('a page larger than WFHUB_MAX_PAGE_SIZE is a BAD_INPUT error, not a long answer', async () => {
    const res = await gql(w, w.tokens.admin, '{ workplaces(first: 101) { edges { node { localRef } } } }');
    expect(res.body.errors[0].extensions.code).toBe('BAD_INPUT');
    expect(res.body.data).toBeNull();
  });

  it('batched operations in one HTTP request are refused', async () => {
    const res = await fetch(`${w.server.rawUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...auth(w.tokens.admin) },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ providers { key } }' }))),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/"key":"alpha"/);
  });

  it('an oversized JSON body is refused with 413 before it is parsed', async () => {
    const before = await snapshot(w);
    const res = await fetch(`${w.server.rawUrl}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...auth(w.tokens.admin) },
      body: JSON.stringify({ query: '{ providers { key } }', variables: { padding: 'x'.repeat(32 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe('LIMIT_EXCEEDED');
    expect(await snapshot(w)).toEqual(before);
  });

  it('an oversized upload is refused with 413 and nothing is written', async () => {
    const before = await snapshot(w);
    const res = await fetch(`${w.server.rawUrl}/api/returns`, { method: 'POST', body: uploadForm('alpha', [['big.csv', 'x'.repeat(1.5 * 1024 * 1024)]]), headers: auth(w.tokens.alpha) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe('LIMIT_EXCEEDED');
    expect(await snapshot(w)).toEqual(before);
  });

  it('introspection is not limited by depth (BI tools send deep introspection queries)', async () => {
    const res = await gql(w, w.tokens.bi, `{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('each refusal leaves the server answering', async () => {
    const res = await gql(w, w.tokens.analyst, `{ workforceMetrics(period: "${PERIOD}") { staffRecords } }`);
    expect(res.status).toBe(200);
  });
});

describe('attack: request floods are rate limited per token (and per address without a valid token)', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld({ WFHUB_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => dropWorld(w));

  it('the sixth request of a token within a minute gets 429 with Retry-After; another token is unaffected', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 7; i++) {
      last = await fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(w.tokens.analyst) }, body: JSON.stringify({ query: '{ providers { key } }' }) });
      statuses.push(last.status);
      if (i < 6) await last.text();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await last!.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limitPerMinute: 5 });
    expect(body.data).toBeUndefined();
    const other = await gql(w, w.tokens.bi, '{ providers { key } }');
    expect(other.status).toBe(200);
  });

  it('guessing tokens is rate limited by address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${w.server.rawUrl}/api/returns/1/report`, { headers: auth(`wfh_guess${i}`) });
      statuses.push(res.status);
      await res.text();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
