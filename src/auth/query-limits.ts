import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationRule } from 'graphql';
import type { HubConfig } from '../config';
import { queryCostPlugin } from './query-cost';

/** Options for the GraphQL query limits (defaults in src/config.ts: depth 10, aliases 15, cost 20000, page size 100). */
export type QueryLimitOptions = Pick<HubConfig['limits'], 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxPageSize'>;

/** Most lexical tokens in one document: far above any real query, far below a parser-exhausting one. */
export const MAX_TOKENS = 2000;
/** Most directives in one document (@include/@skip floods). */
export const MAX_DIRECTIVES = 50;

/**
 * Depth, alias, token and directive limits (graphql-armor) and the cost limit (query-cost.ts, which knows page sizes),
 * checked before a query runs; batched HTTP requests are refused. Introspection is exempt from depth so BI tools can
 * read the schema. `isLimitRefusal` tells the error formatter which validation errors were these refusals, so they
 * reach the caller as LIMIT_EXCEEDED.
 */
export function queryLimits(limits: QueryLimitOptions): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  allowBatchedHttpRequests: false;
  isLimitRefusal(error: unknown): boolean;
} {
  const refusals = new WeakSet<GraphQLError>();
  const onReject = [(_ctx: unknown, error: GraphQLError) => void refusals.add(error)];
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    // armor's cost ignores page sizes given as variables; query-cost.ts replaces it
    costLimit: { enabled: false },
    maxTokens: { n: MAX_TOKENS, onReject },
    maxDirectives: { n: MAX_DIRECTIVES, onReject },
    // introspection is open to every authenticated caller, so hiding "Did you mean" suggestions hides nothing
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins: [...plugins, queryCostPlugin({ maxCost: limits.maxCost, maxPageSize: limits.maxPageSize })],
    validationRules,
    allowBatchedHttpRequests,
    isLimitRefusal(error: unknown) {
      for (let e = error as (GraphQLError & { originalError?: unknown }) | undefined; e; e = e.originalError as typeof e) {
        if (refusals.has(e)) return true;
      }
      return false;
    },
  };
}
