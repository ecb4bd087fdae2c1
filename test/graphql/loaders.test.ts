import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeProvider, makeReturn, makeWorkplace } from '../support/fixtures';
import { countStatements, TestGraphQL } from '../support/graphql';

const QUERY = `query {
  workplaces(first: 50) {
    totalCount
    edges { node {
      localRef
      provider { key }
      facts { name staffRecords }
      workers(first: 10) { totalCount edges { node { uniqueWorkerRef training { category } qualifications { qualification } } } }
    } }
  }
}`;

describe('relations are batched (DataLoader)', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;

  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    for (let p = 0; p < 5; p++) {
      const providerId = await makeProvider(t.db, `P${p}`);
      const returnId = await makeReturn(t.db, providerId, '2024-25');
      for (let w = 0; w < 10; w++) {
        await makeWorkplace(t.db, providerId, returnId, '2024-25', { localRef: `WP ${p}-${w}`, workers: 3, trainingPerWorker: 2 });
      }
    }
  });

  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  it('fetches 50 workplaces with their provider, facts, workers and training in a fixed handful of statements', async () => {
    let result: { data?: any; errors?: unknown[] } = {};
    const { count, statements } = await countStatements(t.db, async () => {
      result = await gql.run(QUERY);
    });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.workplaces.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(50);
    expect(result.data!.workplaces.totalCount).toBe(50);
    expect(nodes.every((n: any) => n.workers.totalCount === 3 && n.workers.edges.length === 3)).toBe(true);
    expect(nodes[0].workers.edges[0].node.training).toHaveLength(2);
    expect(nodes[7].provider.key).toMatch(/^P\d$/);
    expect(nodes[7].facts.staffRecords).toBe(3);
    // count + page, providers, facts, workers page, training, qualifications: one statement each, whatever the row count
    expect(count).toBeLessThanOrEqual(7);
    expect(statements.filter((s) => /training_record/.test(s))).toHaveLength(1);
  });

  it('pages workers with a cursor and keeps the total', async () => {
    const first = await gql.run(`{ workplaces(first: 1) { edges { node { workers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { uniqueWorkerRef } } } } } } }`);
    const page1 = first.data!.workplaces.edges[0].node.workers;
    expect(page1.edges.map((e: any) => e.node.uniqueWorkerRef)).toEqual(['W1', 'W2']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await gql.run(
      `query($after: String) { workplaces(first: 1) { edges { node { workers(first: 2, after: $after) { totalCount pageInfo { hasNextPage } edges { node { uniqueWorkerRef } } } } } } }`,
      { after: page1.pageInfo.endCursor },
    );
    const page2 = second.data!.workplaces.edges[0].node.workers;
    expect(page2.edges.map((e: any) => e.node.uniqueWorkerRef)).toEqual(['W3']);
    expect(page2.totalCount).toBe(3);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});
