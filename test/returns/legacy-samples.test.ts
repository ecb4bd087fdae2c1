import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerHistory } from '../../importers/ascwds/file-layout';
import { projectRoot } from '../../src/paths';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { TestGraphQL } from '../support/graphql';
import { runCli } from './support/cli-process';

jest.setTimeout(60_000);

const FIXTURES = join(projectRoot, 'test', 'fixtures', 'legacy2019');
const WORKPLACE = join(FIXTURES, 'legacy2019_workplace_org-test.csv');
const STAFF = join(FIXTURES, 'legacy2019_staff_staff-test.csv');
/** Where the fixtures were copied from (SPEC-ascwds-bulk-upload.md §8), when the reference pack sits beside the repository. */
const REFERENCE = join(projectRoot, '..', 'shared', 'reference', 'samples');

const W = 'legacy2019_workplace_org-test.csv';
const S = 'legacy2019_staff_staff-test.csv';

/** Every problem the two 2019 files give in a hub that knows two of their six postcodes: file:line code column severity. */
const EXPECTED_PROBLEMS = [
  `${S}:1 9002 OTHERJOBROLE warning`, `${S}:1 9002 OTHERJRDESC warning`, `${S}:1 9002 NURSESPEC warning`,
  ...[2, 3, 4].flatMap((l) => [`${S}:${l} 3070 POSTCODE warning`, `${S}:${l} 3080 DOB warning`, `${S}:${l} 2000 STARTDATE warning`,
    `${S}:${l} 3200 STARTINSECT warning`, ...(l < 4 ? [`${S}:${l} 3360 SCQUAL warning`] : []), `${S}:${l} 1040 STATUS warning`]),
  `${S}:5 1040 STATUS warning`, `${S}:6 1040 STATUS warning`,
  `${S}:7 3070 POSTCODE warning`, `${S}:7 2000 STARTDATE warning`, `${S}:7 3200 STARTINSECT warning`, `${S}:7 1040 STATUS warning`,
  `${S}:8 1040 STATUS warning`,
  `${S}:9 3230 ZEROHRCONT warning`, `${S}:9 5015 QUALACH01 warning`, `${S}:9 1040 STATUS warning`,
  `${S}:10 3230 ZEROHRCONT warning`, `${S}:10 1040 STATUS warning`,
  `${S}:11 1040 STATUS warning`,
  `${S}:12 3200 STARTINSECT warning`, `${S}:12 1040 STATUS warning`,
  `${W}:1 9002 SHARELA warning`,
  `${W}:2 2130 OTHERUSERDESC warning`, `${W}:2 1020 STATUS warning`, `${W}:2 1060 POSTCODE warning`,
  `${W}:3 1020 STATUS warning`, `${W}:3 1060 POSTCODE warning`, `${W}:3 2200 TOTALPERMTEMP warning`, `${W}:3 2301 VACANCIES warning`,
  `${W}:4 1020 STATUS warning`, `${W}:4 1060 POSTCODE warning`, `${W}:4 2310 STARTERS warning`,
  `${W}:5 1020 STATUS warning`,
  `${W}:6 2130 OTHERUSERDESC warning`, `${W}:6 1020 STATUS warning`, `${W}:6 1060 POSTCODE warning`, `${W}:6 2200 TOTALPERMTEMP warning`,
  `${W}:7 1020 STATUS warning`, `${W}:7 2310 STARTERS warning`, `${W}:7 2320 LEAVERS warning`,
];

describe('the two real 2019 ASC-WDS files (older formats) through wfhub import into the database', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-legacy-'));
  const tables = async () => (await sql<{ n: string }>(t.db, `select
      (select count(*) from provider) || '/' || (select count(*) from "return") || '/' || (select count(*) from workplace_period) || '/' ||
      (select count(*) from staff_record) || '/' || (select count(*) from worker) as n`))[0].n;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    // Subsidiary 2 and Support team are in Leeds; the other four postcodes are unknown to the hub
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316), ('LS12 3UE', 316)`);
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('the fixtures are byte for byte the samples of the reference pack', () => {
    if (!existsSync(REFERENCE)) return; // the pack is not shipped with the repository
    for (const f of [W, S]) expect(readFileSync(join(FIXTURES, f)).equals(readFileSync(join(REFERENCE, f)))).toBe(true);
  });

  it('maps both older headers, warns once per dropped column, and accepts the return with exactly these warnings', async () => {
    const r = await runCli(t, ['import', '--provider', 'skills', '--period', '2024-25', '--name', 'Skills for Care test', '--json', WORKPLACE, STAFF]).done;
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      outcome: 'ACCEPTED', status: 'WARNINGS', accepted: true, errors: 0, warnings: EXPECTED_PROBLEMS.length, problemsTotal: EXPECTED_PROBLEMS.length,
      provider: { key: 'skills', created: true }, counts: { workplaces: 6, staffRecords: 11, trainingRecords: 0 },
    });
    expect(report.files.map((f: any) => [f.name, f.kind, f.format, f.records, f.errors, f.warnings])).toEqual([
      [W, 'workplace', '2019-06-14', 6, 0, 19], [S, 'worker', '2019-06-12', 11, 0, 35],
    ]);
    expect(report.problems.map((p: any) => `${p.file}:${p.line} ${p.code} ${p.column} ${p.severity}`).sort()).toEqual([...EXPECTED_PROBLEMS].sort());
    // the stored return carries the report's counts
    const stored = await gql.run(`{ returns(provider: "${report.provider.key}", period: "2024-25") { errors warnings } }`);
    expect(stored.data!.returns).toEqual([{ errors: 0, warnings: EXPECTED_PROBLEMS.length }]);
    const dropped = report.problems.filter((p: any) => p.code === 9002);
    // the report lists files in the order given
    expect(dropped.map((p: any) => p.message)).toEqual([
      `${W} uses the workplace format of 2019-06-14; column SHARELA is no longer collected and its values will be ignored`,
      `${S} uses the staff format of 2019-06-12; column OTHERJOBROLE is no longer collected and its values will be ignored`,
      `${S} uses the staff format of 2019-06-12; column OTHERJRDESC is no longer collected and its values will be ignored`,
      `${S} uses the staff format of 2019-06-12; column NURSESPEC is no longer collected and its values will be ignored`,
    ]);
    // every problem is complete: file, line, column, value, code, type, severity, message
    for (const p of report.problems) {
      expect(p).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number), column: expect.any(String), value: expect.any(String),
        code: expect.any(Number), type: expect.any(String), severity: 'warning', message: expect.any(String) }));
      expect(p.column).not.toBe('');
      expect(p.message).not.toBe('');
    }
  });

  it('stores the mapped values, queryable through GraphQL for the period; unknown postcodes count under no area', async () => {
    const res = await gql.run(`{ workplaces(first: 10, filter: { period: "2024-25" }) { edges { node { localRef cqcLocationId facts(period: "2024-25") {
        name postcode cssrCode regionCode mainService totalStaff staffRecords }
      workers(period: "2024-25", first: 10) { edges { node { uniqueWorkerRef displayId dateOfBirth gender ethnicity contract hourlyPay mainJobRole contractedHours
        qualifications { qualification year } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const byRef = Object.fromEntries(res.data!.workplaces.edges.map((e: any) => [e.node.localRef, e.node]));
    expect(Object.keys(byRef).sort()).toEqual(['BUDI Training', 'Rachel home', 'Subsidiary 2', 'Subsidiary 3', 'Support team', 'skills']);
    expect(byRef['skills'].facts).toEqual({ name: 'Skills for Care', postcode: 'L2 7FP', cssrCode: null, regionCode: null, mainService: 72, totalStaff: 4, staffRecords: 4 });
    expect(byRef['Subsidiary 2'].facts).toMatchObject({ cssrCode: 316, totalStaff: 4, staffRecords: 4 });
    expect(byRef['BUDI Training']).toMatchObject({ cqcLocationId: '1-2111759818', facts: { mainService: 8, totalStaff: 1, staffRecords: 0 } });
    const rachel = byRef['Rachel home'].workers.edges.map((e: any) => e.node);
    expect(rachel).toEqual([{ uniqueWorkerRef: '7204', displayId: 'Rachel', dateOfBirth: '1988-04-27', gender: 2, ethnicity: 31, contract: 1,
      hourlyPay: 25.9, mainJobRole: 11, contractedHours: 40, qualifications: [{ qualification: 38, year: 2012 }, { qualification: 2, year: 2011 }] }]);
  });

  it('never stores the NI numbers of the sample in clear, in any table', async () => {
    const names = await sql<{ table_name: string }>(t.db,
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    const hits: string[] = [];
    for (const { table_name } of names) {
      const [{ n }] = await sql<{ n: number }>(t.db, `select count(*)::int as n from "${table_name}" x where x::text ~* 'JR ?97 ?56 ?28|JK ?86 ?85 ?94'`);
      if (n > 0) hits.push(table_name);
    }
    expect(hits).toEqual([]);
    expect(await sql(t.db, `select count(*)::int as n from worker where ni_key ~ '^[0-9a-f]{64}$'`)).toEqual([{ n: 2 }]);
  });

  it('the same files again are "already received" (checksum), and the text report names the older formats', async () => {
    const before = await tables();
    const r = await runCli(t, ['import', '--provider', 'skills', '--period', '2024-25', WORKPLACE, STAFF]).done;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Already received: these files are skills's current return for 2024-25 \(return \d+\)\. Nothing changed\./);
    expect(r.stdout).toContain(`${S} (staff, format of 2019-06-12): 11 records, 0 errors, 35 warnings`);
    expect(r.stdout).toContain(`${W} (workplace, format of 2019-06-14): 6 records, 0 errors, 19 warnings`);
    expect(await tables()).toBe(before);
  });

  it('refuses the 2019-06-12 draft workplace format with a message naming its date, exit 1, nothing written', async () => {
    const draft = headerHistory().find((h) => h.kind === 'workplace' && h.fromDate === '2019-06-12')!;
    const file = join(dir, 'draft-workplace.csv');
    writeFileSync(file, `${draft.columns.join(',')}\r\n${draft.columns.map(() => '').join(',')}\r\n`);
    const before = await tables();
    const r = await runCli(t, ['import', '--provider', 'skills', '--period', '2025-26', '--json', file, STAFF]).done;
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ outcome: 'REJECTED', status: 'FAILED', accepted: false, returnId: null });
    const refused = report.problems.filter((p: any) => p.severity === 'error');
    expect(refused).toEqual([expect.objectContaining({ file: 'draft-workplace.csv', line: 1, code: 9001, type: 'HEADER_FORMAT_REFUSED_ERROR' })]);
    expect(refused[0].message).toMatch(/^draft-workplace\.csv uses the workplace format of 2019-06-12: .*never accepted from providers.* Please use the current ASC-WDS bulk upload template\.$/);
    expect(report.problems.some((p: any) => p.code === 9000)).toBe(false);
    expect(await tables()).toBe(before);
  });
});
