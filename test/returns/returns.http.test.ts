import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/http';
import { buildFile } from '../importers/ascwds/support/row-builder';
import { careWorker, plainWorkplace } from './support/return-files';

function form(fields: Record<string, string>, files: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const [name, content] of files) f.append('files', new Blob([content], { type: 'text/csv' }), name);
  return f;
}

describe('POST /api/returns and the report download (HTTP door)', () => {
  let t: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDatabase({ WFHUB_UPLOAD_LIMIT_MB: '1' });
    server = await startTestServer(t.db, t.config);
  });
  afterAll(async () => {
    await server.stop();
    await t.drop();
  });

  const post = (body: FormData) => fetch(`${server.url}/api/returns`, { method: 'POST', body });

  it('accepts a return and answers with the JSON report', async () => {
    const res = await post(form({ provider: 'webco', period: '2024-25' }, [
      ['workplace.csv', buildFile('workplace', [plainWorkplace('A', 1)])],
      ['staff.csv', buildFile('worker', [careWorker('A', 'S1')])],
    ]));
    const report = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(report).toMatchObject({ accepted: true, outcome: 'ACCEPTED', provider: { key: 'webco', created: true }, counts: { workplaces: 1, staffRecords: 1 } });
    expect(report.files.map((f: any) => f.kind).sort()).toEqual(['worker', 'workplace']);
  });

  it('rejects a broken return with 422, every problem listed, and serves the report as CSV for Excel', async () => {
    const res = await post(form({ provider: 'webco', period: '2024-25' }, [
      ['a.csv', buildFile('workplace', [plainWorkplace('A', 1, { ESTNAME: '' })])],
      ['b.csv', buildFile('worker', [careWorker('A', 'S1', { GENDER: '9', ETHNICITY: '12' }), careWorker('A', 'S1')])],
    ]));
    const report = (await res.json()) as any;
    expect(res.status).toBe(422);
    expect(report.status).toBe('FAILED');
    const found = report.problems.map((p: any) => `${p.file}:${p.line} ${p.code} ${p.column}`);
    expect(found).toEqual(expect.arrayContaining(['a.csv:2 1030 ESTNAME', 'b.csv:2 1090 GENDER', 'b.csv:2 1100 ETHNICITY', 'b.csv:3 998 UNIQUEWORKERID or CHGUNIQUEWRKID']));
    const csv = await fetch(`${server.url}/api/returns/${report.reportId}/report.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Type,File,Workplace reference,Staff reference,Column,Line,Code,Message,Value');
    expect(lines).toHaveLength(report.problems.length + 1);
    expect(lines.some((l) => l.startsWith('ERROR,b.csv,A,S1,GENDER,2,1090,'))).toBe(true);
  });

  it('refuses an upload over the configured limit with 413 and writes nothing', async () => {
    const before = await sql(t.db, `select count(*)::int as n from return_report`);
    const big = 'x'.repeat(1.5 * 1024 * 1024);
    const res = await post(form({ provider: 'webco', period: '2024-25' }, [['big.csv', big]]));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe('LIMIT_EXCEEDED');
    expect(await sql(t.db, `select count(*)::int as n from return_report`)).toEqual(before);
  });

  it('gives clear 400s for missing fields, a bad period and a non-multipart body', async () => {
    const noProvider = await post(form({ period: '2024-25' }, [['a.csv', 'x']]));
    expect(noProvider.status).toBe(400);
    expect(((await noProvider.json()) as any).error.message).toMatch(/"provider" and "period" are required/);
    const badPeriod = await post(form({ provider: 'webco', period: '2024' }, [['a.csv', 'x']]));
    expect(((await badPeriod.json()) as any).error.message).toMatch(/not a financial year/);
    const json = await fetch(`${server.url}/api/returns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect((await fetch(`${server.url}/api/returns/999999/report.csv`)).status).toBe(404);
  });
});
