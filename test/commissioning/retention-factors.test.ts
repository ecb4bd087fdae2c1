import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { analyst, plainWorkplace, providerViewer, seedPostcodes, submit, workers } from './support/commissioning-fixture';

const QUERY = `query ($period: String!, $filter: WorkforceFilter) {
  retentionFactors(period: $period, filter: $filter) {
    period previousPeriod nationalLivingWage nationalLivingWageSource providersCompared
    byFactorsApplying { factorsApplying careWorkers leavers turnoverRate suppressed suppressionReason }
    byFactor { factor applies careWorkers leavers turnoverRate suppressed suppressionReason }
  } }`;

const update = (rows: Record<string, string>[]) => rows.map((r) => ({ ...r, STATUS: 'UPDATE' }));
/** Below the 2023-24 National Living Wage (£10.42), not qualified: 2 factors (not zero-hours, full-time). */
const lowPaid = { HOURLYRATE: '10.00', SCQUAL: '2' };
/** None of the five: low pay, zero-hours (average hours only), no qualification, no training. */
const none = { ...lowPaid, ZEROHRCONT: '1', CONTHOURS: '', AVGHOURS: '20' };

describe('retention factors: snapshot-to-snapshot turnover of care workers (hand-computed fixture)', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let alpha: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await seedPostcodes(t);
    // 2023-24. R1: 10 care workers meeting all five (trained 1 June 2023); R2: 6 meeting four (no training) and a senior care worker
    const r1 = workers('R1', 10);
    const r2 = workers('R2', 7, (i) => (i === 6 ? { MAINJOBROLE: '7' } : {}));
    alpha = await submit(t, 'alpha', '2023-24', {
      workplaces: [plainWorkplace('R1', 10), plainWorkplace('R2', 7)],
      workers: [...r1, ...r2],
      training: r1.map((w) => ({ LOCALESTID: 'R1', UNIQUEWORKERID: w.UNIQUEWORKERID, DATECOMPLETED: '01/06/2023' })),
    });
    // R3: 4 meeting none, 2 meeting two, and a bank care worker (not directly employed)
    const r3 = workers('R3', 7, (i) => (i < 4 ? none : i < 6 ? lowPaid : { EMPLSTATUS: '3', CONTHOURS: '', AVGHOURS: '20' }));
    await submit(t, 'beta', '2023-24', { workplaces: [plainWorkplace('R3', 7)], workers: r3 });
    // gamma sends no 2024-25 return: its care workers are not counted as leavers (or at all)
    await submit(t, 'gamma', '2023-24', { workplaces: [plainWorkplace('G1', 3)], workers: workers('G1', 3) });
    // 2024-25: R1 loses S1; R2 loses S1 and its senior care worker; R3 loses two of the "none" workers
    await submit(t, 'alpha', '2024-25', {
      workplaces: update([plainWorkplace('R1', 9), plainWorkplace('R2', 5)]),
      workers: update([...r1.slice(1), ...r2.slice(1, 6)]),
    });
    await submit(t, 'beta', '2024-25', { workplaces: update([plainWorkplace('R3', 5)]), workers: update(r3.slice(2)) });
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('admin: turnover by number of factors and by factor, from the 2023-24 cohort', async () => {
    const res = await gql.run(QUERY, { period: '2024-25' });
    expect(res.errors).toBeUndefined();
    const r = res.data!.retentionFactors;
    expect(r).toMatchObject({ period: '2024-25', previousPeriod: '2023-24', nationalLivingWage: 10.42, providersCompared: 2 });
    expect(r.nationalLivingWageSource).toMatch(/gov\.uk\/national-minimum-wage-rates/);
    expect(r.byFactorsApplying.map((x: any) => [x.factorsApplying, x.careWorkers, x.leavers, x.turnoverRate])).toEqual([
      [0, 4, 2, 0.5], [1, 0, 0, null], [2, 2, 0, 0], [3, 0, 0, null], [4, 6, 1, 1 / 6], [5, 10, 1, 0.1],
    ]);
    const split = Object.fromEntries(r.byFactor.map((x: any) => [`${x.factor}:${x.applies}`, [x.careWorkers, x.leavers]]));
    expect(split).toEqual({
      'paidAboveNationalLivingWage:true': [16, 2], 'paidAboveNationalLivingWage:false': [6, 2],
      'notZeroHours:true': [18, 2], 'notZeroHours:false': [4, 2],
      'fullTime:true': [18, 2], 'fullTime:false': [4, 2],
      'trainedInLast12Months:true': [10, 1], 'trainedInLast12Months:false': [12, 3],
      'relevantQualification:true': [16, 2], 'relevantQualification:false': [6, 2],
    });
  });

  it('a provider sees its own care workers; analysts get every cell under disclosure control', async () => {
    const own = (await gql.run(QUERY, { period: '2024-25' }, providerViewer(alpha))).data!.retentionFactors;
    expect(own.providersCompared).toBe(1);
    expect(own.byFactorsApplying.map((x: any) => [x.careWorkers, x.leavers])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0], [6, 1], [10, 1]]);
    const a = (await gql.run(QUERY, { period: '2024-25' }, analyst)).data!.retentionFactors;
    // five factors: 10 care workers but one workplace; the rest under 10 care workers
    expect(a.byFactorsApplying.map((x: any) => [x.careWorkers, x.suppressionReason])).toEqual([
      [null, 'FEW_STAFF_RECORDS'], [null, 'FEW_STAFF_RECORDS'], [null, 'FEW_STAFF_RECORDS'], [null, 'FEW_STAFF_RECORDS'], [null, 'FEW_STAFF_RECORDS'], [null, 'FEW_WORKPLACES'],
    ]);
    expect(a.byFactor.every((x: any) => x.suppressed && x.turnoverRate === null)).toBe(true);
  });

  it('no earlier period: an empty cohort; before 2016-17 there is no National Living Wage', async () => {
    const first = (await gql.run(QUERY, { period: '2023-24' })).data!.retentionFactors;
    expect(first.providersCompared).toBe(0);
    expect(first.byFactorsApplying.every((x: any) => x.careWorkers === 0)).toBe(true);
    const old = await gql.run(QUERY, { period: '2015-16' }, ADMIN);
    expect(old.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
