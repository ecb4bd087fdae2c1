import { importCommissioned } from '../../src/planning/commissioned-import';
import { importCqcDirectory } from '../../src/planning/cqc-directory-import';
import type { Viewer } from '../../src/graphql/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { directoryCsv, stream } from './support/directory-file';
import { BRADFORD, DIRECTORY, LEEDS, loadPlanningReturns, PERIOD } from './support/planning-fixture';

const COVERAGE = `query($groupBy: [Dimension!], $filter: WorkforceFilter, $commissionedOnly: Boolean) {
  returnCoverage(period: "${PERIOD}", groupBy: $groupBy, filter: $filter, commissionedOnly: $commissionedOnly) {
    group { code label } directoryAsOf locations locationsWithReturn coverageRate workplacesWithReturn workplacesNotInDirectory staffRecords staffCountMatchShare suppressed suppressionReason } }`;
const GAPS = `query($first: Int, $after: String, $commissionedOnly: Boolean, $filter: WorkforceFilter) {
  coverageGaps(period: "${PERIOD}", first: $first, after: $after, commissionedOnly: $commissionedOnly, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { locationId name postcode localAuthorityCode localAuthorityLabel regionLabel providerName cqcProviderId serviceTypes serviceGroupLabel
      lastReturnedPeriod commissioned contractRefs directoryAsOf } } } }`;
const id = (n: number) => `1-100000${n}`;

describe('returnCoverage and coverageGaps: registered locations with and without a return', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let providers: Record<string, number>;
  const as = (role: Viewer['role'], providerKey?: string): Viewer =>
    ({ ...ADMIN, role, providerId: providerKey ? providers[providerKey] : null, ...(providerKey ? { providerKey } : {}), name: `${role} ${providerKey ?? ''}` });
  const coverage = async (vars: Record<string, unknown>, viewer: Viewer = ADMIN) => {
    const res = await gql.run(COVERAGE, vars, viewer);
    expect(res.errors).toBeUndefined();
    return res.data!.returnCoverage as Record<string, any>[];
  };
  const gaps = async (vars: Record<string, unknown>, viewer: Viewer = ADMIN) => {
    const res = await gql.run(GAPS, vars, viewer);
    expect(res.errors).toBeUndefined();
    return res.data!.coverageGaps;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    providers = await loadPlanningReturns(t);
    const r = await importCqcDirectory(t.db, stream(directoryCsv(DIRECTORY)), 'directory.csv');
    expect(r).toMatchObject({ asOf: '2025-03-01', locations: 6, byPostcode: 4, byName: 2, unknownArea: 0 });
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('counts per local authority equal the count by hand from the files', async () => {
    expect(await coverage({ groupBy: ['LOCAL_AUTHORITY'] })).toEqual([
      { group: [{ code: BRADFORD, label: 'Bradford' }], directoryAsOf: '2025-03-01', locations: 2, locationsWithReturn: 1, coverageRate: 0.5,
        workplacesWithReturn: 1, workplacesNotInDirectory: 0, staffRecords: 2, staffCountMatchShare: 1, suppressed: false, suppressionReason: null },
      { group: [{ code: LEEDS, label: 'Leeds' }], directoryAsOf: '2025-03-01', locations: 4, locationsWithReturn: 2, coverageRate: 0.5,
        workplacesWithReturn: 3, workplacesNotInDirectory: 1, staffRecords: 9, staffCountMatchShare: 2 / 3, suppressed: false, suppressionReason: null },
    ]);
    expect(await coverage({})).toEqual([expect.objectContaining({ group: [], locations: 6, locationsWithReturn: 3, coverageRate: 0.5,
      workplacesWithReturn: 4, workplacesNotInDirectory: 1, staffRecords: 11, staffCountMatchShare: 0.75 })]);
  });

  it('splits by service group (directory service types mapped to ASC-WDS services) and filters by local authority', async () => {
    const rows = await coverage({ groupBy: ['SERVICE_GROUP'] });
    expect(rows.map((r) => [r.group[0].code, r.locations, r.locationsWithReturn, r.workplacesWithReturn])).toEqual([
      ['ADULT_COMMUNITY_CARE', 0, 0, 1], ['ADULT_DOMICILIARY', 3, 1, 1], ['ADULT_RESIDENTIAL', 3, 2, 2]]);
    const leeds = await coverage({ groupBy: ['SERVICE_GROUP'], filter: { localAuthorities: [LEEDS] } });
    expect(leeds.map((r) => [r.group[0].code, r.locations, r.locationsWithReturn])).toEqual([
      ['ADULT_COMMUNITY_CARE', 0, 0], ['ADULT_DOMICILIARY', 1, 0], ['ADULT_RESIDENTIAL', 3, 2]]);
  });

  it('a trend over periods: each period is measured against the snapshot standing for its own snapshot date', async () => {
    const rows = await coverage({ groupBy: ['PERIOD'], filter: { periods: ['2023-24', PERIOD] } });
    // no snapshot on or before 31 March 2024: the earliest (1 March 2025) stands in; in 2023-24 only Moor (W5) returned
    expect(rows.map((r) => [r.group[0].code, r.directoryAsOf, r.locations, r.locationsWithReturn, r.workplacesWithReturn, r.staffRecords])).toEqual([
      ['2023-24', '2025-03-01', 6, 1, 1, 1], [PERIOD, '2025-03-01', 6, 3, 4, 11]]);
  });

  it('lists exactly the locations without a return, page by page, with the period each last returned for', async () => {
    const all = await gaps({});
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: any) => e.node.locationId)).toEqual([id(203), id(204), id(302)]);
    expect(all.edges[0].node).toEqual({ locationId: id(203), name: 'Cedar', postcode: 'LS1 2RP', localAuthorityCode: LEEDS, localAuthorityLabel: 'Leeds',
      regionLabel: 'Yorkshire and the Humber', providerName: 'Cedar Care, "Trust"', cqcProviderId: id(333), serviceTypes: ['Nursing homes'],
      serviceGroupLabel: 'Adult residential', lastReturnedPeriod: null, commissioned: false, contractRefs: [], directoryAsOf: '2025-03-01' });
    expect(all.edges[2].node).toMatchObject({ locationId: id(302), localAuthorityCode: BRADFORD, lastReturnedPeriod: '2023-24' });
    const first = await gaps({ first: 2 });
    expect(first.edges.map((e: any) => e.node.locationId)).toEqual([id(203), id(204)]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await gaps({ first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((e: any) => e.node.locationId)).toEqual([id(302)]);
    expect(next).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    const past = await gaps({ first: 2, after: next.pageInfo.endCursor });
    expect(past).toMatchObject({ totalCount: 3, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const bad = await gql.run(GAPS, { after: 'bm9wZQ' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_INPUT');
  });

  it('limits coverage and gaps to the commissioned services', async () => {
    const file = ['location_id,provider_key,contract_ref', `${id(203)},,C-1`, ',bee,C-2', `,${id(999)},C-3`].join('\n');
    const r = await importCommissioned(t.db, stream(file), 'contracts.csv');
    expect(r).toMatchObject({ rows: 3, byLocation: 1, byProvider: 2 });
    expect(r.warnings).toEqual([{ line: 4, message: `provider ${id(999)} is neither a hub provider key nor a CQC provider ID in the directory` }]);
    const rows = await coverage({ groupBy: ['LOCAL_AUTHORITY'], commissionedOnly: true });
    expect(rows.map((x) => [x.group[0].code, x.locations, x.locationsWithReturn, x.workplacesWithReturn])).toEqual([[BRADFORD, 2, 1, 1], [LEEDS, 1, 0, 0]]);
    const g = await gaps({ commissionedOnly: true });
    expect(g.edges.map((e: any) => [e.node.locationId, e.node.commissioned, e.node.contractRefs])).toEqual([[id(203), true, ['C-1']], [id(302), true, ['C-2']]]);
    const everyone = await gaps({});
    expect(everyone.edges.map((e: any) => e.node.commissioned)).toEqual([true, false, true]);
  });

  it('access: directory counts are never withheld; workforce figures are for analysts; a provider sees only its own; BI tools get no gap list', async () => {
    const analyst = await coverage({ groupBy: ['LOCAL_AUTHORITY'] }, as('analyst'));
    expect(analyst.map((r) => [r.group[0].code, r.locations, r.locationsWithReturn, r.coverageRate, r.staffRecords, r.suppressed, r.suppressionReason])).toEqual([
      [BRADFORD, 2, 1, 0.5, null, true, 'FEW_STAFF_RECORDS'], [LEEDS, 4, 2, 0.5, null, true, 'FEW_STAFF_RECORDS']]);
    expect((await gaps({}, as('analyst'))).totalCount).toBe(3);

    const bee = await coverage({}, as('provider', 'bee'));
    expect(bee).toEqual([expect.objectContaining({ locations: 2, locationsWithReturn: 1, workplacesWithReturn: 1, staffRecords: 2, suppressed: false })]);
    expect((await gaps({}, as('provider', 'bee'))).edges.map((e: any) => e.node.locationId)).toEqual([id(302)]);
    const acme = await coverage({}, as('provider', 'acme'));
    expect(acme).toEqual([expect.objectContaining({ locations: 2, locationsWithReturn: 2, workplacesWithReturn: 3, staffRecords: 9 })]);
    expect((await gaps({}, as('provider', 'acme'))).totalCount).toBe(0);

    const bi = await gql.run(GAPS, {}, as('bi'));
    expect(bi.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await coverage({}, as('bi')))[0]).toMatchObject({ locations: 6, staffRecords: 11, suppressed: false });
  });

  it('lists the directory snapshots with what each import kept and left out', async () => {
    const res = await gql.run(`{ cqcDirectorySnapshots { asOf sourceFile rowsRead locations leftOut { reason rows why } byPostcode byName unknownArea deregistered } }`, {}, as('analyst'));
    expect(res.data!.cqcDirectorySnapshots).toEqual([{ asOf: '2025-03-01', sourceFile: 'directory.csv', rowsRead: 7, locations: 6,
      leftOut: [{ reason: 'NOT_ADULT_SOCIAL_CARE', rows: 1, why: expect.stringContaining('Dentist') }], byPostcode: 4, byName: 2, unknownArea: 0, deregistered: 0 }]);
  });

  it('refuses groupings and filters the directory does not have', async () => {
    const res = await gql.run(COVERAGE, { groupBy: ['SECTOR'] });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_INPUT');
    expect(res.errors?.[0].message).toContain('SECTOR');
    const f = await gql.run(GAPS, { filter: { jobRoles: ['8'] } });
    expect(f.errors?.[0].extensions?.code).toBe('BAD_INPUT');
  });
});
