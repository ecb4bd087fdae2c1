import { Client } from 'pg';
import { syncDisclosureSetting } from '../../src/analytics/disclosure-setting';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { databaseUrl, serverUrl } from '../support/test-env';
import { loadAnalyticsFixture, PERIOD } from './support/analytics-fixture';

describe('analytics schema: suppressed views for BI tools, through a read-only role', () => {
  let t: TestDatabase;
  const role = `wfhub_bi_test_${process.pid}`;

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadAnalyticsFixture(t);
    await syncDisclosureSetting(t.db.pool, { minStaffRecords: 10, minWorkplaces: 3 });
    // the documented recipe (docs/analytics.md, "Connecting a BI tool")
    await sql(t.db, `drop role if exists ${role}`);
    await sql(t.db, `create role ${role} login password 'bi-secret'`);
    await sql(t.db, `grant connect on database "${t.name}" to ${role}`);
    await sql(t.db, `grant usage on schema analytics to ${role}`);
    await sql(t.db, `grant select on all tables in schema analytics to ${role}`);
  });
  afterAll(async () => {
    await t.drop();
    // the role is cluster-wide: drop it once the database holding its grants is gone
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  async function asBi<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const url = new URL(databaseUrl(t.name));
    url.username = role;
    url.password = 'bi-secret';
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  it('serves the same figures as the API, withheld cells null with their reason', async () => {
    const rows = await asBi((c) => c.query(`select local_authority_code, staff_records, turnover_rate, suppressed, suppression_reason
      from analytics.workforce_metrics_by_local_authority where period = $1 order by local_authority_code`, [PERIOD]));
    expect(rows.rows).toEqual([
      { local_authority_code: '414', staff_records: 12, turnover_rate: 0.25, suppressed: false, suppression_reason: null },
      { local_authority_code: '708', staff_records: null, turnover_rate: null, suppressed: true, suppression_reason: 'FEW_STAFF_RECORDS' },
      { local_authority_code: '709', staff_records: null, turnover_rate: null, suppressed: true, suppression_reason: 'FEW_WORKPLACES' },
    ]);
    const [nation] = (await asBi((c) => c.query(`select staff_records, turnover_rate from analytics.workforce_metrics_national where period = $1`, [PERIOD]))).rows;
    expect(nation.staff_records).toBe(33);
    expect(nation.turnover_rate).toBeCloseTo(8 / 27, 9);
  });

  it('secondary suppression within a region, and within a group of categories', async () => {
    const london = await asBi((c) => c.query(`select local_authority_code, suppressed from analytics.workforce_metrics_by_local_authority where region_code = '3'`));
    expect(london.rows.every((r) => r.suppressed)).toBe(true);
    const stoke = await asBi((c) => c.query(`select category, count, suppressed, suppression_reason from analytics.workforce_composition_by_local_authority
      where local_authority_code = '414' and characteristic = 'GENDER' order by category`));
    expect(stoke.rows).toEqual([
      { category: 'Female', count: null, suppressed: true, suppression_reason: 'SECONDARY' },
      { category: 'Male', count: null, suppressed: true, suppression_reason: 'FEW_STAFF_RECORDS' },
    ]);
  });

  it('the thresholds follow the configuration', async () => {
    await syncDisclosureSetting(t.db.pool, { minStaffRecords: 1, minWorkplaces: 1 });
    const rows = await asBi((c) => c.query(`select count(*) filter (where suppressed)::int as withheld from analytics.workforce_metrics_by_local_authority`));
    expect(rows.rows[0].withheld).toBe(0);
    await syncDisclosureSetting(t.db.pool, { minStaffRecords: 10, minWorkplaces: 3 });
  });

  it('the read-only role cannot reach person-level tables or change anything', async () => {
    await expect(asBi((c) => c.query('select * from staff_record limit 1'))).rejects.toThrow(/permission denied/);
    await expect(asBi((c) => c.query('select * from public.wf_staff_fact limit 1'))).rejects.toThrow(/permission denied/);
    await expect(asBi((c) => c.query(`update disclosure_setting set min_staff_records = 0`))).rejects.toThrow(/permission denied/);
  });
});
