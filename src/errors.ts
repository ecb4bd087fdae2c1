/** The hub's few typed errors. Each has a stable code; HTTP status and GraphQL extensions are mapped in one place (src/http/error-handler.ts, src/graphql/format-error.ts). */
export type HubErrorCode =
  | 'VALIDATION_FAILED'
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'CONFIG_INVALID'
  | 'DATABASE_UNAVAILABLE';

export abstract class HubError extends Error {
  abstract readonly code: HubErrorCode;
  abstract readonly httpStatus: number;
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule; details carry what was wrong (never person-level values). */
export class ValidationFailed extends HubError {
  readonly code = 'VALIDATION_FAILED' as const;
  readonly httpStatus = 422;
}
/** A request whose arguments are malformed (bad period, unknown option). */
export class BadInput extends HubError {
  readonly code = 'BAD_INPUT' as const;
  readonly httpStatus = 400;
}
export class NotFound extends HubError {
  readonly code = 'NOT_FOUND' as const;
  readonly httpStatus = 404;
}
export class Unauthenticated extends HubError {
  readonly code = 'UNAUTHENTICATED' as const;
  readonly httpStatus = 401;
}
export class Forbidden extends HubError {
  readonly code = 'FORBIDDEN' as const;
  readonly httpStatus = 403;
}
export class Conflict extends HubError {
  readonly code = 'CONFLICT' as const;
  readonly httpStatus = 409;
}
export class LimitExceeded extends HubError {
  readonly code = 'LIMIT_EXCEEDED' as const;
  readonly httpStatus = 413;
}
export class ConfigInvalid extends HubError {
  readonly code = 'CONFIG_INVALID' as const;
  readonly httpStatus = 500;
}
export class DatabaseUnavailable extends HubError {
  readonly code = 'DATABASE_UNAVAILABLE' as const;
  readonly httpStatus = 503;
}
