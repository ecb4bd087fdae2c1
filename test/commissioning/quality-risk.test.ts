import { Readable } from 'node:stream';
import { importCqcRatings } from '../../src/reference/cqc-ratings-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { analyst, plainWorkplace, providerViewer, seedPostcodes, submit, workers } from './support/commissioning-fixture';

const QUERY = `query ($period: String!, $area: String!, $asOf: String, $months: Int, $filter: WorkforceFilter) {
  qualityRisk(period: $period, area: $area, asOf: $asOf, notInspectedMonths: $months, filter: $filter) {
    period area { code label } asOf notInspectedMonths
    workplaces { providerKey localRef cqcLocationId serviceGroup { code label } staffRecords overallRating ratingPublishedOn monthsSinceInspection
      ratings { domain rating } indicators { indicator value comparison comparisonWorkplaces comparisonSuppressed points } score flags }
  } }`;

/** A CQC-regulated care home without nursing (benchmark group 2). */
const careHome = (ref: string, location: string, extra: Record<string, string>) => plainWorkplace(ref, 10, {
  REGTYPE: '2', PROVNUM: '1-123456789', LOCATIONID: location, MAINSERVICE: '2', ALLSERVICES: '2', CAPACITY: '10', UTILISATION: '9', PERMLA: '1', REASONS: '', REASONNOS: '', ...extra,
});
const rm = (i: number) => (i === 9 ? { MAINJOBROLE: '4' } : {});

describe('quality-risk targeting (hand-computed fixture)', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let alpha: number;
  const run = (viewer = ADMIN, vars: Record<string, unknown> = {}) => gql.run(QUERY, { period: '2024-25', area: '316', asOf: '2025-06-30', ...vars }, viewer);
  const ind = (w: any, name: string) => w.indicators.find((i: any) => i.indicator === name);

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await seedPostcodes(t);
    // H1: 10 permanent care workers, 4 leavers, 2 vacancies, Care Certificate 5 of 10, 3 with expired training, no registered manager
    // H2: 1 leaver, 0 vacancies, all certificates, a registered manager
    alpha = await submit(t, 'alpha', '2024-25', {
      workplaces: [
        careHome('H1', '1-000000011', { LEAVERS: '4', VACANCIES: '2' }),
        careHome('H2', '1-000000012', { LEAVERS: '1', VACANCIES: '0' }),
        // D1: domiciliary care (group 8), alone in its group, no registered manager
        plainWorkplace('D1', 3, { REGTYPE: '2', PROVNUM: '1-123456789', LOCATIONID: '1-000000015', MAINSERVICE: '8', ALLSERVICES: '8', UTILISATION: '20', PERMLA: '1', LEAVERS: '0', VACANCIES: '0' }),
      ],
      workers: [
        ...workers('H1', 10, (i) => (i < 5 ? { CARECERT: '2' } : {})),
        ...workers('H2', 10, rm),
        ...workers('D1', 3),
      ],
      training: [1, 2, 3].map((i) => ({ LOCALESTID: 'H1', UNIQUEWORKERID: `H1-S${i}`, DATECOMPLETED: '01/01/2023' })),
    });
    // H3: 8 permanent + 2 agency, 1 leaver; H4: does not share with the LA, vacancies "don't know"
    await submit(t, 'beta', '2024-25', {
      workplaces: [
        careHome('H3', '1-000000013', { LEAVERS: '1', VACANCIES: '0' }),
        careHome('H4', '1-000000014', { LEAVERS: '1', VACANCIES: '999', PERMLA: '0' }),
      ],
      workers: [
        ...workers('H3', 10, (i) => (i < 2 ? { EMPLSTATUS: '4', CONTHOURS: '', AVGHOURS: '20' } : rm(i))),
        ...workers('H4', 10, rm),
      ],
    });
    await importCqcRatings(t.db, Readable.from([Buffer.from([
      'location_id,domain,rating,publication_date',
      '1-000000011,Overall,Good,15/01/2024', '1-000000011,Safe,Requires improvement,15/01/2024', '1-000000011,Well-led,Good,15/01/2024',
      '1-000000012,Overall,Requires improvement,01/03/2022', '1-000000012,Safe,Inadequate,01/03/2022', '1-000000012,Well-led,Requires improvement,01/03/2022',
      '1-000000015,Overall,Good,01/01/2025',
    ].join('\n'))]), 'ratings.csv');
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('admin: indicators against the other workplaces of the group, score and flags, highest score first', async () => {
    const res = await run();
    expect(res.errors).toBeUndefined();
    const q = res.data!.qualityRisk;
    expect(q).toMatchObject({ period: '2024-25', area: { code: '316', label: 'Liverpool' }, asOf: '2025-06-30', notInspectedMonths: 24 });
    // H4 does not share with the LA: never listed, but counted in its neighbours' comparisons
    expect(q.workplaces.map((w: any) => [w.localRef, w.score])).toEqual([['H1', 6], ['D1', 2], ['H3', 1], ['H2', 0]]);
    const h1 = q.workplaces[0];
    expect(h1).toMatchObject({ cqcLocationId: '1-000000011', serviceGroup: { code: '2', label: 'Care home services without nursing' }, staffRecords: 10,
      overallRating: 'GOOD', ratingPublishedOn: '2024-01-15', monthsSinceInspection: 17, flags: ['BORDERLINE_GOOD_REQUIRES_IMPROVEMENT'],
      ratings: [{ domain: 'OVERALL', rating: 'GOOD' }, { domain: 'SAFE', rating: 'REQUIRES_IMPROVEMENT' }, { domain: 'WELL_LED', rating: 'GOOD' }] });
    // others H2, H3, H4: leavers 1+1+1 over directly employed 10+8+10
    expect(ind(h1, 'turnoverRate')).toMatchObject({ value: 0.4, comparisonWorkplaces: 3, points: 1 });
    expect(ind(h1, 'turnoverRate').comparison).toBeCloseTo(3 / 28, 10);
    // H4's vacancies are "don't know": others H2, H3 only → 0 / (10 + 8)
    expect(ind(h1, 'vacancyRate')).toMatchObject({ comparison: 0, comparisonWorkplaces: 2, points: 1 });
    expect(ind(h1, 'vacancyRate').value).toBeCloseTo(2 / 12, 10);
    expect(ind(h1, 'agencyShare')).toMatchObject({ value: 0, points: 0 });
    expect(ind(h1, 'agencyShare').comparison).toBeCloseTo(2 / 30, 10);
    // direct care only: the registered managers of H2-H4 are not direct care (9 + 9 + 9 answered, all completed)
    expect(ind(h1, 'careCertificateCompletion')).toMatchObject({ value: 0.5, comparison: 1, points: 1 });
    expect(ind(h1, 'trainingExpiredShare')).toMatchObject({ value: 0.3, comparison: 0, points: 1 });
    expect(ind(h1, 'registeredManagerVacancy')).toMatchObject({ value: 1, comparison: 0, points: 2 });
    const h3 = q.workplaces.find((w: any) => w.localRef === 'H3');
    expect(ind(h3, 'agencyShare')).toMatchObject({ value: 0.2, comparison: 0, points: 1 });
    expect(ind(h3, 'turnoverRate').value).toBeCloseTo(1 / 8, 10);
    expect(h3).toMatchObject({ overallRating: null, monthsSinceInspection: null, flags: ['NOT_INSPECTED_RECENTLY'] });
    const h2 = q.workplaces.find((w: any) => w.localRef === 'H2');
    expect(h2).toMatchObject({ overallRating: 'REQUIRES_IMPROVEMENT', monthsSinceInspection: 39,
      flags: ['BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE', 'NOT_INSPECTED_RECENTLY'] });
    expect(ind(h2, 'careCertificateCompletion').comparison).toBeCloseTo(23 / 28, 10);
    const d1 = q.workplaces.find((w: any) => w.localRef === 'D1');
    expect(d1).toMatchObject({ serviceGroup: { code: '8' }, monthsSinceInspection: 5, flags: [] });
    expect(ind(d1, 'turnoverRate')).toMatchObject({ value: 0, comparison: null, comparisonWorkplaces: 0, comparisonSuppressed: false, points: 0 });
    // a longer window clears H2's age flag
    const lenient = (await run(ADMIN, { months: 48 })).data!.qualityRisk.workplaces.find((w: any) => w.localRef === 'H2');
    expect(lenient.flags).toEqual(['BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE']);
  });

  it('analysts: a comparison of fewer than 3 other workplaces is withheld and earns no points', async () => {
    const q = (await run(analyst)).data!.qualityRisk;
    const h1 = q.workplaces.find((w: any) => w.localRef === 'H1');
    expect(ind(h1, 'vacancyRate')).toMatchObject({ comparison: null, comparisonWorkplaces: null, comparisonSuppressed: true, points: 0 });
    expect(ind(h1, 'turnoverRate')).toMatchObject({ comparisonWorkplaces: 3, points: 1 });
    expect(h1.score).toBe(5);
    expect(q.workplaces.map((w: any) => w.localRef).sort()).toEqual(['D1', 'H1', 'H2', 'H3']);
  });

  it('a provider sees its own workplaces only, comparisons under the same thresholds', async () => {
    const q = (await run(providerViewer(alpha))).data!.qualityRisk;
    expect(q.workplaces.map((w: any) => w.localRef)).toEqual(['H1', 'D1', 'H2']);
    expect(q.workplaces[0].score).toBe(5);
  });

  it('filters narrow the list, not the comparison groups; bad arguments are typed errors', async () => {
    const homes = (await run(ADMIN, { filter: { mainServices: ['2'] } })).data!.qualityRisk.workplaces;
    expect(homes.map((w: any) => w.localRef)).toEqual(['H1', 'H3', 'H2']);
    expect(ind(homes[0], 'turnoverRate').comparisonWorkplaces).toBe(3);
    expect((await run(ADMIN, { area: 'Leeds' })).errors![0].extensions!.code).toBe('BAD_INPUT');
    expect((await run(ADMIN, { area: '99999' })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await run(ADMIN, { asOf: '30/06/2025' })).errors![0].extensions!.code).toBe('BAD_INPUT');
    expect((await run(ADMIN, { area: '317' })).data!.qualityRisk.workplaces).toEqual([]);
  });
});
