import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { formatError } from './format-error';

/** Apollo Server over the type-graphql schema; the browser page at GET /graphql is our own offline GraphiQL. */
export function createApollo(schema: GraphQLSchema, log: (m: string) => void): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
