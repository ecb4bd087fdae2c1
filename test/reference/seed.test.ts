import { migrate } from '../../src/db/database';
import { referenceCsv } from '../../src/reference/read-csv';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { TestGraphQL } from '../support/graphql';

describe('reference data seeded from the shipped code lists', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('serves every current job role from job_roles.csv with its Skills for Care group', async () => {
    const current = referenceCsv('job_roles.csv').filter((r) => r.status === 'current');
    const res = await gql.run(`{ jobRoles { code label group } }`);
    expect(res.data!.jobRoles).toHaveLength(current.length);
    expect(res.data!.jobRoles.map((j: any) => j.code).sort((a: number, b: number) => a - b)).toEqual(current.map((r) => Number(r.code)).sort((a, b) => a - b));
    const careWorker = res.data!.jobRoles.find((j: any) => j.label === 'Care worker');
    expect(careWorker.group).toBe('Direct care');
    const all = await gql.run(`{ jobRoles(includeRetired: true) { code group recodeTo } }`);
    expect(all.data!.jobRoles).toHaveLength(referenceCsv('job_roles.csv').length);
    // retired Technician (22) is recoded to 27 and takes that role's group
    const technician = all.data!.jobRoles.find((j: any) => j.code === 22);
    expect(technician.recodeTo).toBe(27);
    expect(technician.group).toBe(all.data!.jobRoles.find((j: any) => j.code === 27).group);
  });

  it('loads local authorities with their regions, boundary changes included', async () => {
    const res = await gql.run(`{ localAuthorities { code label regionCode status successorCodes } regions { code label } }`);
    expect(res.data!.localAuthorities).toHaveLength(referenceCsv('map_la_region.csv').length);
    expect(res.data!.regions).toHaveLength(9);
    const cumbria = res.data!.localAuthorities.find((la: any) => la.code === 102);
    expect(cumbria).toMatchObject({ status: 'abolished', successorCodes: '118;119' });
  });

  it('groups nationalities British / EU / Non-EU, filling codes the map lacks by the documented rule', async () => {
    const rows = await sql<{ code: number; group: string }>(t.db, `select code, "group" from ref_code where list = 'nationality' and code = any($1)`, [[826, 372, 4, 998, 531]]);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r.group]));
    expect(byCode).toEqual({ 826: 'British', 372: 'EU', 4: 'Non-EU', 998: 'Not known', 531: 'EU' });
  });

  it('is idempotent: migrating again changes no counts', async () => {
    const before = await sql<{ n: string }>(t.db, 'select count(*)::text as n from ref_code');
    await migrate(t.db, () => undefined);
    const after = await sql<{ n: string }>(t.db, 'select count(*)::text as n from ref_code');
    expect(after[0].n).toBe(before[0].n);
  });

  it('rejects an unknown code list by name', async () => {
    const res = await gql.run(`{ codeList(name: "nope") { code } }`);
    expect(res.errors![0].extensions!.code).toBe('BAD_INPUT');
    const ok = await gql.run(`{ codeList(name: "ethnicity") { code label group } }`);
    expect(ok.data!.codeList.find((c: any) => c.code === 31).group).toBe('White');
  });
});
