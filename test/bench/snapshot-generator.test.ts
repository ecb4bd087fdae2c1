import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from '../../importers/ascwds/parse-file';
import { currentHeader } from '../../importers/ascwds/file-layout';
import { parsePeriod } from '../../src/returns/period';
import { generateSnapshot, type Snapshot } from './snapshot-generator';

const TODAY = '2026-11-29';

describe('bench snapshot generator', () => {
  let dir: string;
  let snap: Snapshot;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wfhub-snap-'));
    snap = await generateSnapshot({ scale: 0.004, seed: 7, dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the three files in the exact current header, sized by the scale', () => {
    for (const [file, kind] of [[snap.files.workplace, 'workplace'], [snap.files.staff, 'worker'], [snap.files.training, 'training']] as const) {
      expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe(currentHeader(kind).join(','));
    }
    expect(snap.counts.workplaces).toBe(140);
    expect(snap.counts.staffRecords).toBeGreaterThan(140 * 15);
    expect(snap.counts.staffRecords).toBeLessThan(140 * 35);
    expect(snap.counts.trainingRecords / snap.counts.staffRecords).toBeGreaterThan(1.7);
    expect(snap.counts.trainingRecords / snap.counts.staffRecords).toBeLessThan(2.3);
    expect(snap.counts.providers).toBeLessThan(snap.counts.workplaces);
  });

  it('is deterministic for a seed', async () => {
    const again = mkdtempSync(join(tmpdir(), 'wfhub-snap-'));
    try {
      const other = await generateSnapshot({ scale: 0.004, seed: 7, dir: again });
      for (const k of ['workplace', 'staff', 'training', 'postcodes'] as const) {
        expect(readFileSync(other.files[k], 'utf8')).toBe(readFileSync(snap.files[k], 'utf8'));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('passes the row validator with no errors and no row warnings', async () => {
    const ctx = { period: parsePeriod(snap.period), today: TODAY, pseudonymise: (ni: string) => `k:${ni}` };
    for (const file of [snap.files.workplace, snap.files.staff, snap.files.training]) {
      const problems: string[] = [];
      const result = await validateFile(createReadStream(file), file, ctx, async (b) => { problems.push(...b.problems.map((p) => `${p.line} ${p.code} ${p.column} ${p.message}`)); });
      expect(problems).toEqual([]);
      expect(result.errors).toBe(0);
    }
  });

  it('answers leavers with counts, don\'t know (999) and blank, and uses many job roles, ethnicities and contracts', () => {
    const rows = readFileSync(snap.files.workplace, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const leavers = currentHeader('workplace').indexOf('LEAVERS');
    const answers = rows.map((r) => r[leavers]);
    expect(answers.some((a) => a === '999')).toBe(true);
    expect(answers.some((a) => a === '')).toBe(true);
    expect(answers.some((a) => /^\d+(;\d+)*$/.test(a) && a !== '999')).toBe(true);
    const staff = readFileSync(snap.files.staff, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const h = currentHeader('worker');
    const distinct = (col: string) => new Set(staff.map((r) => r[h.indexOf(col)])).size;
    expect(distinct('MAINJOBROLE')).toBeGreaterThan(10);
    expect(distinct('ETHNICITY')).toBeGreaterThan(8);
    expect(distinct('EMPLSTATUS')).toBeGreaterThanOrEqual(4);
  });
});
