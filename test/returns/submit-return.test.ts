import { submitReturn, type SubmitRequest } from '../../src/returns/submit-return';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { TestGraphQL } from '../support/graphql';
import { careWorker, memoryFile, plainWorkplace, returnFiles, TODAY } from './support/return-files';
import { buildFile } from '../importers/ascwds/support/row-builder';

describe('submitReturn: one transaction, all or nothing, history kept', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  const submit = (req: Omit<SubmitRequest, 'today'>) => submitReturn(t.db, t.config, { today: TODAY, ...req });
  const snapshot = async () => ({
    returns: await sql(t.db, `select id, state from "return" order by id`),
    workplaces: await sql(t.db, `select count(*)::int as n from workplace_period`),
    staff: await sql(t.db, `select count(*)::int as n from staff_record`),
    training: await sql(t.db, `select count(*)::int as n from training_record`),
    providers: await sql(t.db, `select key from provider order by key`),
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('accepts a clean return, creates the provider, and every count and field is queryable for the period', async () => {
    const report = await submit({
      providerKey: 'acme', providerName: 'Acme Care', period: '2024-25',
      files: returnFiles({
        workplaces: [plainWorkplace('HOME 1', 2)],
        workers: [careWorker('HOME 1', 'S1', { CONTHOURS: '20' }), careWorker('HOME 1', 'S2', { HOURLYRATE: '12.10' })],
        training: [{ LOCALESTID: 'HOME 1', UNIQUEWORKERID: 'S1' }, { LOCALESTID: 'HOME 1', UNIQUEWORKERID: 'S2', CATEGORY: '2' }],
      }),
    });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ status: 'PASSED', outcome: 'ACCEPTED', accepted: true, provider: { key: 'acme', created: true },
      counts: { workplaces: 1, staffRecords: 2, trainingRecords: 2 } });
    const res = await gql.run(`{ provider(key: "acme") { name }
      returns(provider: "acme", period: "2024-25") { status state provider { key } counts { workplaces staffRecords trainingRecords } }
      workplaces(first: 10, filter: { period: "2024-25" }) { edges { node { localRef facts(period: "2024-25") { name cssrCode regionCode totalStaff staffRecords leaversAnswer leavers }
        workers(period: "2024-25") { edges { node { uniqueWorkerRef contract contractedHours hourlyPay mainJobRole qualifications { qualification year } training { category expires } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.provider.name).toBe('Acme Care');
    expect(res.data!.returns).toEqual([{ status: 'PASSED', state: 'CURRENT', provider: { key: 'acme' }, counts: { workplaces: 1, staffRecords: 2, trainingRecords: 2 } }]);
    const wp = res.data!.workplaces.edges[0].node;
    expect(wp.localRef).toBe('HOME 1');
    expect(wp.facts).toEqual({ name: 'Home HOME 1', cssrCode: 316, regionCode: 5, totalStaff: 2, staffRecords: 2, leaversAnswer: 'WITH_JOBS', leavers: 1 });
    const workers = wp.workers.edges.map((e: any) => e.node);
    expect(workers.map((w: any) => w.uniqueWorkerRef)).toEqual(['S1', 'S2']);
    expect(workers[0]).toMatchObject({ contract: 1, contractedHours: 20, hourlyPay: 11.5, mainJobRole: 8, qualifications: [{ qualification: 1, year: 2010 }] });
    expect(workers[0].training).toEqual([{ category: 1, expires: '2025-05-31' }]);
    // NI numbers only as keyed HMAC
    const ni = await sql<{ ni_key: string }>(t.db, `select ni_key from worker`);
    expect(ni.every((r) => /^[0-9a-f]{64}$/.test(r.ni_key))).toBe(true);
  });

  it('rejects a return with errors and changes nothing, keeping the report', async () => {
    const before = await snapshot();
    const report = await submit({
      providerKey: 'acme', period: '2024-25',
      files: returnFiles({
        workplaces: [plainWorkplace('HOME 1', 1, { STATUS: 'UPDATE', ESTTYPE: '99' })],
        workers: [careWorker('HOME 9', 'S1'), careWorker('HOME 1', 'S2', { STATUS: 'UPDATE', GENDER: '7' })],
        training: [{ LOCALESTID: 'HOME 1', UNIQUEWORKERID: 'NOBODY' }],
      }),
    });
    expect(report).toMatchObject({ status: 'FAILED', outcome: 'REJECTED', accepted: false, returnId: null });
    const found = report.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.column}`);
    expect(found).toEqual(expect.arrayContaining([
      'workplace.csv:2 1070 ESTTYPE', 'staff.csv:2 997 LOCALESTID', 'staff.csv:3 1090 GENDER', 'training.csv:2 996 UNIQUEWORKERID',
    ]));
    expect(await snapshot()).toEqual(before);
    const kept = await sql<{ outcome: string; n: number }>(t.db,
      `select rr.outcome, (select count(*)::int from return_problem p where p.report_id = rr.id) as n from return_report rr where rr.id = $1`, [report.reportId]);
    expect(kept[0]).toEqual({ outcome: 'REJECTED', n: report.problems.length });
  });

  it('a resubmission for the period replaces the current return only when it commits; the earlier one stays as history', async () => {
    const first = await sql<{ id: number }>(t.db, `select id from "return" where state = 'CURRENT'`);
    const report = await submit({
      providerKey: 'acme', period: '2024-25',
      files: returnFiles({
        workplaces: [plainWorkplace('HOME 1', 1, { STATUS: 'UPDATE' })],
        workers: [careWorker('HOME 1', 'S1', { STATUS: 'UPDATE', CONTHOURS: '30' }), careWorker('HOME 1', 'S2', { STATUS: 'DELETE' })],
      }),
    });
    expect(report.outcome).toBe('ACCEPTED');
    expect(report.supersedesReturnId).toBe(first[0].id);
    expect(report.notInPeriod.staff).toEqual([{ localRef: 'HOME 1', workerRef: 'S2', reason: 'DELETE' }]);
    const states = await sql(t.db, `select id, state from "return" order by id`);
    expect(states).toEqual([{ id: first[0].id, state: 'SUPERSEDED' }, { id: report.returnId, state: 'CURRENT' }]);
    // training given before and none now: the worker keeps it
    const training = await sql(t.db, `select tr.category from training_record tr join staff_record sr on sr.id = tr.staff_record_id where sr.return_id = $1`, [report.returnId]);
    expect(training).toEqual([{ category: 1 }]);
  });

  it('reports byte-identical files as already received', async () => {
    const files = returnFiles({ workplaces: [plainWorkplace('HOME 1', 1, { STATUS: 'UPDATE' })], workers: [careWorker('HOME 1', 'S1', { STATUS: 'UPDATE', NINUMBER: 'AB999999C' })] });
    const once = await submit({ providerKey: 'acme', period: '2024-25', files });
    const twice = await submit({ providerKey: 'acme', period: '2024-25', files });
    expect(once.outcome).toBe('ACCEPTED');
    expect(twice).toMatchObject({ outcome: 'ALREADY_RECEIVED', returnId: once.returnId, accepted: true });
    expect(await sql(t.db, `select count(*)::int as n from "return" where state = 'CURRENT'`)).toEqual([{ n: 1 }]);
  });

  it('carries UNCHECKED records forward into the next period and lists staff left out', async () => {
    const report = await submit({
      providerKey: 'acme', period: '2025-26',
      files: returnFiles({ workplaces: [plainWorkplace('HOME 1', 0, { STATUS: 'UNCHECKED', TOTALPERMTEMP: '' })], workers: [] }),
    });
    expect(report.outcome).toBe('ACCEPTED');
    expect(report.notInPeriod.staff).toEqual([{ localRef: 'HOME 1', workerRef: 'S1', reason: 'not in the staff file' }]);
    const facts = await sql(t.db, `select source, name, total_staff, staff_records from workplace_period where return_id = $1`, [report.returnId]);
    expect(facts).toEqual([{ source: 'CARRIED', name: 'Home HOME 1', total_staff: 1, staff_records: 0 }]);
  });

  it('refuses UNCHECKED for a record the hub has never seen', async () => {
    const report = await submit({
      providerKey: 'newco', period: '2024-25',
      files: returnFiles({ workplaces: [plainWorkplace('X', 1, { STATUS: 'UNCHECKED' })], workers: [careWorker('X', 'A', { STATUS: 'UNCHECKED' })] }),
    });
    expect(report.status).toBe('FAILED');
    expect(report.problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual(expect.arrayContaining(['workplace.csv:2 1020', 'staff.csv:2 1040']));
    expect(await sql(t.db, `select key from provider where key = 'newco'`)).toEqual([]);
  });

  it('needs a workplace file and a staff file, recognised by header', async () => {
    const report = await submit({ providerKey: 'acme', period: '2024-25', files: [memoryFile('a.csv', buildFile('workplace', [plainWorkplace('HOME 1', 0)]))] });
    expect(report.problems.map((p) => `${p.code} ${p.type}`)).toContain('9030 FILE_MISSING_ERROR');
    expect(report.problems.find((p) => p.code === 9030)!.message).toMatch(/no staff file/);
  });

  it('a failure in the middle of the write leaves the earlier return intact', async () => {
    const before = await snapshot();
    await sql(t.db, `create function fail_on_boom() returns trigger language plpgsql as $$ begin
      if new.unique_worker_ref = 'BOOM' then raise exception 'forced failure mid-write'; end if; return new; end $$`);
    await sql(t.db, `create trigger boom before insert on staff_record for each row execute function fail_on_boom()`);
    try {
      await expect(submit({
        providerKey: 'acme', period: '2024-25',
        files: returnFiles({ workplaces: [plainWorkplace('HOME 1', 2, { STATUS: 'UPDATE' })], workers: [careWorker('HOME 1', 'S1', { STATUS: 'UPDATE' }), careWorker('HOME 1', 'BOOM')] }),
      })).rejects.toThrow(/forced failure mid-write/);
    } finally {
      await sql(t.db, `drop trigger boom on staff_record`);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('runs two submissions for one provider one after the other, never interleaved', async () => {
    const a = submit({ providerKey: 'acme', period: '2024-25', files: returnFiles({ workplaces: [plainWorkplace('HOME 1', 1, { STATUS: 'UPDATE', ESTNAME: 'A' })], workers: [careWorker('HOME 1', 'S1', { STATUS: 'UPDATE' })] }) });
    const b = submit({ providerKey: 'acme', period: '2024-25', files: returnFiles({ workplaces: [plainWorkplace('HOME 1', 1, { STATUS: 'UPDATE', ESTNAME: 'B' })], workers: [careWorker('HOME 1', 'S1', { STATUS: 'UPDATE' })] }) });
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.outcome, rb.outcome]).toEqual(['ACCEPTED', 'ACCEPTED']);
    const current = await sql<{ id: number; supersedes_id: number }>(t.db, `select id, supersedes_id from "return" where state = 'CURRENT' and period = '2024-25'`);
    expect(current).toHaveLength(1);
    // the later one superseded the earlier one, which superseded what was there before
    const later = Math.max(ra.returnId!, rb.returnId!);
    expect(current[0].id).toBe(later);
    expect(current[0].supersedes_id).toBe(Math.min(ra.returnId!, rb.returnId!));
  });
});
