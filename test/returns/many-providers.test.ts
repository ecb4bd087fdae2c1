import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFile, VALID } from '../importers/ascwds/support/row-builder';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { TestGraphQL } from '../support/graphql';
import { runCli } from './support/cli-process';
import { careWorker, plainWorkplace } from './support/return-files';

jest.setTimeout(90_000);

const PROVIDERS = ['north', 'south', 'east'];
const PERIODS = ['2023-24', '2024-25'];

/** Provider p's files for period k: a CQC care home with a registered manager and two carers, and a domiciliary service with one. */
function returnOf(p: number, k: number) {
  const status = k === 0 ? 'NEW' : 'UPDATE';
  const hours = String(30 + k * 5 + p); // differs by provider and period, so each period's facts are told apart
  const home = { ...VALID.workplace, LOCALESTID: 'HOME', STATUS: status, ESTNAME: `Home of ${PROVIDERS[p]}`, LOCATIONID: `1-${100000000 + p}`,
    TOTALPERMTEMP: '3', ALLJOBROLES: '8;4', STARTERS: `${k + 1};0`, LEAVERS: '1;0', REASONS: '1', REASONNOS: '1', VACANCIES: `${p};0` };
  const dom = plainWorkplace('DOM', 1, { STATUS: status });
  const staff = [
    careWorker('HOME', 'RM', { STATUS: status, MAINJOBROLE: '4', NINUMBER: `RM${p}0000${k}A`.slice(0, 9) }),
    careWorker('HOME', 'C1', { STATUS: status, CONTHOURS: hours, NINUMBER: `CA${p}1111${k}B`.slice(0, 9) }),
    careWorker('HOME', 'C2', { STATUS: status, NINUMBER: `CB${p}2222${k}C`.slice(0, 9) }),
    careWorker('DOM', 'D1', { STATUS: status, NINUMBER: `CD${p}3333${k}D`.slice(0, 9) }),
  ];
  const training: Record<string, string>[] = [{ LOCALESTID: 'HOME', UNIQUEWORKERID: 'C1', CATEGORY: String(1 + k) }, { LOCALESTID: 'DOM', UNIQUEWORKERID: 'D1' }];
  return { workplace: buildFile('workplace', [home, dom]), staff: buildFile('worker', staff), training: buildFile('training', training), hours: Number(hours) };
}

describe('correct returns for several providers and periods through wfhub import, then queried through GraphQL', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-many-'));

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('imports every return with exit 0', async () => {
    for (const [k, period] of PERIODS.entries()) {
      for (const [p, provider] of PROVIDERS.entries()) {
        const files = returnOf(p, k);
        const paths = (['workplace', 'staff', 'training'] as const).map((kind) => {
          const path = join(dir, `${provider}-${period}-${kind}.csv`);
          writeFileSync(path, files[kind]);
          return path;
        });
        const r = await runCli(t, ['import', '--provider', provider, '--period', period, '--json', ...paths]).done;
        const report = JSON.parse(r.stdout);
        expect(report.problems.filter((x: any) => x.severity === 'error')).toEqual([]);
        expect(r.code).toBe(0);
        expect(report).toMatchObject({ outcome: 'ACCEPTED', period, provider: { key: provider, created: k === 0 }, counts: { workplaces: 2, staffRecords: 4, trainingRecords: 2 } });
      }
    }
  });

  it('lists each provider\'s returns, one CURRENT per period, with their counts', async () => {
    const res = await gql.run(`{ returns { period state status provider { key } counts { workplaces staffRecords trainingRecords } } }`);
    expect(res.errors).toBeUndefined();
    const got = res.data!.returns.map((r: any) => `${r.provider.key} ${r.period} ${r.state} ${r.counts.workplaces}/${r.counts.staffRecords}/${r.counts.trainingRecords}`).sort();
    expect(got).toEqual(PROVIDERS.flatMap((p) => PERIODS.map((period) => `${p} ${period} CURRENT 2/4/2`)).sort());
  });

  it.each(PERIODS.map((period, k) => [period, k] as const))('every count and field of %s is queryable for that period', async (period, k) => {
    const res = await gql.run(`query($period: String!) { workplaces(first: 10, filter: { period: $period }) { totalCount edges { node {
        localRef cqcLocationId provider { key }
        facts(period: $period) { period source name postcode cssrCode regionCode employerType cqcRegulated cqcLocationId mainService totalStaff staffRecords
          startersAnswer starters leaversAnswer leavers vacanciesAnswer vacancies }
        workers(period: $period, first: 5) { totalCount edges { node { period source uniqueWorkerRef displayId dateOfBirth gender ethnicity nationality countryOfBirth
          disabled careCertificate level2CareCertificate level2CareCertificateYear recruitmentSource mainJobStartDate startedInSector apprentice contract zeroHours
          sicknessDays payInterval hourlyPay mainJobRole contractedHours socialCareQualification socialCareQualificationLevel otherQualification cwpCategory
          qualifications { qualification year notes } training { category name accredited completed } } } } } } } }`, { period });
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data!.workplaces;
    expect(totalCount).toBe(PROVIDERS.length * 2);
    for (const [p, provider] of PROVIDERS.entries()) {
      const home = edges.map((e: any) => e.node).find((n: any) => n.provider.key === provider && n.localRef === 'HOME');
      expect(home.facts).toEqual({
        period, source: k === 0 ? 'NEW' : 'UPDATE', name: `Home of ${provider}`, postcode: 'LS1 2RP', cssrCode: 316, regionCode: 5, employerType: 6,
        cqcRegulated: true, cqcLocationId: `1-${100000000 + p}`, mainService: 1, totalStaff: 3, staffRecords: 3,
        startersAnswer: 'WITH_JOBS', starters: k + 1, leaversAnswer: 'WITH_JOBS', leavers: 1, vacanciesAnswer: p === 0 ? 'NONE' : 'WITH_JOBS', vacancies: p,
      });
      const workers = home.workers.edges.map((e: any) => e.node);
      expect(home.workers.totalCount).toBe(3);
      expect(workers.map((w: any) => `${w.uniqueWorkerRef}:${w.mainJobRole}`).sort()).toEqual(['C1:8', 'C2:8', 'RM:4']);
      const c1 = workers.find((w: any) => w.uniqueWorkerRef === 'C1');
      expect(c1).toEqual({
        period, source: k === 0 ? 'NEW' : 'UPDATE', uniqueWorkerRef: 'C1', displayId: 'C1', dateOfBirth: '1980-02-01', gender: 2, ethnicity: 31, nationality: 826,
        countryOfBirth: 826, disabled: 0, careCertificate: 1, level2CareCertificate: 1, level2CareCertificateYear: 2024, recruitmentSource: 1,
        mainJobStartDate: '2020-04-01', startedInSector: 2015, apprentice: 2, contract: 1, zeroHours: 2, sicknessDays: 2.5, payInterval: 3, hourlyPay: 11.5,
        mainJobRole: 8, contractedHours: returnOf(p, k).hours, socialCareQualification: 1, socialCareQualificationLevel: 3, otherQualification: 2, cwpCategory: 2,
        qualifications: [{ qualification: 1, year: 2010, notes: 'NVQ' }],
        training: [{ category: 1 + k, name: 'Restraint basics', accredited: 1, completed: '2024-06-01' }],
      });
    }
  });
});
