import type { Request, RequestHandler } from 'express';
import type { Database } from '../db/database';
import { HubError, Unauthenticated } from '../errors';
import type { Viewer } from '../graphql/context';
import type { RequestRateLimiter } from './rate-limit';
import { refuse } from './refusal';
import { bearerToken } from './token-secret';
import { viewerForToken } from './token.service';

/** Options for the authenticate middleware. */
export interface AuthenticateOptions {
  db: Pick<Database, 'pool'>;
  /** Counts each token's requests, and each address's requests without a valid token (brute force). */
  limiter: RequestRateLimiter;
}

const viewers = new WeakMap<Request, Viewer>();

/** The viewer authenticate() attached to this request, if any. */
export function attachedViewer(req: Request): Viewer | undefined {
  return viewers.get(req);
}

/**
 * Every request past this middleware carries a valid bearer token (Authorization: Bearer wfh_…): the viewer it speaks
 * for is attached to the request, the request is counted against the token's rate limit, and anything else is refused
 * with 401 (no, unknown, revoked or expired token) or 429 (too many requests).
 */
export function authenticate({ db, limiter }: AuthenticateOptions): RequestHandler {
  return async (req, res, next) => {
    let viewer: Viewer;
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) {
        throw new Unauthenticated('Authentication required: send "Authorization: Bearer <token>" (an administrator creates tokens with `wfhub token create`)');
      }
      viewer = await viewerForToken(db, token);
    } catch (e) {
      if (!(e instanceof Unauthenticated)) throw e;
      try {
        await limiter.take(`address:${req.ip}`);
      } catch (limited) {
        if (limited instanceof HubError) return refuse(req, res, next, limited);
        throw limited;
      }
      return refuse(req, res, next, e);
    }
    try {
      await limiter.take(`token:${viewer.tokenId}`);
    } catch (limited) {
      if (limited instanceof HubError) return refuse(req, res, next, limited);
      throw limited;
    }
    viewers.set(req, viewer);
    next();
  };
}
