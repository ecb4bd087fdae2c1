import 'reflect-metadata';
import { analyticsScope } from '../../src/analytics/analytics-scope';
import { Characteristic } from '../../src/analytics/characteristic';
import { Dimension } from '../../src/analytics/dimension';
import { queryTrainingUptake } from '../../src/analytics/training-uptake.query';
import { queryWorkforceComposition } from '../../src/analytics/workforce-composition.query';
import { queryWorkforceMetrics } from '../../src/analytics/workforce-metrics.query';
import type { WorkforceFilter } from '../../src/analytics/workforce-filter.input';
import { submitReturn } from '../../src/returns/submit-return';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { ADMIN } from '../support/graphql';
import { careWorker, plainWorkplace, returnFiles, TODAY } from '../returns/support/return-files';
import { loadAnalyticsFixture, PERIOD } from './support/analytics-fixture';

const GROUPINGS: [Dimension[], WorkforceFilter][] = [
  [[], {}],
  [[Dimension.REGION], {}],
  [[Dimension.LOCAL_AUTHORITY, Dimension.JOB_ROLE], {}],
  [[Dimension.REGION, Dimension.JOB_ROLE_GROUP], {}],
  [[Dimension.CONTRACT], { regions: ['3'] }],
  [[Dimension.SERVICE_GROUP, Dimension.SECTOR, Dimension.EMPLOYER_TYPE, Dimension.MAIN_SERVICE], {}],
  [[Dimension.PERIOD, Dimension.JOB_ROLE, Dimension.CONTRACT], { jobRoleGroups: ['direct_care'] }],
  [[Dimension.LOCAL_AUTHORITY], { jobRoles: ['7'] }],
];

describe('rollups maintained in the import transaction answer exactly as the fact views do', () => {
  let t: TestDatabase;
  const scope = (filter: WorkforceFilter) => analyticsScope(PERIOD, filter, ADMIN);

  async function expectSameAnswers(): Promise<void> {
    for (const [dims, filter] of GROUPINGS) {
      const fromRollups = await queryWorkforceMetrics(t.db.pool, dims, scope(filter), { medianPay: true });
      const fromFacts = await queryWorkforceMetrics(t.db.pool, dims, scope(filter), { medianPay: true, factsOnly: true });
      expect(fromRollups).toEqual(fromFacts);
      const uptakeR = await queryTrainingUptake(t.db.pool, dims, scope(filter), null);
      const uptakeF = await queryTrainingUptake(t.db.pool, dims, scope(filter), null, true);
      expect(uptakeR).toEqual(uptakeF);
      if (dims.includes(Dimension.JOB_ROLE) || filter.jobRoles) continue;
      for (const c of Object.values(Characteristic)) {
        expect(await queryWorkforceComposition(t.db.pool, dims, c, scope(filter))).toEqual(await queryWorkforceComposition(t.db.pool, dims, c, scope(filter), true));
      }
    }
  }
  const rollupTotals = () => sql(t.db, `select variant, sum(staff_records)::int as n, sum(workplaces)::int as w from rollup_staff group by 1 order by 1`);

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadAnalyticsFixture(t);
  });
  afterAll(() => t.drop());

  it('after the first returns', async () => {
    expect(await rollupTotals()).toContainEqual({ variant: 0, n: 33, w: 8 });
    await expectSameAnswers();
  });

  it('after a provider re-submits (the superseded return leaves the rollups)', async () => {
    const report = await submitReturn(t.db, t.config, {
      today: TODAY, providerKey: 'p-h', period: PERIOD,
      files: returnFiles({ workplaces: [plainWorkplace('H', 3, { POSTCODE: 'ST1 1AA', LEAVERS: '2', REASONS: '', REASONNOS: '' })],
        workers: [careWorker('H', 'H1', { STATUS: 'UPDATE' }), careWorker('H', 'H2', { STATUS: 'UPDATE', EMPLSTATUS: '3', ZEROHRCONT: '1', CONTHOURS: '', AVGHOURS: '10' }), careWorker('H', 'H9')] }),
    });
    expect(report.accepted).toBe(true);
    expect(await rollupTotals()).toContainEqual({ variant: 0, n: 32, w: 8 });
    await expectSameAnswers();
  });

  it('a rejected return changes no rollup row', async () => {
    const before = await sql(t.db, 'select * from rollup_staff order by 1, 2, 3, 4, 5, 6, 7, 8, 9');
    const report = await submitReturn(t.db, t.config, {
      today: TODAY, providerKey: 'p-g', period: PERIOD,
      files: returnFiles({ workplaces: [plainWorkplace('G', 1, { POSTCODE: 'ST1 1AA' })], workers: [careWorker('G', 'G1', { EMPLSTATUS: '9' })] }),
    });
    expect(report.accepted).toBe(false);
    expect(await sql(t.db, 'select * from rollup_staff order by 1, 2, 3, 4, 5, 6, 7, 8, 9')).toEqual(before);
  });
});
