import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/http';
import { buildFile } from '../importers/ascwds/support/row-builder';
import { careWorker, plainWorkplace } from './support/return-files';

const MUTATION = `mutation($provider: String!, $period: String!, $files: [Upload!]!) {
  %OP%(provider: $provider, period: $period, files: $files) {
    reportId returnId outcome status accepted provider { key created } period dryRun
    files { name kind format records errors warnings }
    counts { workplaces staffRecords trainingRecords }
    errors warnings problemsTotal
    problems { file line column code type severity message }
    summary { code type count }
  }
}`;

/** A GraphQL multipart request (graphql-multipart-request-spec). */
function multipart(op: 'submitReturn' | 'validateReturn', provider: string, files: [string, string][]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: MUTATION.replace('%OP%', op), variables: { provider, period: '2024-25', files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach(([name, content], i) => form.append(String(i), new Blob([content], { type: 'text/csv' }), name));
  return form;
}

describe('submitReturn / validateReturn (GraphQL door)', () => {
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
  const send = (body: FormData, preflight = true) =>
    fetch(`${server.url}/graphql`, { method: 'POST', body, headers: preflight ? { 'apollo-require-preflight': 'true' } : {} });
  const files = (): [string, string][] => [
    ['w.csv', buildFile('workplace', [plainWorkplace('G', 1)])],
    ['s.csv', buildFile('worker', [careWorker('G', 'S1')])],
  ];

  it('validateReturn reports without writing; submitReturn writes; returns() then lists it', async () => {
    const dry = (await (await send(multipart('validateReturn', 'gqlco', files()))).json()) as any;
    expect(dry.errors).toBeUndefined();
    expect(dry.data.validateReturn).toMatchObject({ outcome: 'VALIDATED', dryRun: true, accepted: false, returnId: null, counts: { workplaces: 1, staffRecords: 1 } });
    const real = (await (await send(multipart('submitReturn', 'gqlco', files()))).json()) as any;
    expect(real.data.submitReturn).toMatchObject({ outcome: 'ACCEPTED', accepted: true, provider: { key: 'gqlco', created: true } });
    expect(real.data.submitReturn.files.map((f: any) => f.kind).sort()).toEqual(['worker', 'workplace']);
    const list = (await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ returns(provider: "gqlco") { id status state counts { staffRecords } } }' }) })).json()) as any;
    expect(list.data.returns).toEqual([{ id: String(real.data.submitReturn.returnId), status: real.data.submitReturn.status, state: 'CURRENT', counts: { staffRecords: 1 } }]);
  });

  it('answers a broken return with the typed report of every problem', async () => {
    const res = (await (await send(multipart('submitReturn', 'gqlco', [['w.csv', buildFile('workplace', [plainWorkplace('G', 1, { TOTALPERMTEMP: 'lots' })])], ['s.csv', 'not,a,header\n']]))).json()) as any;
    const report = res.data.submitReturn;
    expect(report).toMatchObject({ outcome: 'REJECTED', status: 'FAILED', accepted: false });
    expect(report.problems.map((p: any) => `${p.file}:${p.line} ${p.code}`)).toEqual(expect.arrayContaining(['w.csv:2 1200', 's.csv:1 9000']));
  });

  it('refuses a multipart request without the CSRF preflight header', async () => {
    const res = await send(multipart('validateReturn', 'gqlco', files()), false);
    expect(res.status).toBe(400);
  });
});
