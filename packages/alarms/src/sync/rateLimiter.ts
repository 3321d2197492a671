import { DEFAULT_RATE_LIMITS, type Operation } from './constants.js';
import type { RateLimits } from './types.js';

export interface RateLimiter {
  /** Resolves when one more call of `operation` in `region` fits the quota. */
  acquire(operation: Operation, region: string): Promise<void>;
}

export interface RateLimiterOptions {
  limits?: RateLimits;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  rate: number;
  /** Callers queue behind each other so tokens go out in arrival order. */
  tail: Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Client-side token bucket per operation and region, sized to CloudWatch's
 * default quotas so a large sync paces itself instead of being throttled.
 * The bucket holds one second of calls, so short runs are not slowed at all.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ limits: { PutMetricAlarm: 3 } });
 * await limiter.acquire('PutMetricAlarm', 'eu-west-1');
 * ```
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const rates: Record<string, number> = { ...DEFAULT_RATE_LIMITS, ...options.limits };
  const buckets = new Map<string, Bucket>();

  const bucketFor = (operation: Operation, region: string): Bucket => {
    const key = `${region}\u0000${operation}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      const rate = Math.max(rates[operation] ?? 1, Number.EPSILON);
      bucket = { tokens: Math.max(rate, 1), updatedAt: now(), rate, tail: Promise.resolve() };
      buckets.set(key, bucket);
    }
    return bucket;
  };

  const take = async (bucket: Bucket): Promise<void> => {
    const capacity = Math.max(bucket.rate, 1);
    for (;;) {
      const t = now();
      bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.updatedAt) / 1000) * bucket.rate);
      bucket.updatedAt = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await wait(Math.ceil(((1 - bucket.tokens) / bucket.rate) * 1000));
    }
  };

  return {
    acquire(operation, region) {
      const bucket = bucketFor(operation, region);
      const turn = bucket.tail.then(() => take(bucket));
      bucket.tail = turn.catch(() => undefined);
      return turn;
    },
  };
}
