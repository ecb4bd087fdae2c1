import type { Viewer } from '../../src/graphql/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeProvider, makeReturn, makeWorkplace } from '../support/fixtures';
import { countStatements, TestGraphQL } from '../support/graphql';

/** The viewer's scope is inside each statement the API sends: the database never returns rows outside it. */
describe('viewer scope is part of the SQL', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  let alpha: Viewer;
  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    const ids: number[] = [];
    for (const key of ['alpha', 'beta']) {
      const id = await makeProvider(t.db, key);
      const r = await makeReturn(t.db, id, '2024-25');
      await makeWorkplace(t.db, id, r, '2024-25', { localRef: `${key}-1`, workers: 2, trainingPerWorker: 1 });
      ids.push(id);
    }
    alpha = { role: 'provider', providerId: ids[0], providerKey: 'alpha', tokenId: null, name: 'alpha' };
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('a provider\'s workplaces, facts, staff and training are read with its provider id in every statement', async () => {
    let data: any;
    const { statements } = await countStatements(t.db, async () => {
      data = (await gql.run(`{ workplaces(first: 10) { edges { node { localRef provider { key } facts { name }
        workers(first: 10) { edges { node { uniqueWorkerRef training { category } qualifications { qualification } } } } } } } }`, {}, alpha)).data;
    });
    expect(data.workplaces.edges.map((e: any) => e.node.localRef)).toEqual(['alpha-1']);
    const reads = statements.filter((s) => /from (workplace|provider|workplace_period|staff_record|training_record|qualification_achieved)\b/.test(s));
    expect(reads.length).toBeGreaterThanOrEqual(6);
    // the ORM logs statements with their parameters in place
    for (const s of reads) expect(s).toMatch(new RegExp(`(provider_id|p\\.id) = ${alpha.providerId}\\b`));
  });

  it('an analyst\'s workplace reads carry the PERMLA condition; no staff statement is ever sent', async () => {
    const analyst: Viewer = { role: 'analyst', providerId: null, tokenId: null, name: 'analyst' };
    const { statements } = await countStatements(t.db, () => gql.run(`{ workplaces(first: 10) { edges { node { localRef facts { name } } } } }`, {}, analyst));
    expect(statements.filter((s) => /from workplace w/.test(s)).every((s) => /share_with_la/.test(s))).toBe(true);
    const staff = await countStatements(t.db, () => gql.run(`{ workplaces(first: 10) { edges { node { workers(first: 5) { edges { node { id } } } } } } }`, {}, analyst));
    expect(staff.statements.some((s) => /staff_record/.test(s))).toBe(false);
  });
});
