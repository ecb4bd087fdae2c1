import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Options for the query cost limit. */
export interface QueryCostOptions {
  /** Highest cost a query may have (default WFHUB_MAX_COST, 20000). */
  maxCost: number;
  /** What a paged field without `first` returns at most (default WFHUB_MAX_PAGE_SIZE, 100). */
  maxPageSize: number;
}

/** A paged field (one with a `first` argument) costs its page size times its selection; `first` from a variable counts too. */
export function pageEstimator(maxPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((a) => a.name === 'first')) return undefined;
    const first = typeof args.first === 'number' ? args.first : maxPageSize;
    return 1 + Math.max(1, Math.min(first, maxPageSize * 100)) * childComplexity;
  };
}

/**
 * The cost of a query, about the number of values it can return: 1 per field, a paged field multiplied by its page size
 * (graphql-query-complexity, with variables applied, so `first: $n` cannot hide a page size). Refused before execution
 * with LIMIT_EXCEEDED when over the limit.
 */
export function queryCostPlugin({ maxCost, maxPageSize }: QueryCostOptions): ApolloServerPlugin {
  const estimators = [pageEstimator(maxPageSize), simpleEstimator({ defaultComplexity: 1 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, estimators });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} is over the limit of ${maxCost} (WFHUB_MAX_COST): ask for smaller pages (first) or fewer nested fields`, {
              extensions: { code: 'LIMIT_EXCEEDED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
