import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFile } from '../../importers/ascwds/support/row-builder';
import { careWorker, plainWorkplace } from '../../returns/support/return-files';

/** Return files on disk, for the browser's file chooser; named without their kind, so the page must read the header. */
function write(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-e2e-'));
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}

const staff = (ref: string, n: number) => Array.from({ length: n }, (_, i) => careWorker(ref, `${ref}-${i + 1}`));

/**
 * The good return: three workplaces of four care workers, each with 1 starter, 1 leaver and no vacancy, so for its
 * period turnover = starters = 3 ÷ 12 = 25.0% and vacancies = 0 ÷ (12 + 0) = 0.0%, over 3 workplaces and 12 staff
 * records (enough to be published under the default disclosure thresholds).
 */
export function goodReturn(): string[] {
  const refs = ['E2E-1', 'E2E-2', 'E2E-3'];
  return write({
    'export-a.csv': buildFile('workplace', refs.map((r) => plainWorkplace(r, 4, { POSTCODE: 'ST1 1AA', STARTERS: '1', LEAVERS: '1', VACANCIES: '0' }))),
    'export-b.csv': buildFile('worker', refs.flatMap((r) => staff(r, 4))),
    'export-c.csv': buildFile('training', [{ LOCALESTID: 'E2E-1', UNIQUEWORKERID: 'E2E-1-1' }]),
  });
}

/** A broken return: a staff record with an unknown gender code and one whose workplace is not in the workplace file. */
export function brokenReturn(): string[] {
  return write({
    'workplaces.csv': buildFile('workplace', [plainWorkplace('E2E-1', 2, { POSTCODE: 'ST1 1AA' })]),
    'people.csv': buildFile('worker', [careWorker('E2E-1', 'E2E-1-1', { GENDER: '7' }), careWorker('NO-SUCH-PLACE', 'E2E-9-1')]),
  });
}

/** A return large enough (about 0.7 MB) for the upload to take a few seconds on a throttled connection. */
export function largeReturn(workers = 2000): string[] {
  return write({
    'big-workplace.csv': buildFile('workplace', [plainWorkplace('BIG-1', workers, { POSTCODE: 'ST1 1AA' })]),
    'big-staff.csv': buildFile('worker', staff('BIG-1', workers)),
  });
}
