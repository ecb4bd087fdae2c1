import type { NextFunction, Request, Response } from 'express';
import type { HubError } from '../errors';

/**
 * Answer a refused request before it reaches its route: GraphQL callers get the GraphQL error shape
 * ({errors: [{message, extensions: {code}}]}), every other path goes to the one HTTP error handler.
 */
export function refuse(req: Request, res: Response, next: NextFunction, error: HubError): void {
  if (error.httpStatus === 401) res.setHeader('WWW-Authenticate', `Bearer realm="wfhub"${error.details.reason ? ', error="invalid_token"' : ''}`);
  const retry = error.details.retryAfterSeconds;
  if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
  if (req.path === '/graphql') {
    res.status(error.httpStatus).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    return;
  }
  next(error);
}
