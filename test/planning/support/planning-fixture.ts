import { submitReturn } from '../../../src/returns/submit-return';
import type { TestDatabase } from '../../support/database';
import { sql } from '../../support/fixtures';
import { careWorker, plainWorkplace, returnFiles, TODAY } from '../../returns/support/return-files';
import type { DirectoryLocation } from './directory-file';

/**
 * Period 2024-25 (snapshot 2025-03-31; projection base year 2025). Directory as at 1 March 2025, six adult social care
 * locations; returns from two providers, four workplaces. Every expected figure in test/planning is worked out from this.
 *
 *  Leeds 212 (by postcode LS1 2RP)        Bradford 209 (by the name "Bradford": BD9 9ZZ is not in the postcode table)
 *   1-201 Oak    Residential homes  W1      1-301 Heath  Homecare agencies  W4   (CQC provider 1-222)
 *   1-202 Pine   Residential homes  W2      1-302 Moor   Homecare agencies  —    (CQC provider 1-222)
 *   1-203 Cedar  Nursing homes      —
 *   1-204 Ivy    Homecare agencies  —
 *
 *  acme: W1 care home (1-201) 4 staff = declared, vacancies 2, leavers 1; one worker aged 60
 *        W2 care home (1-202) 2 staff = declared, vacancies 0, leavers 1
 *        W3 information and advice (ASC-WDS 20, adult community care), not registered with CQC, 3 staff but declares 4, vacancies 1, leavers 1
 *  bee:  (2023-24: W5 for 1-302, 1 staff)
 *        W4 domiciliary (1-301, ASC-WDS 8) 2 staff = declared, vacancies 0, leavers 1; one worker aged 60
 */
export const PERIOD = '2024-25';
export const LEEDS = '212';
export const BRADFORD = '209';

export const DIRECTORY: DirectoryLocation[] = [
  { id: '1-100000201', name: 'Oak', postcode: 'LS1 2RP', types: 'Residential homes', la: 'Leeds', providerId: '1-100000111' },
  { id: '1-100000202', name: 'Pine', postcode: 'LS1 2RP', types: 'Residential homes', la: 'Leeds', providerId: '1-100000111' },
  { id: '1-100000203', name: 'Cedar', postcode: 'LS1 2RP', types: 'Nursing homes', la: 'Leeds', providerId: '1-100000333', provider: 'Cedar Care, "Trust"' },
  { id: '1-100000204', name: 'Ivy', postcode: 'LS1 2RP', types: 'Homecare agencies', la: 'Leeds', providerId: '1-100000444' },
  { id: '1-100000301', name: 'Heath', postcode: 'BD9 9ZZ', types: 'Homecare agencies', la: 'Bradford', providerId: '1-100000222' },
  { id: '1-100000302', name: 'Moor', postcode: 'BD9 9ZZ', types: 'Homecare agencies', la: 'Bradford', providerId: '1-100000222' },
  { id: '1-100000999', name: 'Dental', postcode: 'LS1 2RP', types: 'Dentist', la: 'Leeds', providerId: '1-100000555' },
];

// every workplace shares its data with local authorities, so analysts may see it whatever the access rules
const flows = (leavers: string, vacancies: string) => ({ PERMLA: '1', ALLJOBROLES: '8', STARTERS: '0', LEAVERS: leavers, VACANCIES: vacancies, REASONS: '', REASONNOS: '' });
const careHome = (ref: string, total: number, location: string, extra: Record<string, string>) =>
  plainWorkplace(ref, total, { REGTYPE: '2', PROVNUM: '1-100000111', LOCATIONID: location, MAINSERVICE: '2', ALLSERVICES: '2', CAPACITY: '10', UTILISATION: '8', ...extra });
const staff = (ref: string, n: number, older = 0) =>
  Array.from({ length: n }, (_, i) => careWorker(ref, `${ref}-${i + 1}`, i < older ? { DOB: '01/01/1965' } : {}));

export const RETURNS: { provider: string; period?: string; workplaces: Record<string, string>[]; workers: Record<string, string>[] }[] = [
  {
    provider: 'acme',
    workplaces: [
      careHome('W1', 4, '1-100000201', flows('1', '2')),
      careHome('W2', 2, '1-100000202', flows('1', '0')),
      plainWorkplace('W3', 4, { ...flows('1', '1') }),
    ],
    workers: [...staff('W1', 4, 1), ...staff('W2', 2), ...staff('W3', 3)],
  },
  {
    provider: 'bee',
    workplaces: [plainWorkplace('W4', 2, { POSTCODE: 'BD1 1AA', REGTYPE: '2', PROVNUM: '1-100000222', LOCATIONID: '1-100000301', MAINSERVICE: '8', ALLSERVICES: '8', ...flows('1', '0') })],
    workers: staff('W4', 2, 1),
  },
  // the year before: bee returned for Moor (1-302), which has not returned for 2024-25
  {
    provider: 'bee', period: '2023-24',
    workplaces: [plainWorkplace('W5', 1, { POSTCODE: 'BD1 1AA', REGTYPE: '2', PROVNUM: '1-100000222', LOCATIONID: '1-100000302', MAINSERVICE: '8', ALLSERVICES: '8', ...flows('0', '0') })],
    workers: staff('W5', 1),
  },
];

/** Postcodes, then the returns through the real import path (fails loudly unless accepted); the provider ids by key. */
export async function loadPlanningReturns(t: TestDatabase): Promise<Record<string, number>> {
  await sql(t.db, `insert into postcode values ('LS1 2RP', 212), ('BD1 1AA', 209) on conflict do nothing`);
  const ids: Record<string, number> = {};
  for (const r of RETURNS) {
    const report = await submitReturn(t.db, t.config, { today: TODAY, providerKey: r.provider, period: r.period ?? PERIOD, files: returnFiles(r) });
    if (!report.accepted) throw new Error(`${r.provider}: ${JSON.stringify({ outcome: report.outcome, status: report.status, problems: report.problems.slice(0, 8) })}`);
    ids[r.provider] = (await sql<{ id: number }>(t.db, 'select id from provider where key = $1', [r.provider]))[0].id;
  }
  return ids;
}
