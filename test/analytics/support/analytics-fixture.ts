import { createTestDatabase, type TestDatabase } from '../../support/database';
import { TestGraphQL } from '../../support/graphql';
import { sql } from '../../support/fixtures';
import { careWorker, plainWorkplace, returnFiles, TODAY } from '../../returns/support/return-files';
import { submitReturn } from '../../../src/returns/submit-return';

/**
 * Eight workplaces of eight providers in three local authorities, period 2024-25 (snapshot 2025-03-31). Every figure
 * the analytics tests expect is worked out by hand from these rows in test/analytics/workforce-metrics.test.ts.
 *
 *  708 Lambeth (London)   A: 4 staff (perm, perm zero-hours, temp salaried, agency); leavers 2 starters 1 vacancies 1
 *                         B: 3 staff; leavers don't know (999); starters None (0); vacancies 2
 *                         C: 2 staff but declares 5 (mismatch); leavers 1 starters 1 vacancies 1
 *  709 Lewisham (London)  D: 6 staff, leavers 3 starters 2 vacancies 0;  E: 6 staff, leavers/starters/vacancies 0
 *  414 Stoke (W Midlands) F, G, H: 4 staff each, leavers 1 starters 1 vacancies 1; H1 is male, all others female
 */
export const PERIOD = '2024-25';

const staff = (ref: string, n: number, extra: (i: number) => Record<string, string> = () => ({})) =>
  Array.from({ length: n }, (_, i) => careWorker(ref, `${ref}${i + 1}`, extra(i + 1)));

const flows = (starters: string, leavers: string, vacancies: string) => ({ ALLJOBROLES: '8', STARTERS: starters, LEAVERS: leavers, VACANCIES: vacancies, REASONS: '', REASONNOS: '' });

export const fixtureReturns: { provider: string; workplaces: Record<string, string>[]; workers: Record<string, string>[]; training?: Record<string, string>[] }[] = [
  {
    provider: 'p-a',
    workplaces: [plainWorkplace('A', 4, { POSTCODE: 'SE1 7PB', ALLJOBROLES: '8;7', STARTERS: '1;0', LEAVERS: '2;0', VACANCIES: '1;0', REASONS: '', REASONNOS: '' })],
    workers: [
      careWorker('A', 'A1', { DAYSSICK: '2', HOURLYRATE: '11.00', STARTDATE: '01/04/2020', CARECERT: '1', DOB: '01/04/2000' }),
      careWorker('A', 'A2', { ZEROHRCONT: '1', CONTHOURS: '', AVGHOURS: '20', DAYSSICK: '999', HOURLYRATE: '12.00', STARTDATE: '01/01/2025', CARECERT: '3', DOB: '31/03/2000', ETHNICITY: '40' }),
      careWorker('A', 'A3', { EMPLSTATUS: '2', MAINJOBROLE: '7', SALARYINT: '1', SALARY: '26000', HOURLYRATE: '', CONTHOURS: '40', DAYSSICK: '4', STARTDATE: '01/06/2019', CARECERT: '2', ETHNICITY: '46' }),
      careWorker('A', 'A4', { EMPLSTATUS: '4', ZEROHRCONT: '999', CONTHOURS: '', AVGHOURS: '30', HOURLYRATE: '15.00', CARECERT: '1', NATIONALITY: '616', COUNTRYOFBIRTH: '616' }),
    ],
    training: [
      { LOCALESTID: 'A', UNIQUEWORKERID: 'A1' },
      { LOCALESTID: 'A', UNIQUEWORKERID: 'A2', DATECOMPLETED: '01/01/2023' },
      { LOCALESTID: 'A', UNIQUEWORKERID: 'A3', CATEGORY: '2', DATECOMPLETED: '01/05/2024', VALIDITY: '' },
    ],
  },
  { provider: 'p-b', workplaces: [plainWorkplace('B', 3, { POSTCODE: 'SE1 7PB', ...flows('0', '999', '2') })], workers: staff('B', 3, (i): Record<string, string> => (i === 1 ? { SCQUAL: '999' } : {})) },
  { provider: 'p-c', workplaces: [plainWorkplace('C', 5, { POSTCODE: 'SE1 7PB', ...flows('1', '1', '1') })], workers: staff('C', 2, (i): Record<string, string> => (i === 1 ? { SCQUAL: '2', NATIONALITY: '356', COUNTRYOFBIRTH: '356' } : {})) },
  { provider: 'p-d', workplaces: [plainWorkplace('D', 6, { POSTCODE: 'SE13 5AA', ...flows('2', '3', '0') })], workers: staff('D', 6) },
  { provider: 'p-e', workplaces: [plainWorkplace('E', 6, { POSTCODE: 'SE13 5AA', ...flows('0', '0', '0') })], workers: staff('E', 6) },
  { provider: 'p-f', workplaces: [plainWorkplace('F', 4, { POSTCODE: 'ST1 1AA', ...flows('1', '1', '1') })], workers: staff('F', 4) },
  { provider: 'p-g', workplaces: [plainWorkplace('G', 4, { POSTCODE: 'ST1 1AA', ...flows('1', '1', '1') })], workers: staff('G', 4) },
  { provider: 'p-h', workplaces: [plainWorkplace('H', 4, { POSTCODE: 'ST1 1AA', ...flows('1', '1', '1') })], workers: staff('H', 4, (i): Record<string, string> => (i === 1 ? { GENDER: '1' } : {})) },
];

/** Loads the fixture through the real import path; fails loudly if any return is not accepted. */
export async function loadAnalyticsFixture(t: TestDatabase): Promise<Record<string, number>> {
  await sql(t.db, `insert into postcode values ('SE1 7PB', 708), ('SE13 5AA', 709), ('ST1 1AA', 414)`);
  const providers: Record<string, number> = {};
  for (const r of fixtureReturns) {
    const report = await submitReturn(t.db, t.config, { today: TODAY, providerKey: r.provider, period: PERIOD, files: returnFiles(r) });
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (!report.accepted) throw new Error(`${r.provider}: ${JSON.stringify(errors.length ? errors : report.problems.slice(0, 5))}`);
    providers[r.provider] = (await sql<{ id: number }>(t.db, 'select id from provider where key = $1', [r.provider]))[0].id;
  }
  return providers;
}

export interface AnalyticsTestBed {
  t: TestDatabase;
  gql: TestGraphQL;
  providers: Record<string, number>;
}

/** Registers beforeAll/afterAll hooks: a test database holding the fixture, and GraphQL over it; fields are set once the hooks ran. */
export function useAnalyticsFixture(): AnalyticsTestBed {
  const bed = {} as AnalyticsTestBed;
  beforeAll(async () => {
    bed.t = await createTestDatabase();
    bed.gql = await TestGraphQL.start(bed.t.db, bed.t.config);
    bed.providers = await loadAnalyticsFixture(bed.t);
  });
  afterAll(async () => {
    await bed.gql.stop();
    await bed.t.drop();
  });
  return bed;
}
