import { Readable } from 'node:stream';
import { importPopulation } from '../../src/reference/population-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { analyst, plainWorkplace, providerViewer, seedPostcodes, submit, workers } from './support/commissioning-fixture';

const QUERY = `query ($period: String!, $characteristic: Characteristic!, $area: String!, $filter: WorkforceFilter) {
  representation(period: $period, characteristic: $characteristic, area: $area, filter: $filter) {
    period characteristic area { code label } workforceStaffRecords populationSource
    rows { category { code label } workforceCount workforceShare populationCount populationShare ratio difference suppressed suppressionReason }
  } }`;

const ethnicity = (codes: string[]) => (i: number) => ({ ETHNICITY: codes[i] });

describe('representation against the local population (hand-computed fixture)', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let alpha: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await seedPostcodes(t);
    // all in 316. A1: White ×4, Asian ×2; A2: White ×4, Black ×1, Don't know ×1; B1: White ×5, Mixed ×1 (two aged 24)
    alpha = await submit(t, 'alpha', '2024-25', {
      workplaces: [plainWorkplace('A1', 6), plainWorkplace('A2', 6)],
      workers: [...workers('A1', 6, ethnicity(['31', '31', '31', '31', '39', '39'])), ...workers('A2', 6, ethnicity(['31', '31', '31', '31', '44', '99']))],
    });
    await submit(t, 'beta', '2024-25', {
      workplaces: [plainWorkplace('B1', 6, { MAINSERVICE: '6', ALLSERVICES: '6' })],
      workers: workers('B1', 6, (i) => ({ ETHNICITY: i === 5 ? '35' : '31', ...(i < 2 ? { DOB: '01/06/2000' } : {}) })),
    });
    // population of 316: 1000 residents, 80% White
    await importPopulation(t.db, Readable.from([Buffer.from(['area_code,characteristic,category,count,source',
      '316,ETHNIC_GROUP,White,800,test census', '316,ETHNIC_GROUP,Mixed / multiple ethnic groups,30,test census', '316,ETHNIC_GROUP,Asian / Asian British,100,test census',
      '316,ETHNIC_GROUP,Black / African / Caribbean / Black British,50,test census', '316,ETHNIC_GROUP,Other ethnic group,20,test census'].join('\n'))]), 'pop.csv');
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('admin: every category, workforce share of known answers beside population share, ratio and difference', async () => {
    const res = await gql.run(QUERY, { period: '2024-25', characteristic: 'ETHNIC_GROUP', area: '316' });
    expect(res.errors).toBeUndefined();
    const r = res.data!.representation;
    expect(r).toMatchObject({ period: '2024-25', characteristic: 'ETHNIC_GROUP', area: { code: '316', label: 'Liverpool' }, workforceStaffRecords: 17, populationSource: 'test census' });
    const byLabel = Object.fromEntries(r.rows.map((x: any) => [x.category.label, x]));
    expect(r.rows.map((x: any) => x.category.label)).toEqual(['White', 'Mixed / multiple ethnic groups', 'Asian / Asian British', 'Black / African / Caribbean / Black British', 'Other ethnic group']);
    expect(byLabel.White).toMatchObject({ category: { code: 'WHITE' }, workforceCount: 13, populationCount: 800, populationShare: 0.8, suppressed: false });
    expect(byLabel.White.workforceShare).toBeCloseTo(13 / 17, 10);
    expect(byLabel.White.ratio).toBeCloseTo(13 / 17 / 0.8, 10);
    expect(byLabel.White.difference).toBeCloseTo(13 / 17 - 0.8, 10);
    expect(byLabel['Asian / Asian British']).toMatchObject({ workforceCount: 2, populationShare: 0.1 });
    expect(byLabel['Asian / Asian British'].ratio).toBeCloseTo(2 / 17 / 0.1, 10);
    expect(byLabel['Other ethnic group']).toMatchObject({ workforceCount: 0, workforceShare: 0, ratio: 0, populationShare: 0.02 });
  });

  it('analysts: small categories withheld, the rest shown', async () => {
    const r = (await gql.run(QUERY, { period: '2024-25', characteristic: 'ETHNIC_GROUP', area: '316' }, analyst)).data!.representation;
    expect(r.workforceStaffRecords).toBe(17);
    expect(r.rows.map((x: any) => [x.category.code, x.workforceCount, x.suppressionReason])).toEqual([
      ['WHITE', 13, null],
      ['MIXED_MULTIPLE_ETHNIC_GROUPS', null, 'FEW_STAFF_RECORDS'],
      ['ASIAN_ASIAN_BRITISH', null, 'FEW_STAFF_RECORDS'],
      ['BLACK_AFRICAN_CARIBBEAN_BLACK_BRITISH', null, 'FEW_STAFF_RECORDS'],
      ['OTHER_ETHNIC_GROUP', null, 'FEW_STAFF_RECORDS'],
    ]);
    // population figures are public and stay; the comparison goes with the workforce cell
    expect(r.rows[1]).toMatchObject({ populationShare: 0.03, workforceShare: null, ratio: null, difference: null });
    // a slice of fewer than 3 workplaces (main service 20: A1 and A2) withholds everything
    const small = (await gql.run(QUERY, { period: '2024-25', characteristic: 'ETHNIC_GROUP', area: '316', filter: { mainServices: ['20'] } }, analyst)).data!.representation;
    expect(small.workforceStaffRecords).toBeNull();
    expect(small.rows.every((x: any) => x.suppressed && x.workforceCount === null && x.suppressionReason === 'FEW_WORKPLACES')).toBe(true);
    // the same slice for admin: 11 known answers
    const adminSmall = (await gql.run(QUERY, { period: '2024-25', characteristic: 'ETHNIC_GROUP', area: '316', filter: { mainServices: ['20'] } })).data!.representation;
    expect(adminSmall.workforceStaffRecords).toBe(11);
  });

  it('a provider sees its own staff only, unsuppressed', async () => {
    const r = (await gql.run(QUERY, { period: '2024-25', characteristic: 'ETHNIC_GROUP', area: '316' }, providerViewer(alpha))).data!.representation;
    expect(r.workforceStaffRecords).toBe(11);
    expect(r.rows.map((x: any) => x.workforceCount)).toEqual([8, 0, 2, 1, 0]);
  });

  it('age bands at the snapshot date; without a population reference the population side is null', async () => {
    const r = (await gql.run(QUERY, { period: '2024-25', characteristic: 'AGE_BAND', area: '316' })).data!.representation;
    expect(r.populationSource).toBeNull();
    expect(r.rows.map((x: any) => [x.category.label, x.workforceCount, x.populationShare])).toEqual([
      ['24 and under', 2, null], ['25 to 34', 0, null], ['35 to 44', 0, null], ['45 to 54', 16, null], ['55 to 64', 0, null], ['65 and over', 0, null],
    ]);
  });

  it('rejects an area that is not a local authority and a characteristic with no population counterpart', async () => {
    const noArea = await gql.run(QUERY, { period: '2024-25', characteristic: 'GENDER', area: '99999' });
    expect(noArea.errors![0].extensions!.code).toBe('NOT_FOUND');
    const noRef = await gql.run(QUERY, { period: '2024-25', characteristic: 'DISABILITY', area: '316' });
    expect(noRef.errors![0].extensions!.code).toBe('BAD_INPUT');
  });
});
