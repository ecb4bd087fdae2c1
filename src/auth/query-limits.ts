import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import type { HubConfig } from '../config';
import { queryCostPlugin } from './query-cost';

/** Options for the GraphQL query limits (defaults in src/config.ts: depth 10, aliases 15, cost 20000, page size 100). */
export type QueryLimitOptions = Pick<HubConfig['limits'], 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxPageSize'>;

/** Most lexical tokens in one document: far above any real query, far below a parser-exhausting one. */
export const MAX_TOKENS = 2000;
/** Most directives in one document (@include/@skip floods). */
export const MAX_DIRECTIVES = 50;

/** graphql-js's own message when parse({ maxTokens }) gives up. */
const TOKEN_LIMIT_MESSAGE = /Document contains more th\w+ \d+ tokens/;

/**
 * Depth, alias and directive limits (graphql-armor), the token limit (graphql-js parse option) and the cost limit
 * (query-cost.ts, which knows page sizes), all checked before a query runs; batched HTTP requests are refused.
 * Introspection is exempt from depth so BI tools can read the schema. `isLimitRefusal` tells the error formatter
 * which errors were these refusals, so they reach the caller as LIMIT_EXCEEDED.
 */
export function queryLimits(limits: QueryLimitOptions): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: false;
  isLimitRefusal(error: unknown): boolean;
} {
  const refusals = new WeakSet<GraphQLError>();
  // each rule gets its own callback list (armor appends to it); the refusal is reported as our own error, so it can be recognised
  const reporting = () => ({
    propagateOnRejection: false,
    onReject: [((ctx, error) => {
      const refusal = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'LIMIT_EXCEEDED' } });
      refusals.add(refusal);
      ctx?.reportError(refusal);
    }) as GraphQLArmorRejectCallback],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reporting() },
    maxAliases: { n: limits.maxAliases, ...reporting() },
    maxDirectives: { n: MAX_DIRECTIVES, ...reporting() },
    // armor's cost ignores page sizes given as variables (query-cost.ts replaces it); its token plugin fails as a 500
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // introspection is open to every authenticated caller, so hiding "Did you mean" suggestions hides nothing
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins: [...plugins, queryCostPlugin({ maxCost: limits.maxCost, maxPageSize: limits.maxPageSize })],
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests,
    isLimitRefusal(error: unknown) {
      for (let e = error as (GraphQLError & { originalError?: unknown }) | undefined; e; e = e.originalError as typeof e) {
        if (refusals.has(e) || (e instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(e.message))) return true;
      }
      return false;
    },
  };
}
