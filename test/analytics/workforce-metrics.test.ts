import { ADMIN } from '../support/graphql';
import { PERIOD, useAnalyticsFixture } from './support/analytics-fixture';

const ROW = `group { dimension code label } workplaces staffRecords directlyEmployed leavers starters vacancies turnoverRate starterRate
  vacancyRate stabilityRate agencyShare bankShare zeroHoursShare medianHourlyPay meanSicknessDays careCertificateCompletedRate suppressed suppressionReason`;

describe('workforceMetrics: the official definitions, computed in PostgreSQL', () => {
  const bed = useAnalyticsFixture();
  const metrics = async (args: string) => {
    const res = await bed.gql.run(`{ workforceMetrics(period: "${PERIOD}"${args}) { ${ROW} } }`, {}, ADMIN);
    expect(res.errors).toBeUndefined();
    return res.data!.workforceMetrics as any[];
  };
  const byCode = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.group.map((g: any) => g.code).join('/'), r]));


  it('Lambeth: each inclusion rule (don\'t know, None, staff-count mismatch) applied as defined', async () => {
    const la = byCode(await metrics(', groupBy: [LOCAL_AUTHORITY]'))['708'];
    expect(la.group).toEqual([{ dimension: 'LOCAL_AUTHORITY', code: '708', label: 'Lambeth' }]);
    expect(la).toMatchObject({ workplaces: 3, staffRecords: 9, directlyEmployed: 8, leavers: 3, starters: 2, vacancies: 4, suppressed: false, suppressionReason: null });
    // turnover: only A (B's leavers are don't know, C's staff records ≠ declared total) → 2 ÷ 3
    expect(la.turnoverRate).toBeCloseTo(2 / 3, 6);
    // starters: A (1 of 3) and B (None = 0 of 3); C excluded
    expect(la.starterRate).toBeCloseTo(1 / 6, 6);
    // vacancies: A 1 + B 2 over (3 + 3 directly employed + 3 vacancies)
    expect(la.vacancyRate).toBeCloseTo(3 / 9, 6);
    // in the same main job since before 2024-03-31: all directly employed but A2 (started 2025-01-01)
    expect(la.stabilityRate).toBeCloseTo(7 / 8, 6);
    expect(la.agencyShare).toBeCloseTo(1 / 9, 6);
    expect(la.bankShare).toBe(0);
    // zero hours yes: A2; no: 7; A4 don't know excluded
    expect(la.zeroHoursShare).toBeCloseTo(1 / 8, 6);
    // 11.00, 11.50 ×5, 12.00, 12.47 (26,000 ÷ (40 h × 52.143)), 15.00 → median 11.50
    expect(la.medianHourlyPay).toBeCloseTo(11.5, 6);
    // 2 + 4 + 2.5 × 6 over 8 known answers (A2 don't know)
    expect(la.meanSicknessDays).toBeCloseTo(21 / 8, 6);
    // direct-care roles, completed 7 of 9 answered
    expect(la.careCertificateCompletedRate).toBeCloseTo(7 / 9, 6);
  });

  it('national figures and regions sum the same workplaces', async () => {
    const [nation] = await metrics('');
    expect(nation.group).toEqual([]);
    expect(nation).toMatchObject({ workplaces: 8, staffRecords: 33, directlyEmployed: 32, leavers: 9, starters: 7, vacancies: 7 });
    // eligible for turnover: A 2/3, D 3/6, E 0/6, F G H 1/4 each → 8 ÷ 27
    expect(nation.turnoverRate).toBeCloseTo(8 / 27, 6);
    const regions = byCode(await metrics(', groupBy: [REGION]'));
    expect(Object.keys(regions).sort()).toEqual(['3', '8']);
    expect(regions['3']).toMatchObject({ workplaces: 5, staffRecords: 21, group: [{ dimension: 'REGION', code: '3', label: 'London' }] });
    expect(regions['3'].turnoverRate).toBeCloseTo(5 / 15, 6);
    expect(regions['8'].turnoverRate).toBeCloseTo(3 / 12, 6);
    expect(regions['8'].vacancyRate).toBeCloseTo(3 / 15, 6);
  });

  it('by job role: the role\'s position in ALLJOBROLES against directly employed records in that role', async () => {
    const roles = byCode(await metrics(', groupBy: [LOCAL_AUTHORITY, JOB_ROLE], filter: { localAuthorities: ["708"] }'));
    // A lists 8;7 with leavers 2;0 → care workers: 2 leavers over A1, A2 (A4 is agency); senior care worker: 0 over A3
    expect(roles['708/8'].turnoverRate).toBeCloseTo(2 / 2, 6);
    expect(roles['708/7'].turnoverRate).toBe(0);
    expect(roles['708/7']).toMatchObject({ staffRecords: 1, directlyEmployed: 1, workplaces: 1 });
    const groups = byCode(await metrics(', groupBy: [JOB_ROLE_GROUP]'));
    expect(Object.keys(groups)).toEqual(['direct_care']);
    expect(groups.direct_care.turnoverRate).toBeCloseTo(8 / 27, 6);
  });

  it('by contract: staff figures per contract, no flow rates (leavers are not declared per contract)', async () => {
    const c = byCode(await metrics(', groupBy: [CONTRACT]'));
    expect(Object.keys(c).sort()).toEqual(['1', '2', '4']);
    expect(c['4']).toMatchObject({ staffRecords: 1, directlyEmployed: 0, agencyShare: 1, turnoverRate: null, leavers: null });
    expect(c['1']).toMatchObject({ staffRecords: 31, directlyEmployed: 31 });
  });

  it('filters narrow by any dimension\'s codes, and PERIOD over periods gives a trend', async () => {
    const rows = await metrics(', groupBy: [SERVICE_GROUP, SECTOR], filter: { regions: ["8"] }');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ staffRecords: 12, workplaces: 3 });
    const trend = await metrics(', groupBy: [PERIOD], filter: { periods: ["2023-24", "2024-25"] }');
    expect(trend.map((r) => r.group[0].code)).toEqual(['2024-25']);
    const bad = await bed.gql.run(`{ workforceMetrics(period: "2024/25") { staffRecords } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_INPUT');
  });
});
