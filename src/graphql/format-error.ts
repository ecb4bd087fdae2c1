import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HubError } from '../errors';

/** The one place GraphQL errors are shaped: hub errors keep their code and safe details; anything unexpected is masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (m: string) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HubError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  log(`unexpected error: ${(original as Error)?.stack ?? String(original)}`);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
