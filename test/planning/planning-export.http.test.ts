import { importCqcDirectory } from '../../src/planning/cqc-directory-import';
import { importPopulationProjection } from '../../src/planning/population-projection-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TestGraphQL } from '../support/graphql';
import { downloadCsv, startTestServer, type TestServer } from '../support/http';
import { bearer, createTestToken } from '../support/tokens';
import { directoryCsv, stream } from './support/directory-file';
import { BRADFORD, DIRECTORY, LEEDS, loadPlanningReturns, PERIOD } from './support/planning-fixture';
import { PROJECTION_65 } from './support/population-file';


describe('CSV exports of coverage, gaps, estimate and projection', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let server: TestServer;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    server = await startTestServer(t.db, t.config);
    await loadPlanningReturns(t);
    await importCqcDirectory(t.db, stream(directoryCsv(DIRECTORY)), 'directory.csv');
    await importPopulationProjection(t.db, stream(PROJECTION_65), 'snpp.csv');
  });
  afterAll(async () => {
    await server.stop();
    await gql.stop();
    await t.drop();
  });

  it('return-coverage.csv: the same rows as returnCoverage', async () => {
    const csv = await downloadCsv(`${server.url}/api/export/return-coverage.csv?period=${PERIOD}&groupBy=LOCAL_AUTHORITY`);
    expect(csv.status).toBe(200);
    expect(csv.body.startsWith('\uFEFFlocal_authority_code,local_authority_label,directoryAsOf,locations,locationsWithReturn,coverageRate')).toBe(true);
    expect(csv.rows.map((r) => [r.local_authority_code, r.locations, r.locationsWithReturn, r.coverageRate, r.workplacesWithReturn, r.staffRecords])).toEqual([
      [BRADFORD, '2', '1', '0.5', '1', '2'], [LEEDS, '4', '2', '0.5', '3', '9']]);
  });

  it('coverage-gaps.csv: every gap at once, text cells made safe for spreadsheets', async () => {
    const csv = await downloadCsv(`${server.url}/api/export/coverage-gaps.csv?period=${PERIOD}`);
    expect(csv.rows.map((r) => [r.locationId, r.name, r.providerName, r.serviceTypes, r.lastReturnedPeriod])).toEqual([
      ['1-100000203', 'Cedar', 'Cedar Care, "Trust"', 'Nursing homes', ''],
      ['1-100000204', 'Ivy', 'Ivy Ltd', 'Homecare agencies', ''],
      ['1-100000302', 'Moor', 'Moor Ltd', 'Homecare agencies', '2023-24']]);
    const leeds = await downloadCsv(`${server.url}/api/export/coverage-gaps.csv?period=${PERIOD}&localAuthorities=${LEEDS}`);
    expect(leeds.rows).toHaveLength(2);
  });

  it('workforce-estimate.csv and workforce-projection.csv equal the GraphQL answers', async () => {
    const est = await downloadCsv(`${server.url}/api/export/workforce-estimate.csv?period=${PERIOD}&groupBy=LOCAL_AUTHORITY`);
    expect(est.rows.map((r) => [r.local_authority_code, r.posts, r.estimatedPosts, r.locationsNotEstimated])).toEqual([[BRADFORD, '2', '4', '0'], [LEEDS, '12', '16', '1']]);
    const proj = await downloadCsv(`${server.url}/api/export/workforce-projection.csv?period=${PERIOD}&years=2030,2032&ageBand=65%2B&groupBy=LOCAL_AUTHORITY`);
    const { data } = await gql.run(`{ workforceProjection(period: "${PERIOD}", years: [2030, 2032], groupBy: [LOCAL_AUTHORITY]) { group { code } year projectedPosts annualRecruitmentNeed } }`);
    expect(proj.rows).toHaveLength(4);
    proj.rows.forEach((r, i) => {
      const g = data!.workforceProjection[i];
      expect([r.local_authority_code, Number(r.year)]).toEqual([g.group[0].code, g.year]);
      expect(Number(r.projectedPosts)).toBeCloseTo(g.projectedPosts, 10);
      expect(Number(r.annualRecruitmentNeed)).toBeCloseTo(g.annualRecruitmentNeed, 10);
    });
    const noYears = await downloadCsv(`${server.url}/api/export/workforce-projection.csv?period=${PERIOD}`);
    expect(noYears.status).toBe(400);
  });

  it('access: an analyst token gets withheld workforce cells, a BI token no gap list, no token nothing', async () => {
    const analyst = bearer(await createTestToken(t.db, 'analyst'));
    const cov = await downloadCsv(`${server.rawUrl}/api/export/return-coverage.csv?period=${PERIOD}&groupBy=LOCAL_AUTHORITY`, analyst);
    expect(cov.rows.map((r) => [r.locations, r.staffRecords, r.suppressed])).toEqual([['2', '', 'true'], ['4', '', 'true']]);
    const bi = bearer(await createTestToken(t.db, 'bi'));
    expect((await downloadCsv(`${server.rawUrl}/api/export/coverage-gaps.csv?period=${PERIOD}`, bi)).status).toBe(403);
    expect((await downloadCsv(`${server.rawUrl}/api/export/coverage-gaps.csv?period=${PERIOD}`)).status).toBe(401);
    const bee = bearer(await createTestToken(t.db, 'provider', { provider: 'bee' }));
    const own = await downloadCsv(`${server.rawUrl}/api/export/coverage-gaps.csv?period=${PERIOD}`, bee);
    expect(own.rows.map((r) => r.locationId)).toEqual(['1-100000302']);
  });
});
