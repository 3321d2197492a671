import type { Operation } from './constants.js';
import { createRateLimiter, type RateLimiter } from './rateLimiter.js';
import { type RetryOptions, withRetry } from './retry.js';
import type { RateLimits } from './types.js';

/** Every AWS call goes through one of these: paced by the limiter, retried on throttling. */
export type Caller = <T>(region: string, operation: Operation, send: () => Promise<T>) => Promise<T>;

export interface CallerOptions extends RetryOptions {
  rateLimits?: RateLimits;
  limiter?: RateLimiter;
}

/**
 * Wraps each attempt (retries included) in the rate limiter, so backoff and
 * pacing share one budget per operation and region.
 *
 * @example
 * ```ts
 * const call = createCaller({ rateLimits: { PutMetricAlarm: 3 } });
 * await call('eu-west-1', 'PutMetricAlarm', () => cw.send(new PutMetricAlarmCommand(input)));
 * ```
 */
export function createCaller(options: CallerOptions = {}): Caller {
  const limiter = options.limiter ?? createRateLimiter({ limits: options.rateLimits });
  return (region, operation, send) =>
    withRetry(async () => {
      await limiter.acquire(operation, region);
      return send();
    }, options);
}
