import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { downloadCsv, startTestServer, type TestServer } from '../support/http';
import { sql } from '../support/fixtures';
import { bearer, createTestToken } from '../support/tokens';
import { loadAnalyticsFixture, PERIOD } from './support/analytics-fixture';

/** GET an export from the test server (as its default admin caller unless headers say otherwise). */
const download = (server: TestServer, path: string, headers: Record<string, string> = {}) => downloadCsv(`${server.url}${path}`, headers);

const num = (v: string) => (v === '' ? null : Number(v));

describe('CSV exports equal the GraphQL answers', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let server: TestServer;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    server = await startTestServer(t.db, t.config);
    await loadAnalyticsFixture(t);
  });
  afterAll(async () => {
    await server.stop();
    await gql.stop();
    await t.drop();
  });

  it('workforce-metrics.csv: BOM, one header row, the same figures as workforceMetrics', async () => {
    const csv = await download(server, `/api/export/workforce-metrics.csv?period=${PERIOD}&groupBy=REGION,JOB_ROLE_GROUP`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.body.startsWith('\uFEFFregion_code,region_label,job_role_group_code,job_role_group_label,workplaces,staffRecords')).toBe(true);
    const { data } = await gql.run(`{ workforceMetrics(period: "${PERIOD}", groupBy: [REGION, JOB_ROLE_GROUP]) {
      group { code label } workplaces staffRecords directlyEmployed leavers turnoverRate vacancyRate medianHourlyPay suppressed } }`, {}, ADMIN);
    expect(csv.rows).toHaveLength(data!.workforceMetrics.length);
    csv.rows.forEach((row, i) => {
      const g = data!.workforceMetrics[i];
      expect([row.region_code, row.region_label, row.job_role_group_code]).toEqual([g.group[0].code, g.group[0].label, g.group[1].code]);
      expect([num(row.workplaces), num(row.staffRecords), num(row.directlyEmployed), num(row.leavers)]).toEqual([g.workplaces, g.staffRecords, g.directlyEmployed, g.leavers]);
      expect(num(row.turnoverRate)).toBeCloseTo(g.turnoverRate, 12);
      expect(num(row.vacancyRate)).toBeCloseTo(g.vacancyRate, 12);
      expect(num(row.medianHourlyPay)).toBeCloseTo(g.medianHourlyPay, 12);
      expect(row.suppressed).toBe(String(g.suppressed));
    });
  });

  it('workforce-composition.csv and training-uptake.csv take the same arguments', async () => {
    const comp = await download(server, `/api/export/workforce-composition.csv?period=${PERIOD}&characteristic=GENDER&groupBy=LOCAL_AUTHORITY&localAuthorities=414`);
    expect(comp.rows.map((r) => [r.local_authority_code, r.category_label, r.count])).toEqual([['414', 'Male', '1'], ['414', 'Female', '11']]);
    const training = await download(server, `/api/export/training-uptake.csv?period=${PERIOD}&groupBy=LOCAL_AUTHORITY&localAuthorities=708`);
    expect(training.rows[0]).toMatchObject({ local_authority_code: '708', staffRecords: '9', inDate: '2', expired: '1', expiringSoon: '1', 'careCertificate Yes, completed': '7' });
  });

  it('refuses bad arguments with a clear 400', async () => {
    const noPeriod = await download(server, '/api/export/workforce-metrics.csv');
    expect(noPeriod.status).toBe(400);
    expect(noPeriod.body).toMatch(/period is required/);
    const badDim = await download(server, `/api/export/workforce-metrics.csv?period=${PERIOD}&groupBy=POSTCODE`);
    expect(badDim.status).toBe(400);
    expect(badDim.body).toMatch(/groupBy must be one of REGION/);
    const badChar = await download(server, `/api/export/workforce-composition.csv?period=${PERIOD}&characteristic=SHOE_SIZE`);
    expect(badChar.status).toBe(400);
  });

  it('an analyst token gets the same disclosure control, and every download is audited', async () => {
    const analyst = await createTestToken(t.db, 'analyst', { name: 'council analyst' });
    const csv = await download(server, `/api/export/workforce-metrics.csv?period=${PERIOD}&groupBy=LOCAL_AUTHORITY`, bearer(analyst));
    expect(csv.status).toBe(200);
    const byLa = Object.fromEntries(csv.rows.map((r) => [r.local_authority_code, r]));
    expect(byLa['708']).toMatchObject({ staffRecords: '', turnoverRate: '', suppressed: 'true', suppressionReason: 'FEW_STAFF_RECORDS' });
    expect(byLa['414']).toMatchObject({ staffRecords: '12', suppressed: 'false' });
    const audit = await sql<{ actor: string; role: string; period: string; details: { export: string; groupBy: string[] } }>(t.db,
      `select actor, role, period, details from audit_log where action = 'EXPORT_DOWNLOADED' and role = 'analyst'`);
    expect(audit).toEqual([{ actor: 'council analyst', role: 'analyst', period: PERIOD, details: expect.objectContaining({ export: 'workforce-metrics', groupBy: ['LOCAL_AUTHORITY'] }) }]);
    const anonymous = await fetch(`${server.rawUrl}/api/export/workforce-metrics.csv?period=${PERIOD}`);
    expect(anonymous.status).toBe(401);
  });
});
