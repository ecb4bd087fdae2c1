import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { currentHeader } from '../../../importers/ascwds/file-layout';
import { BATCH_RECORDS, validateFile } from '../../../importers/ascwds/parse-file';
import type { WorkerRecord } from '../../../importers/ascwds/worker-record';
import type { WorkplaceRecord } from '../../../importers/ascwds/workplace-record';
import { projectRoot } from '../../../src/paths';
import { BadInput } from '../../../src/errors';
import { buildFile, buildRow, codesOn, testContext, validateText } from './support/row-builder';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'fixtures', 'legacy2019', name));

describe('validateFile: reading the bytes', () => {
  test('accepts a UTF-8 BOM and CRLF line endings, and reports the hash and size of the bytes', async () => {
    const text = `\uFEFF${buildFile('training', [{}, { UNIQUEWORKERID: 'S 2' }], { eol: '\r\n' })}`;
    const bytes = Buffer.from(text, 'utf8');
    const v = await validateText(bytes, 'training.csv');
    expect(v.result).toMatchObject({ kind: 'training', format: 'current', records: 2, errors: 0, warnings: 0, bytes: bytes.length });
    expect(v.result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(v.records.map((r) => [r.line, (r as { workerKey: string }).workerKey])).toEqual([[2, 'S1'], [3, 'S2']]);
    expect((v.records[0] as { notes: string | null }).notes).toBeNull();
  });

  test('reports bytes that are not UTF-8 with the line they are on, and still checks the rest', async () => {
    const good = buildFile('training', [{}, {}]);
    const latin1 = Buffer.concat([Buffer.from(good), Buffer.from(buildRow('training', { TRAININGNAME: 'Cost X' }).replace('X', '\u00a3'), 'latin1'), Buffer.from(`\n${buildRow('training', { CATEGORY: '' })}\n`)]);
    const v = await validateText(latin1, 'training.csv');
    expect(v.result.fileProblems.map((p) => [p.code, p.type, p.line])).toEqual([[9010, 'ENCODING_ERROR', 0]]);
    expect(v.result.fileProblems[0].message).toBe("training.csv is not UTF-8 text (first invalid byte at line 4). Save it as 'CSV UTF-8 (comma delimited)' and upload it again");
    expect(v.result.records).toBe(4);
    expect(codesOn(v.problems, 5)).toEqual(['1050 CATEGORY_ERROR CATEGORY']);
    expect(v.result.errors).toBe(2);
  });

  test('reports NUL bytes (a workbook, a UTF-16 file) with their line, and never passes a NUL on', async () => {
    const text = buildFile('training', [{}, { NOTES: 'a\u0000b' }]);
    const v = await validateText(Buffer.from(text, 'utf8'), 'training.csv');
    expect(v.result.fileProblems.map((p) => [p.code, p.type, p.line])).toEqual([[9012, 'NOT_TEXT_ERROR', 0]]);
    expect(v.result.fileProblems[0].message).toContain('training.csv is not a CSV text file (it holds NUL bytes from line 3');
    expect(v.records.map((r) => (r as { notes: string | null }).notes)).toEqual([null, 'a\uFFFDb']);
    const utf16 = await validateText(Buffer.from(`\uFEFF${text}`, 'utf16le'), 'training.csv');
    expect(utf16.result.kind).toBeNull();
    expect(utf16.result.fileProblems.map((p) => p.code)).toEqual([9000, 9012]);
    expect(JSON.stringify([utf16.result, utf16.records, utf16.problems])).not.toContain('\\u0000');
  });

  test('reports an empty file, and a file with only blank lines', async () => {
    for (const content of ['', '\uFEFF\r\n \r\n']) {
      const v = await validateText(Buffer.from(content), 'empty.csv');
      expect(v.result.kind).toBeNull();
      expect(v.result.fileProblems.map((p) => [p.code, p.type, p.line, p.message])).toEqual([[9011, 'EMPTY_FILE_ERROR', 0, 'empty.csv is empty']]);
      expect(v.result.errors).toBe(1);
    }
  });

  test('a header with no rows is a valid, empty file', async () => {
    const v = await validateText(`${currentHeader('worker').join(',')}\n`, 'staff.csv');
    expect(v.result).toMatchObject({ kind: 'worker', records: 0, errors: 0, warnings: 0 });
    expect(v.batches).toBe(0);
  });

  test('an unknown header fails the file without reading its rows', async () => {
    const v = await validateText('LOCALESTID,SOMETHING\nA,B\n', 'odd.csv');
    expect(v.result).toMatchObject({ kind: null, format: null, records: 0, errors: 1 });
    expect(v.result.fileProblems[0]).toMatchObject({ code: 9000, line: 1, file: 'odd.csv' });
  });

  test('rejects a today that is not YYYY-MM-DD', async () => {
    await expect(validateFile(Readable.from(['x']), 'f.csv', { ...testContext, today: '30/06/2025' }, async () => undefined)).rejects.toBeInstanceOf(BadInput);
  });
});

describe('validateFile: row shapes', () => {
  test('a quote left open is reported on the row where it starts', async () => {
    const text = `${buildFile('training', [{}])}${buildRow('training', { NOTES: 'x' }).replace(',x', ',"x')}\n${buildRow('training')}\n`;
    const v = await validateText(text, 'training.csv');
    expect(v.records).toHaveLength(1);
    expect(v.problems.map((p) => [p.line, p.code, p.type])).toEqual([[3, 9020, 'QUOTE_NOT_CLOSED_ERROR']]);
    expect(v.result.rejectedRows).toBe(1);
  });

  test('a malformed quote, a truncated row and a row with extra values are rejected with their own codes', async () => {
    const row = buildRow('training');
    const text = [
      currentHeader('training').join(','),
      buildRow('training', { NOTES: 'note' }).replace('Restraint basics', '"Restraint" basics').replace(',note', ',"note"'),
      row.split(',').slice(0, 5).join(','),
      `${row},surprise`,
      `${row},,`,
    ].join('\n');
    const v = await validateText(text, 'training.csv');
    expect(v.problems.map((p) => [p.line, p.code, p.type, p.message])).toEqual([
      [2, 9021, 'QUOTE_MALFORMED_ERROR', 'A quoted value is followed by other characters before the next comma'],
      [3, 9022, 'ROW_TOO_SHORT_ERROR', 'This row has 5 values but the header has 12; it is truncated or values are missing and it has not been validated'],
      [4, 9023, 'ROW_TOO_LONG_ERROR', 'This row has 13 values but the header has 12; it has not been validated'],
    ]);
    expect(v.records.map((r) => r.line)).toEqual([5]);
  });

  test('blank lines are skipped and do not count as rows', async () => {
    const v = await validateText(`${currentHeader('training').join(',')}\n\n${buildRow('training')}\n,,,,,,,,,,,\n${buildRow('training', { CATEGORY: 'x' })}\n`);
    expect(v.records.map((r) => r.line)).toEqual([2, 3]);
    expect(codesOn(v.problems, 3)).toEqual(['1050 CATEGORY_ERROR CATEGORY']);
  });

  test('a quoted value may hold commas, quotes and line breaks', async () => {
    const v = await validateText(buildFile('training', [{ NOTES: 'one, "two"\nthree' }]));
    expect((v.records[0] as { notes: string }).notes).toBe('one, "two"\nthree');
    expect(v.problems).toEqual([]);
  });
});

describe('validateFile: batches', () => {
  test('emits a batch every few thousand records and waits for each one before reading on', async () => {
    const rows = Array.from({ length: BATCH_RECORDS * 2 + 10 }, (_, i) => ({ UNIQUEWORKERID: `S${i}`, CATEGORY: i % 1000 === 0 ? '3' : '1' }));
    const sizes: number[] = [];
    let running = 0;
    let overlapped = false;
    const result = await validateFile(Readable.from([buildFile('training', rows)]), 't.csv', testContext, async (b) => {
      running++;
      if (running > 1) overlapped = true;
      await new Promise((r) => setTimeout(r, 5));
      sizes.push(b.records.length);
      expect(b.kind).toBe('training');
      running--;
    });
    expect(overlapped).toBe(false);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThan(BATCH_RECORDS + 1000);
    expect(result).toMatchObject({ records: rows.length, errors: 11 });
  });

  test('a failing onBatch rejects validateFile', async () => {
    const fail = validateFile(Readable.from([buildFile('training', [{}])]), 't.csv', testContext, async () => { throw new Error('database went away'); });
    await expect(fail).rejects.toThrow('database went away');
  });
});

describe('validateFile: the two real 2019 files (legacy formats)', () => {
  test('the 2019 workplace file is mapped, with one warning for its dropped SHARELA column', async () => {
    const v = await validateText(fixture('legacy2019_workplace_org-test.csv'), 'org-test.csv');
    expect(v.result).toMatchObject({ kind: 'workplace', format: '2019-06-14', records: 6, errors: 0, droppedColumns: ['SHARELA'] });
    expect(v.result.fileProblems.map((p) => [p.line, p.code, p.column, p.severity])).toEqual([[1, 9002, 'SHARELA', 'warning']]);
    const [skills, budi] = v.records as WorkplaceRecord[];
    expect(skills).toMatchObject({
      localRef: 'skills', status: 'UPDATE', name: 'Skills for Care', address1: '6 Grace Street,Leeds', postcode: 'L2 7FP',
      employerType: 6, shareWithCqc: true, shareWithLa: false, cqcRegulated: false, mainService: 72, serviceCodes: [72, 21, 16, 6, 52],
      totalStaff: 4, startersAnswer: 'NONE', leaversAnswer: 'NONE', vacanciesAnswer: 'NONE', dha: null, sickPay: null,
    });
    expect(skills.services?.find((s) => s.service === 6)).toEqual({ service: 6, capacity: 5, utilisation: 5, description: null });
    expect(budi).toMatchObject({ localKey: 'BUDITraining', cqcRegulated: true, providerId: '1-2061672939', locationId: '1-2111759818', mainService: 8, totalStaff: 1, jobRoles: [25] });
    expect(budi.serviceUsers?.map((u) => u.serviceUser)).toEqual([23, 27, 6]);
    expect(codesOn(v.problems, 2)).toEqual(['2130 SERVICE_USERS_WARNING OTHERUSERDESC']);
  });

  test('the 2019 staff file is mapped, with one warning per dropped column and the NI numbers only as keys', async () => {
    const raw = fixture('legacy2019_staff_staff-test.csv');
    const v = await validateText(raw, 'staff-test.csv');
    expect(v.result).toMatchObject({ kind: 'worker', format: '2019-06-12', records: 11, errors: 0, droppedColumns: ['OTHERJOBROLE', 'OTHERJRDESC', 'NURSESPEC'] });
    expect(v.result.fileProblems.map((p) => [p.code, p.column])).toEqual([[9002, 'OTHERJOBROLE'], [9002, 'OTHERJRDESC'], [9002, 'NURSESPEC']]);
    const workers = v.records as WorkerRecord[];
    const rachel = workers.find((w) => w.workerRef === '7204')!;
    expect(rachel).toMatchObject({
      localKey: 'Rachelhome', displayId: 'Rachel', postcode: 'LS1 2RP', dob: '1988-04-27', gender: 2, ethnicity: 31, nationality: 826,
      countryOfBirth: 826, disabled: 0, careCertificate: 2, recruitmentSource: 12, startDate: '2017-05-02', startInSector: 2011,
      apprentice: 999, contract: 1, zeroHours: 2, payInterval: 3, hourlyPay: 25.9, mainJobRole: 11, contractedHours: 40, averageHours: null,
      socialCareQualification: 1, socialCareQualificationLevel: 3, otherQualification: 1, otherQualificationLevel: 3, level2CareCertificate: null,
      qualifications: [{ code: 38, year: 2012, notes: null }, { code: 2, year: 2011, notes: null }],
    });
    const niKeys = workers.map((w) => w.niKey).filter((k) => k !== null);
    expect(niKeys).toEqual(['hmac:C826579RJ', 'hmac:D495868KJ']);
    const everything = JSON.stringify([v.records, v.problems, v.result]);
    expect(raw.toString()).toContain('JR975628C');
    expect(everything).not.toMatch(/JR975628C|JK868594D/);
  });
});
