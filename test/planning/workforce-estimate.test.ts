import type { Viewer } from '../../src/graphql/context';
import { importCqcDirectory } from '../../src/planning/cqc-directory-import';
import { importPopulationProjection } from '../../src/planning/population-projection-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { directoryCsv, stream } from './support/directory-file';
import { BRADFORD, DIRECTORY, LEEDS, loadPlanningReturns, PERIOD } from './support/planning-fixture';
import { PROJECTION_65 } from './support/population-file';

const ESTIMATE = `query($groupBy: [Dimension!], $filter: WorkforceFilter) { workforceEstimate(period: "${PERIOD}", groupBy: $groupBy, filter: $filter) {
  group { code } locations locationsWithReturn coverageRate locationsNotEstimated workplacesWithReturn filledPosts vacancies posts
  estimatedFilledPosts estimatedVacancies estimatedPosts grossingFactor suppressed } }`;
const PROJECTION = `query($years: [Int!]!, $ageBand: String, $groupBy: [Dimension!], $filter: WorkforceFilter) {
  workforceProjection(period: "${PERIOD}", years: $years, ageBand: $ageBand, groupBy: $groupBy, filter: $filter) {
    group { code } year ageBand basePosts projectedPosts additionalPosts growth populationBase populationInYear turnoverRate annualRecruitmentNeed
    retirementRisk retirementRiskShare suppressed } }`;

describe('workforceEstimate and workforceProjection on the hand-computed fixture', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let providers: Record<string, number>;
  const as = (role: Viewer['role'], providerKey?: string): Viewer =>
    ({ ...ADMIN, role, providerId: providerKey ? providers[providerKey] : null, ...(providerKey ? { providerKey } : {}), name: role });
  const run = async (query: string, vars: Record<string, unknown>, viewer: Viewer = ADMIN) => {
    const res = await gql.run(query, vars, viewer);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0] as Record<string, any>[];
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    providers = await loadPlanningReturns(t);
    await importCqcDirectory(t.db, stream(directoryCsv(DIRECTORY)), 'directory.csv');
    await importPopulationProjection(t.db, stream(PROJECTION_65), 'snpp.csv');
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('grosses up within each local authority × service group by locations ÷ locations with a return', async () => {
    const rows = await run(ESTIMATE, { groupBy: ['LOCAL_AUTHORITY', 'SERVICE_GROUP'] });
    const cell = (r: Record<string, any>) => [r.group.map((g: any) => g.code).join(' '), r.locations, r.locationsWithReturn, r.locationsNotEstimated,
      r.workplacesWithReturn, r.filledPosts, r.vacancies, r.posts, r.estimatedFilledPosts, r.estimatedVacancies, r.estimatedPosts, r.grossingFactor];
    expect(rows.map(cell)).toEqual([
      // Bradford homecare: 2 locations, 1 returned (W4: 2 staff) → × 2
      [`${BRADFORD} ADULT_DOMICILIARY`, 2, 1, 0, 1, 2, 0, 2, 4, 0, 4, 2],
      // W3 is not registered with CQC: counted as it is
      [`${LEEDS} ADULT_COMMUNITY_CARE`, 0, 0, 0, 1, 3, 1, 4, 3, 1, 4, 1],
      // Ivy (1-204) is the only homecare location in Leeds and did not return: nothing to gross up from
      [`${LEEDS} ADULT_DOMICILIARY`, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, null],
      // 3 care homes, 2 returned (W1 4 staff + 2 vacancies, W2 2 staff) → × 1.5
      [`${LEEDS} ADULT_RESIDENTIAL`, 3, 2, 0, 2, 6, 2, 8, 9, 3, 12, 1.5],
    ]);
  });

  it('sums the cells for wider groups, with the coverage and overall grossing factor beside each estimate', async () => {
    const byLa = await run(ESTIMATE, { groupBy: ['LOCAL_AUTHORITY'] });
    expect(byLa.map((r) => [r.group[0].code, r.locations, r.coverageRate, r.posts, r.estimatedPosts])).toEqual([[BRADFORD, 2, 0.5, 2, 4], [LEEDS, 4, 0.5, 12, 16]]);
    expect(byLa[1].grossingFactor).toBeCloseTo(16 / 12, 12);
    const [total] = await run(ESTIMATE, {});
    expect(total).toMatchObject({ locations: 6, locationsWithReturn: 3, posts: 14, estimatedPosts: 20, estimatedFilledPosts: 16, estimatedVacancies: 4 });
    // by job role group: the same total, split by today's roles (all care workers here), locations not known by role
    const byRole = await run(ESTIMATE, { groupBy: ['JOB_ROLE_GROUP'] });
    expect(byRole).toHaveLength(1);
    expect(byRole[0]).toMatchObject({ locations: null, filledPosts: 11, vacancies: 3, estimatedPosts: 20 });
  });

  it('scopes a provider to its own locations and returns, and withholds small cells from analysts', async () => {
    const [bee] = await run(ESTIMATE, {}, as('provider', 'bee'));
    expect(bee).toMatchObject({ locations: 2, locationsWithReturn: 1, posts: 2, estimatedPosts: 4, suppressed: false });
    const [acme] = await run(ESTIMATE, {}, as('provider', 'acme'));
    expect(acme).toMatchObject({ locations: 2, locationsWithReturn: 2, posts: 12, estimatedPosts: 12 });
    const analyst = await run(ESTIMATE, { groupBy: ['LOCAL_AUTHORITY'] }, as('analyst'));
    expect(analyst.map((r) => [r.locations, r.coverageRate, r.estimatedPosts, r.suppressed])).toEqual([[2, 0.5, null, true], [4, 0.5, null, true]]);
    expect((await run(ESTIMATE, {}, as('analyst')))[0]).toMatchObject({ estimatedPosts: 20, suppressed: false });
  });

  it('projects each local authority by its own population growth, interpolating between the years of the file', async () => {
    const rows = await run(PROJECTION, { years: [2030, 2032], groupBy: ['LOCAL_AUTHORITY'] });
    const at = (la: string, year: number) => rows.find((r) => r.group[0].code === la && r.year === year)!;
    // Bradford 2030: 50,000 + 25,000 × 5/10 = 62,500 → growth 1.25; 2032: 67,500 → 1.35
    expect(at(BRADFORD, 2030)).toMatchObject({ ageBand: '65+', basePosts: 4, populationBase: 50000, populationInYear: 62500, turnoverRate: 0.5 });
    expect(at(BRADFORD, 2030).projectedPosts).toBeCloseTo(4 * 1.25, 10);
    expect(at(BRADFORD, 2032).projectedPosts).toBeCloseTo(4 * 1.35, 10);
    // Leeds 2030: 120,000 (in the file) → 1.2; 2032: 124,000 → 1.24
    expect(at(LEEDS, 2030).projectedPosts).toBeCloseTo(16 * 1.2, 10);
    expect(at(LEEDS, 2032).projectedPosts).toBeCloseTo(16 * 1.24, 10);
    expect(at(LEEDS, 2030).additionalPosts).toBeCloseTo(3.2, 10);
    // recruitment need: turnover 1/3 × projected filled posts (12 × 1.2) + 3.2 additional posts over 5 years
    expect(at(LEEDS, 2030).annualRecruitmentNeed).toBeCloseTo((1 / 3) * 14.4 + 3.2 / 5, 10);
    expect(at(BRADFORD, 2030).annualRecruitmentNeed).toBeCloseTo(0.5 * 5 + 1 / 5, 10);
    // staff aged 55+: one in W1 (× 1.5) of 12 estimated filled posts of known age in Leeds; one in W4 (× 2) of 4 in Bradford
    expect([at(LEEDS, 2030).retirementRisk, at(LEEDS, 2030).retirementRiskShare]).toEqual([1.5, 0.125]);
    expect([at(BRADFORD, 2030).retirementRisk, at(BRADFORD, 2030).retirementRiskShare]).toEqual([2, 0.5]);

    // the whole area is the sum of its authorities, each grown by its own population
    const [total] = await run(PROJECTION, { years: [2030] });
    expect(total.basePosts).toBeCloseTo(20, 10);
    expect(total.projectedPosts).toBeCloseTo(16 * 1.2 + 4 * 1.25, 10);
    expect(total.growth).toBeCloseTo(24.2 / 20, 10);
    expect([total.populationBase, total.populationInYear, total.turnoverRate]).toEqual([150000, 182500, 0.375]);
    expect(total.annualRecruitmentNeed).toBeCloseTo(0.375 * (14.4 + 5) + 4.2 / 5, 10);
    expect(total.retirementRiskShare).toBeCloseTo(3.5 / 16, 12);
  });

  it('splits the projection by today\'s mix of job role groups', async () => {
    const rows = await run(PROJECTION, { years: [2030], groupBy: ['JOB_ROLE_GROUP'] });
    expect(rows).toHaveLength(1);
    expect(rows[0].projectedPosts).toBeCloseTo(24.2, 10);
  });

  it('a year outside the file, an area without figures, or a missing age band is an error naming it', async () => {
    const late = await gql.run(PROJECTION, { years: [2040] });
    expect(late.errors?.[0].extensions?.code).toBe('BAD_INPUT');
    expect(late.errors?.[0].message).toMatch(/Year 2040 is outside the population projection for Bradford \(209\), age band 65\+, which covers 2025–2035/);
    const band = await gql.run(PROJECTION, { years: [2030], ageBand: '85+' });
    expect(band.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(band.errors?.[0].message).toContain('Bradford (209)');
    await importPopulationProjection(t.db, stream('area_code,year,age_band,count,source\n212,2025,75+,40000,x\n212,2035,75+,60000,x'), '75.csv');
    const missing = await gql.run(PROJECTION, { years: [2030], ageBand: '75+' });
    expect(missing.errors?.[0]).toMatchObject({ message: expect.stringContaining('No population projection for Bradford (209), age band 75+'), extensions: { code: 'NOT_FOUND' } });
    const leedsOnly = await run(PROJECTION, { years: [2030], ageBand: '75+', filter: { localAuthorities: [LEEDS] } });
    expect(leedsOnly[0].projectedPosts).toBeCloseTo(16 * 1.25, 10);
    const contract = await gql.run(PROJECTION, { years: [2030], groupBy: ['CONTRACT'] });
    expect(contract.errors?.[0].extensions?.code).toBe('BAD_INPUT');
  });
});
