import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { type QueryLimitOptions, queryLimits } from '../auth/query-limits';
import { isStatementTimeout, queryTimedOut } from '../auth/statement-timeout';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';

/** Apollo Server over the type-graphql schema, with the query limits; the browser page at GET /graphql is our own offline GraphiQL. */
export function createApollo(schema: GraphQLSchema, log: (m: string) => void, limits: QueryLimitOptions & { statementTimeoutMs: number }): ApolloServer<GraphQLContext> {
  const guard = queryLimits(limits);
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: guard.allowBatchedHttpRequests,
    validationRules: guard.validationRules,
    parseOptions: guard.parseOptions,
    formatError: (formatted, error) => {
      if (guard.isLimitRefusal(error)) return { message: formatted.message, locations: formatted.locations, extensions: { code: 'LIMIT_EXCEEDED' } };
      if (isStatementTimeout(unwrapResolverError(error))) return formatError(formatted, queryTimedOut(limits.statementTimeoutMs), log);
      return formatError(formatted, error, log);
    },
    plugins: [ApolloServerPluginLandingPageDisabled(), ...guard.plugins],
  });
}
