import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { submitReturn } from '../../src/returns/submit-return';
import { buildFile } from '../importers/ascwds/support/row-builder';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { runCli, type CliRun } from './support/cli-process';
import { writeLargeReturn, type LargeReturn } from './support/large-return';
import { memoryFile, TODAY } from './support/return-files';

jest.setTimeout(150_000);

const APP = 'wfhub-kill-test';
const PROVIDER = 'killco';

/** Everything an import could touch, with checksums of the earlier return's rows, to compare before and after. */
async function state(t: TestDatabase, returnId: number) {
  const [row] = await sql(t.db, `select
      (select json_agg(r order by r.id) from (select id, provider_id, period, state, status, checksum, supersedes_id, report_id,
         workplaces, staff_records, training_records from "return") r) as returns,
      (select count(*)::int from provider) as providers, (select count(*)::int from workplace) as workplaces,
      (select count(*)::int from worker) as workers, (select count(*)::int from workplace_period) as workplace_periods,
      (select count(*)::int from staff_record) as staff_records, (select count(*)::int from training_record) as training_records,
      (select count(*)::int from qualification_achieved) as qualifications, (select count(*)::int from workplace_job_count) as job_counts,
      (select count(*)::int from return_report) as reports, (select count(*)::int from return_problem) as problems,
      (select md5(string_agg(x::text, '|' order by x.id)) from staff_record x where x.return_id = $1) as staff_md5,
      (select md5(string_agg(x::text, '|' order by x.id)) from workplace_period x where x.return_id = $1) as workplace_md5,
      (select md5(string_agg(x::text, '|' order by x.id)) from worker x) as worker_md5,
      (select md5(string_agg(x::text, '|' order by x.id)) from training_record x join staff_record s on s.id = x.staff_record_id
         where s.return_id = $1) as training_md5,
      (select md5(string_agg(x::text, '|' order by x.id)) from qualification_achieved x join staff_record s on s.id = x.staff_record_id
         where s.return_id = $1) as qualification_md5`, [returnId]);
  return row;
}

/** Polls until probe finds something, failing if the import ends first (the file would then be too small to catch it). */
async function waitFor(run: CliRun, what: string, probe: () => Promise<boolean>): Promise<void> {
  let exited = false;
  void run.done.then(() => (exited = true));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (await probe()) return;
    if (exited) throw new Error(`the import finished before ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('killing wfhub import with SIGKILL mid-write leaves the earlier return exactly as it was', () => {
  let t: TestDatabase;
  let big: LargeReturn;
  let earlierId: number;
  let before: Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-kill-'));
  const backends = async () => (await sql<{ n: number }>(t.db, `select count(*)::int as n from pg_stat_activity where application_name = $1`, [APP]))[0].n;

  /** Starts the big import, waits for the phase, kills the process, waits for PostgreSQL to end its session. */
  async function killDuring(what: string, probe: () => Promise<boolean>) {
    const run = runCli(t, ['import', '--provider', PROVIDER, '--period', '2024-25', '--json', big.workplaceFile, big.staffFile], { env: { PGAPPNAME: APP } });
    await waitFor(run, what, probe);
    run.child.kill('SIGKILL');
    const r = await run.done;
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('');
    const deadline = Date.now() + 60_000;
    while ((await backends()) > 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
    expect(await backends()).toBe(0);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
    // the earlier return: 10 of the same workplaces, 20 staff each, with training for two of them
    const small = await writeLargeReturn(dir, { workplaces: 10, staffPerWorkplace: 20, hours: '30', prefix: 'earlier' });
    const report = await submitReturn(t.db, t.config, {
      providerKey: PROVIDER, period: '2024-25', today: TODAY,
      files: [
        ...[small.workplaceFile, small.staffFile].map((f) => ({ name: f, open: () => createReadStream(f) })),
        memoryFile('training.csv', buildFile('training', [{ LOCALESTID: 'HOME 0', UNIQUEWORKERID: 'S0' }, { LOCALESTID: 'HOME 3', UNIQUEWORKERID: 'S7', CATEGORY: '2' }])),
      ],
    });
    expect(report).toMatchObject({ outcome: 'ACCEPTED', counts: { workplaces: 10, staffRecords: 200, trainingRecords: 2 } });
    earlierId = report.returnId!;
    // the later return, big enough that each phase lasts long enough to be caught
    big = await writeLargeReturn(dir, { workplaces: 60, staffPerWorkplace: 500, prefix: 'later' });
    before = await state(t, earlierId);
    expect(before).toMatchObject({ staff_records: 200, training_records: 2, reports: 1 });
    expect(before.staff_md5).toMatch(/^[0-9a-f]{32}$/);
  });
  afterAll(async () => {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed while its staff rows stream into staging by COPY', async () => {
    await killDuring('the staging COPY', async () => (await sql(t.db,
      `select 1 from pg_stat_activity where application_name = $1 and state = 'active' and query ilike 'COPY stg_worker%'`, [APP])).length > 0);
    expect(await state(t, earlierId)).toEqual(before);
  });

  it('killed while the set-based write inserts staff records (after superseding the earlier return inside the transaction)', async () => {
    await killDuring('the write into staff_record', async () => (await sql(t.db,
      `select 1 from pg_locks l join pg_class c on c.oid = l.relation join pg_stat_activity a on a.pid = l.pid
       where a.application_name = $1 and c.relname = 'staff_record' and l.mode = 'RowExclusiveLock' and l.granted`, [APP])).length > 0);
    expect(await state(t, earlierId)).toEqual(before);
    expect(await sql(t.db, `select count(*)::int as n from pg_locks
      where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`)).toEqual([{ n: 0 }]);
  });

  it('a re-import afterwards succeeds and supersedes the earlier return, which stays as history unchanged', async () => {
    const r = await runCli(t, ['import', '--provider', PROVIDER, '--period', '2024-25', '--json', big.workplaceFile, big.staffFile]).done;
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ outcome: 'ACCEPTED', supersedesReturnId: earlierId, counts: { workplaces: 60, staffRecords: 30_000, trainingRecords: 2 } });
    const after = await state(t, earlierId);
    for (const k of ['staff_md5', 'workplace_md5', 'training_md5', 'qualification_md5'] as const) expect(after[k]).toBe(before[k]);
    expect(await sql(t.db, `select id, state from "return" order by id`)).toEqual([
      { id: earlierId, state: 'SUPERSEDED' }, { id: report.returnId, state: 'CURRENT' },
    ]);
    // the earlier workers' training is carried into the new period (no training file this time)
    expect(await sql(t.db, `select count(*)::int as n from training_record tr join staff_record sr on sr.id = tr.staff_record_id where sr.return_id = $1`,
      [report.returnId])).toEqual([{ n: 2 }]);
  });
});
