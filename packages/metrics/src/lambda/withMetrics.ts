import { catalog } from '../catalog/index.js';
import type { Metrics } from '../types.js';
import { recordColdStart } from './coldStart.js';

export interface WithMetricsOptions {
  /** Emit `ColdStart` on the first invocation of the execution environment. Default true. */
  captureColdStart?: boolean;
  /** Emit the catalog's `InvocationDuration` (milliseconds, dimension `service`) for every invocation. Default false. */
  captureDuration?: boolean;
}

/** The Lambda context fields `withMetrics` reads; the full `aws-lambda` Context satisfies it. */
export interface LambdaContextLike {
  functionName?: string;
}

/**
 * Invocation bookkeeping shared by `withMetrics` and the middy middleware:
 * `start` before the handler, `finish` after it (also when it throws).
 */
export function invocationTracker(metrics: Metrics, options: WithMetricsOptions = {}) {
  const captureColdStart = options.captureColdStart !== false;
  const captureDuration = options.captureDuration === true;
  // Its own document with only `service`, the catalog's dimension set, so alarms on it match whatever the handler adds.
  let durations: Metrics | undefined;
  return {
    start(context: LambdaContextLike | undefined): number {
      if (captureColdStart) {
        try {
          recordColdStart(metrics, typeof context?.functionName === 'string' ? context.functionName : undefined);
        } catch {
          // Cold-start bookkeeping must never fail the invocation.
        }
      }
      return performance.now();
    },
    finish(startedAt: number): void {
      const elapsed = performance.now() - startedAt;
      metrics.flush();
      if (captureDuration) {
        durations ??= metrics.singleMetric();
        durations.add(catalog.InvocationDuration.name, catalog.InvocationDuration.unit, elapsed);
        durations.flush();
      }
    },
  };
}

/**
 * Wraps a Lambda handler: flushes the metrics at the end of every
 * invocation, also when the handler throws (the error is rethrown
 * unchanged), and emits `ColdStart` once per execution environment.
 * Nothing added during an invocation survives it; default dimensions stay.
 *
 * @example
 * ```ts
 * const metrics = createMetrics({ namespace: 'Shop', service: 'orders' });
 * export const handler = withMetrics(metrics, async (event) => {
 *   metrics.add('OrderCreated', MetricUnit.Count, 1);
 *   return { statusCode: 201 };
 * }, { captureDuration: true });
 * ```
 */
export function withMetrics<TEvent, TResult, TContext extends LambdaContextLike = LambdaContextLike>(
  metrics: Metrics,
  handler: (event: TEvent, context: TContext) => TResult | Promise<TResult>,
  options?: WithMetricsOptions,
): (event: TEvent, context: TContext) => Promise<TResult> {
  const tracker = invocationTracker(metrics, options);
  return async (event, context) => {
    const startedAt = tracker.start(context);
    try {
      return await handler(event, context);
    } finally {
      tracker.finish(startedAt);
    }
  };
}
