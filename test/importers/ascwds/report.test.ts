import Papa from 'papaparse';
import { buildReport, neutraliseCell, REPORT_CSV_COLUMNS, reportCsv, reportText, uploadStatus } from '../../../importers/ascwds/report';
import type { Problem } from '../../../importers/ascwds/problem';
import { buildFile, validateText } from './support/row-builder';

async function sampleUpload() {
  const workplace = await validateText(buildFile('workplace', [{ HOLIDAY: '=HYPERLINK("x")' }, { LOCALESTID: 'W 2', ESTTYPE: '4' }]), 'workplace.csv');
  const staff = await validateText(buildFile('worker', [{ DOB: '' }, { UNIQUEWORKERID: 'S 2', NINUMBER: 'JR97562', DISPLAYID: '+44 Jane' }]), 'staff.csv');
  const training = await validateText(buildFile('training', [{}]), 'training.csv');
  const results = [workplace.result, staff.result, training.result];
  // the caller passes every problem, in any order; a cross-file one from SQL is added here
  const crossFile: Problem = { file: 'staff.csv', kind: 'worker', line: 2, column: 'LOCALESTID', value: 'W 9 JR975628C', code: 997, type: 'NO_ASSOCIATED_ESTABLISHMENT_ERROR', severity: 'error', message: 'LOCALESTID does not exist in Workplace file', localRef: 'W 9', workerRef: 'S 1' };
  const problems = [...staff.problems, crossFile, ...workplace.problems, ...training.problems];
  return buildReport(results, problems);
}

describe('report', () => {
  test('status is FAILED with any error, WARNINGS with only warnings, PASSED with none', () => {
    const p = (severity: 'error' | 'warning') => ({ severity }) as Problem;
    expect([uploadStatus([p('warning'), p('error')]), uploadStatus([p('warning')]), uploadStatus([])]).toEqual(['FAILED', 'WARNINGS', 'PASSED']);
  });

  test('JSON report: per-file counts, problems sorted by file then line, summary per message', async () => {
    const report = await sampleUpload();
    expect(report.status).toBe('FAILED');
    expect(report.files.map((f) => [f.name, f.kind, f.format, f.records, f.errors, f.warnings])).toEqual([
      ['workplace.csv', 'workplace', 'current', 2, 1, 1],
      ['staff.csv', 'worker', 'current', 2, 2, 1],
      ['training.csv', 'training', 'current', 1, 0, 0],
    ]);
    expect(report.problems.map((p) => [p.file, p.line, p.code])).toEqual([
      ['workplace.csv', 2, 2470], ['workplace.csv', 3, 1070],
      ['staff.csv', 2, 3080], ['staff.csv', 2, 997], ['staff.csv', 3, 1060],
    ]);
    expect(report.summary).toEqual(expect.arrayContaining([
      { file: 'staff.csv', kind: 'worker', code: 997, type: 'NO_ASSOCIATED_ESTABLISHMENT_ERROR', severity: 'error', message: 'LOCALESTID does not exist in Workplace file', count: 1 },
      { file: 'workplace.csv', kind: 'workplace', code: 1070, type: 'ESTABLISHMENT_TYPE_ERROR', severity: 'error', message: 'WorkplaceCSVValidator Type (ESTTYPE): 4 is unknown', count: 1 },
    ]));
    expect([report.errors, report.warnings]).toEqual([3, 2]);
  });

  test('the report holds no NI number, even one a later check put in a value', async () => {
    const report = await sampleUpload();
    const text = JSON.stringify(report) + reportCsv(report) + reportText(report);
    expect(text).not.toMatch(/JR975628C|JR97562\b/);
    expect(report.problems.find((p) => p.code === 997)?.value).toBe('W 9 JR****28C');
  });

  test('CSV report: ASC-WDS-like columns, one line per problem, formula cells neutralised', async () => {
    const report = await sampleUpload();
    const csv = reportCsv(report);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows).toHaveLength(report.problems.length + 1);
    expect(rows[1]).toEqual(['WARNING', 'workplace.csv', 'W 1', '', 'HOLIDAY', '2', '2470', 'The code you have entered for HOLIDAY is incorrect and will be ignored', `'=HYPERLINK("x")`]);
    expect(rows[4]).toEqual(['ERROR', 'staff.csv', 'W 9', 'S 1', 'LOCALESTID', '2', '997', 'LOCALESTID does not exist in Workplace file', 'W 9 JR****28C']);
    expect([neutraliseCell('+44'), neutraliseCell('-1'), neutraliseCell('@x'), neutraliseCell('a=b')]).toEqual(["'+44", "'-1", "'@x", 'a=b']);
  });

  test('text summary: status, per-file counts and each message with its count', async () => {
    const text = reportText(await sampleUpload());
    expect(text.split('\n')).toEqual(expect.arrayContaining([
      'Bulk upload validation: FAILED (3 errors, 2 warnings)',
      '  workplace.csv (workplace, current format): 2 records, 1 error, 1 warning',
      '  staff.csv (staff, current format): 2 records, 2 errors, 1 warning',
      '  training.csv (training, current format): 1 record, 0 errors, 0 warnings',
      '  staff.csv 1060 WORKER_NINUMBER_ERROR ×1: NINUMBER is incorrectly formatted',
      '  staff.csv 3080 DOB_WARNING ×1: DOB is missing',
    ]));
    expect(text.indexOf('Errors (')).toBeLessThan(text.indexOf('Warnings ('));
  });
});
