import type { ApolloServer } from '@apollo/server';
import type { HubConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createApollo } from '../../src/graphql/apollo';
import { createContext, type GraphQLContext, type Viewer } from '../../src/graphql/context';
import { buildHubSchema } from '../../src/graphql/schema';

export const ADMIN: Viewer = { role: 'admin', providerId: null, tokenId: null, name: 'test admin' };

export interface GraphQLResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Run operations in process against the real schema and database, as a given viewer (auth checker, scoping and query limits apply; the HTTP token check does not). */
export class TestGraphQL {
  private constructor(private readonly apollo: ApolloServer<GraphQLContext>, private readonly db: Database, private readonly config: HubConfig) {}

  static async start(db: Database, config: HubConfig): Promise<TestGraphQL> {
    const apollo = createApollo(await buildHubSchema(), (m) => { if (process.env.WFHUB_TEST_LOG) console.error(m); }, config.limits);
    await apollo.start();
    return new TestGraphQL(apollo, db, config);
  }

  async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = ADMIN): Promise<GraphQLResult<T>> {
    const res = await this.apollo.executeOperation({ query, variables }, { contextValue: createContext(this.db, this.config, viewer) });
    if (res.body.kind !== 'single') throw new Error('incremental delivery not expected');
    return res.body.singleResult as GraphQLResult<T>;
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}

/** Count the SQL statements the ORM connection issues while fn runs. */
export async function countStatements(db: Database, fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const statements: string[] = [];
  const knex = db.orm.em.getConnection().getKnex();
  const listener = (q: { sql: string }) => statements.push(q.sql);
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  return { count: statements.length, statements };
}
