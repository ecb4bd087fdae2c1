import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentHeader } from '../../importers/ascwds/file-layout';
import { submitReturn } from '../../src/returns/submit-return';
import { buildFile, buildRow } from '../importers/ascwds/support/row-builder';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { runCli } from './support/cli-process';
import { careWorker, memoryFile, plainWorkplace, TODAY } from './support/return-files';

jest.setTimeout(60_000);

/** The first bytes of an .xlsx workbook (a zip archive): what arrives when a provider uploads the spreadsheet itself. */
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
  Buffer.from('[Content_Types].xml'), Buffer.from([0xad, 0x92, 0xcb, 0x6e, 0xc2, 0x30, 0x10, 0x45, 0xf7, 0x95, 0xfa, 0x0f, 0x0a, 0x00, 0xff])]);

type Files = { workplace: string | Buffer; staff: string | Buffer; training?: string | Buffer };

/** A clean return of one workplace, two staff and one training row; each case breaks one thing in it. */
const clean = (): { w: Record<string, string>[]; s: Record<string, string>[]; t: Record<string, string>[] } => ({
  w: [plainWorkplace('HOME', 2)],
  s: [careWorker('HOME', 'S1'), careWorker('HOME', 'S2')],
  t: [{ LOCALESTID: 'HOME', UNIQUEWORKERID: 'S1' }],
});
const files = (c = clean()): Files => ({ workplace: buildFile('workplace', c.w), staff: buildFile('worker', c.s), training: buildFile('training', c.t) });
const change = (fn: (c: ReturnType<typeof clean>) => void): Files => {
  const c = clean();
  fn(c);
  return files(c);
};

/** Each broken return, and the errors it must give as `file:line code column` (every error, nothing else). */
const CASES: [string, () => Files, string[], string[]?][] = [
  ['a staff file whose header is not one', () => ({ ...files(), staff: 'name,age,email\r\nJane,40,j@example.org\r\n' }),
    ['staff.csv:1 9000 ']],
  ['a bad code', () => change((c) => { c.s[1].GENDER = '7'; }),
    ['staff.csv:3 1090 GENDER']],
  ['a STARTERS list not aligned with ALLJOBROLES', () => change((c) => { c.w[0].STARTERS = '1;1'; }),
    ['workplace.csv:2 1310 ALLJOBROLES/STARTERS']],
  ['a staff row whose workplace is not in the workplace file, and training for nobody', () => change((c) => { c.s[1].LOCALESTID = 'ELSEWHERE'; c.t[0].UNIQUEWORKERID = 'NOBODY'; }),
    ['staff.csv:3 997 LOCALESTID', 'training.csv:2 996 UNIQUEWORKERID']],
  ['a staff reference used twice in one workplace', () => change((c) => { c.s[1].UNIQUEWORKERID = 'S1'; }),
    ['staff.csv:3 998 UNIQUEWORKERID or CHGUNIQUEWRKID']],
  // as in ASC-WDS, a bad date of birth or start date is a warning (the value is ignored); a bad training date is an error
  ['impossible dates', () => change((c) => { c.s[0].DOB = '31/02/1980'; c.s[1].STARTDATE = '2020-04-01'; c.t[0].DATECOMPLETED = '01/13/2024'; }),
    ['training.csv:2 1020 DATECOMPLETED'], ['staff.csv:2 3080 DOB', 'staff.csv:3 3190 STARTDATE']],
  ['a file that is not UTF-8', () => ({ ...files(), workplace: Buffer.from(buildFile('workplace', [plainWorkplace('HOME', 2, { ESTNAME: 'Caf\u00e9 Home' })]), 'latin1') }),
    ['workplace.csv:0 9010 ']],
  ['a truncated staff file', () => ({ ...files(), staff: buildFile('worker', clean().s).slice(0, -60) }),
    ['staff.csv:3 9022 ']],
  ['an Excel workbook instead of the workplace CSV', () => ({ ...files(), workplace: XLSX }),
    ['workplace.csv:1 9000 ', 'workplace.csv:0 9012 ']],
  ['a NUL byte in a staff cell', () => ({ ...files(), staff: buildFile('worker', clean().s).replace('NVQ', 'N\u0000VQ') }),
    ['staff.csv:0 9012 ']],
  ['a quote left open', () => ({ ...files(), training: `${currentHeader('training').join(',')}\n${buildRow('training', { LOCALESTID: 'HOME', UNIQUEWORKERID: 'S1', NOTES: 'x' }).replace(',x', ',"x')}\n` }),
    ['training.csv:2 9020 ']],
];

describe('broken returns are rejected with the right codes and lines, and change nothing', () => {
  let t: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-broken-'));
  const asInputs = (f: Files) => [memoryFile('workplace.csv', f.workplace), memoryFile('staff.csv', f.staff), ...(f.training ? [memoryFile('training.csv', f.training)] : [])];
  const database = async () => (await sql(t.db, `select
      (select json_agg(r order by id) from (select id, state, checksum from "return") r) as returns,
      (select count(*)::int from provider) as providers, (select count(*)::int from workplace_period) as workplaces,
      (select count(*)::int from staff_record) as staff, (select count(*)::int from training_record) as training,
      (select md5(string_agg(x::text, '|' order by x.id)) from staff_record x) as staff_md5`))[0];

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
    // the provider's current return, which every broken one must leave alone
    const first = await submitReturn(t.db, t.config, { providerKey: 'brokenco', period: '2024-25', today: TODAY, files: asInputs(files()) });
    expect(first).toMatchObject({ outcome: 'ACCEPTED', status: 'PASSED', counts: { workplaces: 1, staffRecords: 2, trainingRecords: 1 } });
  });
  afterAll(() => t.drop());

  test.each(CASES)('%s', async (_name, make, expected, warnings = []) => {
    const before = await database();
    const report = await submitReturn(t.db, t.config, { providerKey: 'brokenco', period: '2024-25', today: TODAY, files: asInputs(make()) });
    expect(report).toMatchObject({ outcome: 'REJECTED', status: 'FAILED', accepted: false, returnId: null });
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line} ${p.code} ${p.column}`).sort()).toEqual([...expected].sort());
    expect(report.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}:${p.line} ${p.code} ${p.column}`)).toEqual(expect.arrayContaining(warnings));
    for (const p of report.problems) expect(p.message.length).toBeGreaterThan(10);
    expect(await database()).toEqual(before);
  });

  it('an unrecognised file is named, with what was expected', async () => {
    const report = await submitReturn(t.db, t.config, { providerKey: 'brokenco', period: '2024-25', today: TODAY, files: asInputs(CASES[0][1]()) });
    const [p] = report.problems.filter((x) => x.code === 9000);
    expect(p).toMatchObject({ file: 'staff.csv', line: 1, type: 'HEADER_UNKNOWN_ERROR', severity: 'error' });
    expect(p.message).toMatch(/^staff\.csv is not a recognised ASC-WDS workplace, staff or training file: .*header row of the ASC-WDS bulk upload template, starting LOCALESTID/);
    expect(report.files.find((f) => f.name === 'staff.csv')).toMatchObject({ kind: null, format: null, records: 0 });
    // a workbook is told apart from a CSV with a wrong header, and its report is stored like any other
    const workbook = await submitReturn(t.db, t.config, { providerKey: 'brokenco', period: '2024-25', today: TODAY, files: asInputs({ ...files(), workplace: XLSX }) });
    expect(workbook.problems.filter((x) => x.file === 'workplace.csv').map((x) => x.message)).toEqual([
      "workplace.csv is not a CSV text file (it holds NUL bytes from line 1; is it an Excel workbook?). Save it as 'CSV UTF-8 (comma delimited)' and upload it again",
      expect.stringMatching(/^workplace\.csv is not a recognised ASC-WDS workplace, staff or training file: the first line is not text: the file looks like a spreadsheet workbook/),
    ]);
    expect(await sql(t.db, `select outcome from return_report where id = $1`, [workbook.reportId])).toEqual([{ outcome: 'REJECTED' }]);
  });

  it('a UTF-8 BOM and CRLF line endings (Excel\'s "CSV UTF-8") are accepted end to end', async () => {
    const c = clean();
    for (const row of [...c.w, ...c.s]) row.STATUS = 'UPDATE';
    for (const row of c.s) row.DAYSSICK = '4'; // an unchanged figure on UPDATE is a warning (3240)
    c.s[0].CONTHOURS = '31';
    const excel = (kind: 'workplace' | 'worker' | 'training', rows: Record<string, string>[]) => `\uFEFF${buildFile(kind, rows, { eol: '\r\n' })}`;
    const report = await submitReturn(t.db, t.config, { providerKey: 'brokenco', period: '2024-25', today: TODAY,
      files: asInputs({ workplace: excel('workplace', c.w), staff: excel('worker', c.s), training: excel('training', c.t) }) });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ outcome: 'ACCEPTED', status: 'PASSED', counts: { workplaces: 1, staffRecords: 2, trainingRecords: 1 } });
    expect(await sql(t.db, `select w.local_ref, sr.unique_worker_ref, sr.contracted_hours::float as hours from staff_record sr
      join workplace_period wp on wp.id = sr.workplace_period_id join workplace w on w.id = wp.workplace_id where sr.return_id = $1 order by 2`, [report.returnId]))
      .toEqual([{ local_ref: 'HOME', unique_worker_ref: 'S1', hours: 31 }, { local_ref: 'HOME', unique_worker_ref: 'S2', hours: 37.5 }]);
  });

  it('through the CLI: exit 1, the codes and lines in the text report, nothing written', async () => {
    const before = await database();
    const broken = { ...change((c) => { c.s[1].GENDER = '7'; }), staff: buildFile('worker', [careWorker('HOME', 'S1'), careWorker('HOME', 'S2', { GENDER: '7' })]).slice(0, -60) };
    const paths = Object.entries(broken).map(([k, v]) => {
      const p = join(dir, `${k}.csv`);
      writeFileSync(p, v);
      return p;
    });
    const r = await runCli(t, ['import', '--provider', 'brokenco', '--period', '2024-25', ...paths]).done;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Bulk upload validation: FAILED \(1 error/);
    expect(r.stdout).toContain('staff.csv 9022 ROW_TOO_SHORT_ERROR ×1');
    expect(r.stdout).toMatch(/Rejected: nothing was written\. .*GET \/api\/returns\/\d+\/report\.csv/);
    expect(await database()).toEqual(before);
  });
});
