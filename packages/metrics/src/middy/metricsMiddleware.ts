import { invocationTracker, type LambdaContextLike, type WithMetricsOptions } from '../lambda/withMetrics.js';
import type { Metrics } from '../types.js';

/** The part of middy's request object the middleware reads and writes. */
export interface MiddyRequestLike {
  context: LambdaContextLike;
}

/** A middy middleware object; structurally compatible with `@middy/core`'s `MiddlewareObj`. */
export interface MetricsMiddleware {
  before: (request: MiddyRequestLike) => void;
  after: (request: MiddyRequestLike) => void;
  onError: (request: MiddyRequestLike) => void;
}

/**
 * Middy middleware doing what `withMetrics` does: `ColdStart` on the first
 * invocation, optional `InvocationDuration`, and a flush after the handler,
 * also on error (middy rethrows the error itself). Imports nothing from
 * `@middy/core` at runtime.
 *
 * @example
 * ```ts
 * import middy from '@middy/core';
 * import { metricsMiddleware } from '@valine/metrics/middy';
 *
 * export const handler = middy(baseHandler).use(metricsMiddleware(metrics, { captureDuration: true }));
 * ```
 */
export function metricsMiddleware(metrics: Metrics, options?: WithMetricsOptions): MetricsMiddleware {
  const tracker = invocationTracker(metrics, options);
  const startTimes = new WeakMap<object, number>();
  const finish = (request: MiddyRequestLike) => {
    const startedAt = startTimes.get(request) ?? performance.now();
    startTimes.delete(request);
    tracker.finish(startedAt);
  };
  return {
    before(request) {
      startTimes.set(request, tracker.start(request.context));
    },
    after: finish,
    onError: finish,
  };
}
