import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HubError } from '../errors';

/** Too many requests: LIMIT_EXCEEDED like the other limits, but HTTP 429 with the seconds to wait. */
export class RateLimited extends HubError {
  readonly code = 'LIMIT_EXCEEDED' as const;
  readonly httpStatus = 429;
}

/** Options for the request rate limit. */
export interface RateLimitOptions {
  /** Requests per minute for one token, or for one address sending no valid token (default WFHUB_RATE_LIMIT_PER_MINUTE, 600). */
  perMinute: number;
  /** Where the counts live (default: this process's memory; give a RateLimiterRedis to share them between instances). */
  store?: RateLimiterAbstract;
}

/** Counts requests per key (token id, else client address) over a sliding minute; refuses with RateLimited past the limit. */
export class RequestRateLimiter {
  private readonly store: RateLimiterAbstract;
  constructor(private readonly options: RateLimitOptions) {
    this.store = options.store ?? new RateLimiterMemory({ points: options.perMinute, duration: 60, keyPrefix: 'wfhub' });
  }

  async take(key: string): Promise<void> {
    try {
      await this.store.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new RateLimited(`Too many requests: at most ${this.options.perMinute} a minute (WFHUB_RATE_LIMIT_PER_MINUTE); retry in ${retryAfterSeconds} s`,
        { limitPerMinute: this.options.perMinute, retryAfterSeconds });
    }
  }
}
