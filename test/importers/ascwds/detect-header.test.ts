import { detectHeader, splitHeaderLine, type DetectedHeader } from '../../../importers/ascwds/detect-header';
import { currentHeader, headerHistory, columnIndex } from '../../../importers/ascwds/file-layout';

const worker = currentHeader('worker');
const withInserts = (...inserts: string[]) => [...worker.slice(0, 2), ...inserts, ...worker.slice(2)];
const recognised = (line: string, name = 'f.csv') => {
  const d = detectHeader(line, name);
  if (!d.recognised) throw new Error(d.problem.message);
  return d;
};

describe('detectHeader', () => {
  test.each(['workplace', 'worker', 'training'] as const)('recognises the current %s header, whatever the file is called', (kind) => {
    const d = recognised(currentHeader(kind).join(','), 'staff.csv');
    expect(d.kind).toBe(kind);
    expect(d.format).toBe('current');
    expect(d.droppedColumns).toEqual([]);
    expect(d.warnings).toEqual([]);
  });

  test('current headers have the documented widths and match the CURRENT rows of the header history', () => {
    expect(currentHeader('workplace')).toHaveLength(44);
    expect(worker).toHaveLength(44);
    expect(currentHeader('training')).toHaveLength(12);
    for (const h of headerHistory().filter((x) => x.current)) expect(h.columns).toEqual(currentHeader(h.kind));
  });

  test.each([
    [['CHGUNIQUEWRKID'], true, false],
    [['TRANSFERSTAFFRECORD'], false, true],
    [['CHGUNIQUEWRKID', 'TRANSFERSTAFFRECORD'], true, true],
  ])('accepts the optional staff columns %j after UNIQUEWORKERID', (inserts, chg, transfer) => {
    const d = recognised(withInserts(...inserts).join(','));
    expect(d).toMatchObject({ kind: 'worker', format: 'current', hasChgUniqueWorkerId: chg, hasTransferStaffRecord: transfer });
    expect(d.sourceIndex[columnIndex('worker', 'STATUS')]).toBe(2 + inserts.length);
    expect(d.sourceIndex[columnIndex('worker', 'CHGUNIQUEWRKID')]).toBe(chg ? 2 : -1);
  });

  test('refuses the optional staff columns in the wrong order', () => {
    const d = detectHeader(withInserts('TRANSFERSTAFFRECORD', 'CHGUNIQUEWRKID').join(','), 'staff.csv');
    expect(d.recognised).toBe(false);
  });

  test('accepts QUALACH04… pairs numbered without gaps, up to 99', () => {
    const pairs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => {
      const n = String(from + i).padStart(2, '0');
      return [`QUALACH${n}`, `QUALACH${n}NOTES`];
    }).flat();
    expect(recognised([...worker, ...pairs(4, 5)].join(',')).qualificationPairs).toBe(5);
    const all = recognised([...worker, ...pairs(4, 99)].join(','));
    expect(all.qualificationPairs).toBe(99);
    expect(all.sourceIndex[columnIndex('worker', 'QUALACH99NOTES')]).toBe(44 + 96 * 2 - 1);
    const gap = detectHeader([...worker, ...pairs(5, 5)].join(','), 'staff.csv');
    expect(gap.recognised).toBe(false);
    if (!gap.recognised) expect(gap.problem.message).toContain('unexpected columns QUALACH05, QUALACH05NOTES');
  });

  test.each(headerHistory().map((h) => [h.kind, h.fromDate, h] as const))('recognises the %s header of %s', (kind, fromDate, h) => {
    const d = detectHeader(h.columns.join(','), 'old.csv');
    expect(d.kind).toBe(kind);
    if (kind === 'workplace' && fromDate === '2019-06-12') {
      expect(d.recognised).toBe(false);
      if (!d.recognised) {
        expect(d.problem).toMatchObject({ code: 9001, type: 'HEADER_FORMAT_REFUSED_ERROR', severity: 'error', line: 1 });
        expect(d.problem.message).toContain('uses the workplace format of 2019-06-12');
      }
      return;
    }
    expect(d.recognised).toBe(true);
    const ok = d as DetectedHeader;
    expect(ok.format).toBe(h.current ? 'current' : fromDate);
    const current = new Set([...currentHeader(kind), 'CHGUNIQUEWRKID', 'TRANSFERSTAFFRECORD', 'DESCRIPTION']);
    expect(ok.droppedColumns).toEqual(h.columns.filter((c) => !current.has(c)));
    // exactly one warning per dropped column, naming it
    expect(ok.warnings.map((w) => [w.code, w.column])).toEqual(ok.droppedColumns.map((c) => [9002, c]));
  });

  test('maps the renamed training DESCRIPTION onto TRAININGNAME', () => {
    const d = recognised('LOCALESTID,UNIQUEWORKERID,CATEGORY,DESCRIPTION,DATECOMPLETED,EXPIRYDATE,ACCREDITED,NOTES');
    expect(d.format).toBe('2019-10-02');
    expect(d.sourceIndex[columnIndex('training', 'TRAININGNAME')]).toBe(3);
    expect(d.sourceIndex[columnIndex('training', 'VALIDITY')]).toBe(-1);
    expect(d.warnings).toEqual([]);
  });

  test('prefers the older staff format whose CHGUNIQUEWRKID matches the file', () => {
    const withChg = headerHistory().find((h) => h.kind === 'worker' && h.fromDate === '2024-08-28')!;
    expect(recognised(withChg.columns.join(',')).format).toBe('2024-08-28');
    const without = withChg.columns.filter((c) => c !== 'CHGUNIQUEWRKID');
    expect(recognised(without.join(',')).format).toBe('2024-11-05');
  });

  test('ignores a BOM, CRLF, quotes around names and trailing blank header cells', () => {
    const d = recognised(`\uFEFF${currentHeader('training').map((c) => `"${c}"`).join(',')},,\r\n`);
    expect(d.kind).toBe('training');
    expect(d.fieldCount).toBe(14);
    expect(splitHeaderLine('A, B ,\r\nC').names).toEqual(['A', 'B']);
  });

  test('says which columns are missing and unexpected when a header is not recognised', () => {
    const cols = currentHeader('workplace').filter((c) => c !== 'HOLIDAY' && c !== 'PENSION');
    const d = detectHeader([...cols, 'FAVOURITECOLOUR'].join(','), 'mine.csv');
    expect(d.recognised).toBe(false);
    if (d.recognised) return;
    expect(d.kind).toBe('workplace');
    expect(d.problem).toMatchObject({ file: 'mine.csv', line: 1, code: 9000, type: 'HEADER_UNKNOWN_ERROR', severity: 'error' });
    expect(d.problem.message).toContain('mine.csv is not a recognised ASC-WDS workplace, staff or training file');
    expect(d.problem.message).toContain('looks like a workplace file, but: missing columns PENSION, HOLIDAY; unexpected column FAVOURITECOLOUR');
    expect(d.problem.message).toContain('Expected the 44 columns LOCALESTID,STATUS,ESTNAME');
  });

  test('explains lower-case names, wrong order and unrelated first lines', () => {
    const lower = detectHeader(currentHeader('training').map((c) => c.toLowerCase()).join(','), 't.csv');
    expect(!lower.recognised && lower.problem.message).toContain('column names must be in capitals');
    const swapped = [...currentHeader('training')];
    [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
    const order = detectHeader(swapped.join(','), 't.csv');
    expect(!order.recognised && order.problem.message).toContain('not in the expected order');
    const other = detectHeader('name,age,email', 'contacts.csv');
    expect(other.kind).toBeNull();
    expect(!other.recognised && other.problem.message).toContain('does not look like the header of a workplace, staff or training file');
    const empty = detectHeader('', 'e.csv');
    expect(!empty.recognised && empty.problem.message).toContain('the first line is empty');
  });
});
