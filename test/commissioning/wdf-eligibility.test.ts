import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';
import { analyst, plainWorkplace, providerViewer, seedPostcodes, submit, workers } from './support/commissioning-fixture';

const QUERY = `query ($period: String!, $filter: WorkforceFilter, $groupBy: [Dimension!]) {
  wdfEligibility(period: $period, filter: $filter, groupBy: $groupBy) {
    period
    workplaces { providerKey localRef localAuthority { code } totalStaff staffRecords eligibleStaffRecords eligiblePercentage eligible reasons
      missingWorkplaceFields staffFieldGaps { field staffRecords } }
    summary { group { dimension code label } workplaces eligibleWorkplaces eligibleShare staffRecords suppressed suppressionReason }
  } }`;

describe('WDF eligibility (hand-computed fixture)', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let alpha: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await seedPostcodes(t);
    // alpha, postcode LS1 2RP (→ 316): W1 10 records, one without gender → 9/10 = 90% → eligible
    //   W2 10 records, two permanent staff without days sick → 8/10 = 80% → not eligible (101)
    //   W3 3 records against 4 declared, no service users, does not share with the LA → reasons 10 and 11
    alpha = await submit(t, 'alpha', '2024-25', {
      workplaces: [
        plainWorkplace('W1', 10, { PERMLA: '1' }),
        plainWorkplace('W2', 10, { PERMLA: '1' }),
        plainWorkplace('W3', 4, { PERMLA: '0', SERVICEUSERS: '', OTHERUSERDESC: '' }),
      ],
      workers: [
        ...workers('W1', 10, (i) => (i === 0 ? { GENDER: '' } : {})),
        ...workers('W2', 10, (i) => (i < 2 ? { DAYSSICK: '' } : {})),
        ...workers('W3', 3),
      ],
    });
    // beta, 317: W4 5 records: a bank worker with average hours and no days sick (not required for bank) and a
    // zero-hours care worker with average hours only → all 5 eligible
    await submit(t, 'beta', '2024-25', {
      workplaces: [plainWorkplace('W4', 5, { PERMLA: '1', POSTCODE: 'L1 8JQ' })],
      workers: workers('W4', 5, (i) =>
        i === 0 ? { EMPLSTATUS: '3', CONTHOURS: '', AVGHOURS: '20', DAYSSICK: '' }
          : i === 1 ? { ZEROHRCONT: '1', CONTHOURS: '', AVGHOURS: '16' } : {}),
    });
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('judges each workplace as ASC-WDS would, with its reasons and the fields staff records miss', async () => {
    const res = await gql.run(QUERY, { period: '2024-25' });
    expect(res.errors).toBeUndefined();
    const list = res.data!.wdfEligibility.workplaces;
    // admin: every workplace that shares with the LA (W3 does not)
    expect(list.map((w: any) => `${w.providerKey}/${w.localRef}`)).toEqual(['alpha/W1', 'alpha/W2', 'beta/W4']);
    expect(list[0]).toEqual({ providerKey: 'alpha', localRef: 'W1', localAuthority: { code: '316' }, totalStaff: 10, staffRecords: 10, eligibleStaffRecords: 9,
      eligiblePercentage: 90, eligible: true, reasons: [], missingWorkplaceFields: [], staffFieldGaps: [{ field: 'gender', staffRecords: 1 }] });
    expect(list[1]).toMatchObject({ eligibleStaffRecords: 8, eligiblePercentage: 80, eligible: false, reasons: ['TOO_FEW_ELIGIBLE_STAFF_RECORDS'],
      staffFieldGaps: [{ field: 'sicknessDays', staffRecords: 2 }] });
    expect(list[2]).toMatchObject({ localAuthority: { code: '317' }, staffRecords: 5, eligibleStaffRecords: 5, eligiblePercentage: 100, eligible: true, staffFieldGaps: [] });
  });

  it('a provider sees its own workplaces, shared or not; W3 fails on staff count and workplace fields', async () => {
    const res = await gql.run(QUERY, { period: '2024-25' }, providerViewer(alpha));
    const list = res.data!.wdfEligibility.workplaces;
    expect(list.map((w: any) => w.localRef)).toEqual(['W1', 'W2', 'W3']);
    expect(list[2]).toMatchObject({ totalStaff: 4, staffRecords: 3, eligibleStaffRecords: 3, eligiblePercentage: 100, eligible: false,
      reasons: ['STAFF_RECORDS_NOT_TOTAL_STAFF', 'WORKPLACE_FIELDS_INCOMPLETE'], missingWorkplaceFields: ['serviceUsers'] });
    // the provider's own summary, unsuppressed: 3 workplaces, 1 eligible
    expect(res.data!.wdfEligibility.summary).toEqual([
      { group: [{ dimension: 'LOCAL_AUTHORITY', code: '316', label: 'Liverpool' }, { dimension: 'SERVICE_GROUP', code: 'ADULT_COMMUNITY_CARE', label: 'Adult community care' }],
        workplaces: 3, eligibleWorkplaces: 1, eligibleShare: 1 / 3, staffRecords: 23, suppressed: false, suppressionReason: null },
    ]);
  });

  it('analysts: counts by area under disclosure control (a lone small cell takes its sibling with it)', async () => {
    const all = await gql.run(QUERY, { period: '2024-25', groupBy: ['LOCAL_AUTHORITY'] }, analyst);
    expect(all.data!.wdfEligibility.summary.map((r: any) => [r.group[0].code, r.workplaces, r.suppressed, r.suppressionReason])).toEqual([
      ['316', null, true, 'SECONDARY'],
      ['317', null, true, 'FEW_STAFF_RECORDS'],
    ]);
    const leeds = await gql.run(QUERY, { period: '2024-25', groupBy: ['LOCAL_AUTHORITY'], filter: { localAuthorities: ['316'] } }, analyst);
    expect(leeds.data!.wdfEligibility.summary).toEqual([
      { group: [{ dimension: 'LOCAL_AUTHORITY', code: '316', label: 'Liverpool' }], workplaces: 3, eligibleWorkplaces: 1, eligibleShare: 1 / 3, staffRecords: 23, suppressed: false, suppressionReason: null },
    ]);
    // analysts see shared workplaces by name, filtered like everything else
    expect(leeds.data!.wdfEligibility.workplaces.map((w: any) => w.localRef)).toEqual(['W1', 'W2']);
    // admin gets the same counts unsuppressed
    const admin = await gql.run(QUERY, { period: '2024-25', groupBy: ['LOCAL_AUTHORITY'] }, ADMIN);
    expect(admin.data!.wdfEligibility.summary.map((r: any) => [r.group[0].code, r.workplaces, r.eligibleWorkplaces])).toEqual([['316', 3, 1], ['317', 1, 1]]);
  });

  it('per staff record checks: for admin and the provider, batched; refused to analysts (person-level)', async () => {
    const q = `{ wdfEligibility(period: "2024-25") { workplaces { localRef staffRecordChecks { uniqueWorkerRef eligible missingFields } } } }`;
    const own = await gql.run(q, {}, providerViewer(alpha));
    expect(own.errors).toBeUndefined();
    const w1 = own.data!.wdfEligibility.workplaces.find((w: any) => w.localRef === 'W1').staffRecordChecks;
    expect(w1).toHaveLength(10);
    expect(w1.filter((c: any) => !c.eligible)).toEqual([{ uniqueWorkerRef: 'W1-S1', eligible: false, missingFields: ['gender'] }]);
    const w2 = own.data!.wdfEligibility.workplaces.find((w: any) => w.localRef === 'W2').staffRecordChecks;
    expect(w2.filter((c: any) => !c.eligible).map((c: any) => c.missingFields)).toEqual([['sicknessDays'], ['sicknessDays']]);
    const refused = await gql.run(q, {}, analyst);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a permission to share withdrawn in a later return hides the workplace from earlier periods too (its provider still sees it)', async () => {
    await submit(t, 'beta', '2025-26', { workplaces: [plainWorkplace('W4', 5, { PERMLA: '0', POSTCODE: 'L1 8JQ', STATUS: 'UPDATE' })],
      workers: workers('W4', 5).map((w) => ({ ...w, STATUS: 'UPDATE' })) });
    const res = await gql.run(QUERY, { period: '2024-25' }, analyst);
    expect(res.data!.wdfEligibility.workplaces.map((w: any) => w.localRef)).toEqual(['W1', 'W2']);
    const [{ id: beta }] = (await t.db.pool.query(`select id from provider where key = 'beta'`)).rows;
    const own = await gql.run(QUERY, { period: '2024-25' }, providerViewer(beta));
    expect(own.data!.wdfEligibility.workplaces.map((w: any) => w.localRef)).toEqual(['W4']);
  });

  it('a period with no returns answers empty; a malformed period is BAD_INPUT', async () => {
    const none = await gql.run(QUERY, { period: '2019-20' });
    expect(none.data!.wdfEligibility).toEqual({ period: '2019-20', workplaces: [], summary: [] });
    const bad = await gql.run(QUERY, { period: '2024' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_INPUT');
  });
});
