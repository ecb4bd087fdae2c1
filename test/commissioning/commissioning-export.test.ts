import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { projectRoot } from '../../src/paths';
import { importCqcRatings } from '../../src/reference/cqc-ratings-import';
import { importPopulation } from '../../src/reference/population-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/http';
import { bearer, createTestToken } from '../support/tokens';
import { plainWorkplace, seedPostcodes, submit, workers } from './support/commissioning-fixture';

const careHome = (ref: string, location: string, extra: Record<string, string> = {}) => plainWorkplace(ref, 10, {
  REGTYPE: '2', PROVNUM: '1-123456789', LOCATIONID: location, MAINSERVICE: '2', ALLSERVICES: '2', CAPACITY: '10', UTILISATION: '9', PERMLA: '1', ...extra,
});
const update = (rows: Record<string, string>[]) => rows.map((r) => ({ ...r, STATUS: 'UPDATE' }));

describe('commissioning CSV exports: same figures as GraphQL, same access rules', () => {
  let t: TestDatabase;
  let server: TestServer;
  let analystToken: string;
  let alphaToken: string;

  const csv = async (path: string, token?: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: token ? bearer(token) : {} });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    return { status: res.status, type: res.headers.get('content-type'), text,
      rows: res.ok ? Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data : [] };
  };
  const graphql = async (query: string, token?: string) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data: any; errors?: any[] };
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPostcodes(t);
    // alpha: Q1 (shares with the LA) and Q2 (does not) in both periods; Q1's first care worker leaves
    const q1 = workers('Q1', 10);
    const q2 = workers('Q2', 10);
    await submit(t, 'alpha', '2023-24', { workplaces: [careHome('Q1', '1-000000021'), careHome('Q2', '1-000000022', { PERMLA: '0' })], workers: [...q1, ...q2] });
    await submit(t, 'alpha', '2024-25', { workplaces: update([careHome('Q1', '1-000000021', { TOTALPERMTEMP: '9' }), careHome('Q2', '1-000000022', { PERMLA: '0' })]), workers: update([...q1.slice(1), ...q2]) });
    await submit(t, 'beta', '2024-25', { workplaces: [careHome('Q3', '1-000000023')], workers: workers('Q3', 10) });
    await importPopulation(t.db, createReadStream(join(projectRoot, 'docs', 'samples', 'population-sample.csv')), 'sample.csv');
    await importCqcRatings(t.db, Readable.from([Buffer.from('location_id,domain,rating,publication_date\n1-000000021,Overall,Good,15/01/2024\n1-000000021,Safe,Requires improvement,15/01/2024\n')]), 'r.csv');
    server = await startTestServer(t.db, t.config);
    analystToken = await createTestToken(t.db, 'analyst');
    alphaToken = await createTestToken(t.db, 'provider', { provider: 'alpha' });
  });
  afterAll(async () => {
    await server.stop();
    await t.drop();
  });

  it('WDF: the workplace list and the summary, as GraphQL gives them', async () => {
    const list = await csv('/api/export/wdf-eligibility.csv?period=2024-25');
    expect(list.status).toBe(200);
    expect(list.type).toMatch(/text\/csv/);
    expect(list.text.startsWith('\uFEFF')).toBe(true);
    // Q2 does not share with the LA
    expect(list.rows.map((r) => [r.provider_key, r.local_ref, r.staff_records, r.eligible_percentage, r.eligible, r.reasons])).toEqual([
      ['alpha', 'Q1', '9', '100', 'true', ''], ['beta', 'Q3', '10', '100', 'true', ''],
    ]);
    const own = await csv('/api/export/wdf-eligibility.csv?period=2024-25', alphaToken);
    expect(own.rows.map((r) => r.local_ref)).toEqual(['Q1', 'Q2']);
    const summary = await csv('/api/export/wdf-eligibility-summary.csv?period=2024-25', analystToken);
    expect(summary.rows).toEqual([{ local_authority_code: '316', local_authority_label: 'Liverpool', service_group_code: 'ADULT_RESIDENTIAL', service_group_label: 'Adult residential',
      workplaces: '3', eligible_workplaces: '3', eligible_share: '1', staff_records: '29', suppressed: 'false', suppression_reason: '' }]);
    const gql = await graphql('{ wdfEligibility(period: "2024-25") { summary { workplaces eligibleWorkplaces staffRecords } } }', analystToken);
    expect(gql.data.wdfEligibility.summary).toEqual([{ workplaces: 3, eligibleWorkplaces: 3, staffRecords: 29 }]);
  });

  it('representation: one row per category, population from the shipped sample', async () => {
    const r = await csv('/api/export/representation.csv?period=2024-25&characteristic=ETHNIC_GROUP&area=316', analystToken);
    expect(r.rows).toHaveLength(5);
    expect(r.rows[0]).toMatchObject({ area_code: '316', category_label: 'White', workforce_count: '29', workforce_share: '1', population_count: '340000' });
    expect(Number(r.rows[0].population_share)).toBeCloseTo(340000 / 385000, 10);
    expect(Number(r.rows[0].ratio)).toBeCloseTo(385000 / 340000, 10);
    expect(r.rows.slice(1).every((x) => x.suppressed === 'true' && x.workforce_count === '')).toBe(true);
    const gql = await graphql('{ representation(period: "2024-25", characteristic: ETHNIC_GROUP, area: "316") { rows { workforceCount ratio } } }', analystToken);
    expect(gql.data.representation.rows.map((x: any) => x.workforceCount)).toEqual(r.rows.map((x) => (x.workforce_count === '' ? null : Number(x.workforce_count))));
  });

  it('quality risk: one row per listed workplace with every indicator, the same score and flags as GraphQL', async () => {
    const r = await csv('/api/export/quality-risk.csv?period=2024-25&area=316&asOf=2025-06-30');
    expect(r.rows.map((x) => [x.local_ref, x.overall_rating, x.months_since_inspection, x.flags]).sort()).toEqual([
      ['Q1', 'GOOD', '17', 'BORDERLINE_GOOD_REQUIRES_IMPROVEMENT'], ['Q3', '', '', 'NOT_INSPECTED_RECENTLY'],
    ]);
    const gql = await graphql('{ qualityRisk(period: "2024-25", area: "316", asOf: "2025-06-30") { workplaces { localRef score indicators { indicator value points } } } }');
    expect(r.rows.map((x) => [x.local_ref, Number(x.score)])).toEqual(gql.data.qualityRisk.workplaces.map((w: any) => [w.localRef, w.score]));
    const q1 = gql.data.qualityRisk.workplaces.find((w: any) => w.localRef === 'Q1');
    const q1csv = r.rows.find((x) => x.local_ref === 'Q1')!;
    for (const i of q1.indicators) expect(q1csv[i.indicator] === '' ? null : Number(q1csv[i.indicator])).toBeCloseTo(i.value ?? NaN, 10);
    // a provider token lists only its own workplaces that it shares or not: Q1 (Q2 is its own too)
    const own = await csv('/api/export/quality-risk.csv?period=2024-25&area=316&asOf=2025-06-30', alphaToken);
    expect(own.rows.map((x) => x.local_ref).sort()).toEqual(['Q1', 'Q2']);
  });

  it('retention factors: the 2023-24 cohort of 20 care workers meeting four factors, one leaver', async () => {
    const r = await csv('/api/export/retention-factors.csv?period=2024-25');
    const four = r.rows.find((x) => x.split === 'factors_applying' && x.factors_applying === '4')!;
    expect(four).toMatchObject({ care_workers: '20', leavers: '1', turnover_rate: '0.05', cohort_period: '2023-24', national_living_wage: '10.42' });
    expect(r.rows.filter((x) => x.split === 'factor')).toHaveLength(10);
    const analyst = await csv('/api/export/retention-factors.csv?period=2024-25', analystToken);
    expect(analyst.rows.find((x) => x.factors_applying === '4')).toMatchObject({ care_workers: '', suppressed: 'true', suppression_reason: 'FEW_WORKPLACES' });
  });

  it('refuses a request without a token, and a bad argument is a 400 with its code', async () => {
    const anon = await fetch(`${server.rawUrl}/api/export/wdf-eligibility.csv?period=2024-25`);
    expect(anon.status).toBe(401);
    const anonGql = await fetch(`${server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ retentionFactors(period: "2024-25") { providersCompared } }' }) });
    expect(anonGql.status).toBe(401);
    const bad = await fetch(`${server.url}/api/export/representation.csv?period=2024-25&characteristic=RELIGION&area=316`);
    expect(bad.status).toBe(400);
    const noPeriod = await fetch(`${server.url}/api/export/quality-risk.csv?area=316`);
    expect(noPeriod.status).toBe(400);
  });
});
