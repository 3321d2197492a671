import { catalog, DEFAULT_NAMESPACE, DimensionKey } from '@valine/metrics/catalog';
import { AlarmsConfigError } from '../errors.js';
import type { LogMetricAlarmDefinition, MathAlarmDefinition } from '../types/config.js';
import type { LambdaOptions } from './lambda.js';
import { common, evaluationWindow } from './options.js';

/**
 * Filter patterns over Lambda's own log lines. Term patterns match the raw
 * event text, so the OR (`?`) forms work for both the text and the JSON log
 * format; the JSON-only forms use the `platform.report` record.
 */
export const LambdaLogPatterns = {
  /** Text format: the REPORT line of a cold start carries `Init Duration`. */
  coldStartText: '"REPORT" "Init Duration"',
  /** SnapStart: a restored environment's REPORT line carries `Restore Duration` instead. */
  coldStartSnapStart: '"REPORT" "Restore Duration"',
  /** JSON log format: `platform.report` with `record.metrics.initDurationMs`. */
  coldStartJson: '{ $.type = "platform.report" && $.record.metrics.initDurationMs > 0 }',
  /** Out of memory: the runtime's error type, or the older "signal: killed" exit. */
  outOfMemory: '?"Runtime.OutOfMemory" ?"Runtime exited with error: signal: killed"',
} as const;

export interface ColdStartOptions extends LambdaOptions {
  /**
   * `'metrics'` (default): the `ColdStart` metric `withMetrics` from
   * @valine/metrics emits. `'logs'`: a metric filter on REPORT lines, for
   * functions that do not use @valine/metrics.
   */
  source?: 'metrics' | 'logs';
  /** `service` given to `createMetrics` in the function; required with source `'metrics'`. */
  service?: string;
  /** Namespace of the function's metrics; defaults to @valine/metrics' `Valine`. */
  namespace?: string;
  /** Log group for source `'logs'`; defaults to `/aws/lambda/<functionName>`. */
  logGroupName?: string;
  /** Log format of the function, for source `'logs'`; default `'text'`. */
  logFormat?: 'text' | 'json';
  /** SnapStart functions report `Restore Duration` instead of `Init Duration`. */
  snapStart?: boolean;
}

const invocations = (functionName: string) => ({
  namespace: 'AWS/Lambda',
  metricName: 'Invocations',
  dimensions: { FunctionName: functionName },
  statistic: 'Sum',
});

/**
 * Lambda cold starts above 20 % of invocations for 10 minutes (runbook: ops
 * channel, P2).
 *
 * By default the numerator is the `ColdStart` metric from @valine/metrics
 * (dimensions `function_name` and `service`, exactly as `withMetrics` emits
 * it) and the denominator `AWS/Lambda` `Invocations`, both Sum over two
 * 5-minute periods: a 20 % rate over a single minute of light traffic is
 * noise. With `source: 'logs'` the numerator is a metric filter on the
 * function's REPORT lines carrying `Init Duration` (or `Restore Duration` for
 * SnapStart, or the JSON `platform.report` record). Idle minutes publish
 * nothing, so missing data is `notBreaching`.
 *
 * @example
 * ```ts
 * presets.lambdaColdStartRate({ functionName: 'valine-{stage}-users', service: 'users' })
 * presets.lambdaColdStartRate({ functionName: 'legacy', source: 'logs', logFormat: 'json' })
 * ```
 */
export function lambdaColdStartRate(options: ColdStartOptions): MathAlarmDefinition | LogMetricAlarmDefinition {
  const threshold = options.threshold ?? 20;
  const shared = {
    ...common(
      options,
      'P2',
      `Lambda ${options.functionName}: more than ${threshold} % of invocations are cold starts.`,
    ),
    ...evaluationWindow(options, { period: '5m', evaluationPeriods: 2 }),
    comparison: '>' as const,
    threshold,
    treatMissingData: 'notBreaching' as const,
  };
  if (options.source === 'logs') {
    const pattern = options.snapStart
      ? LambdaLogPatterns.coldStartSnapStart
      : options.logFormat === 'json'
        ? LambdaLogPatterns.coldStartJson
        : LambdaLogPatterns.coldStartText;
    return {
      kind: 'logMetric',
      ...shared,
      logGroupName: options.logGroupName ?? `/aws/lambda/${options.functionName}`,
      filterPattern: pattern,
      metricValue: '1',
      unit: 'Count',
      per: invocations(options.functionName),
    };
  }
  if (!options.service)
    throw new AlarmsConfigError(
      `lambdaColdStartRate(${options.functionName}): 'service' is required with source 'metrics' (the service given to createMetrics), or use source: 'logs'`,
    );
  return {
    kind: 'math',
    ...shared,
    metrics: {
      coldStarts: {
        namespace: options.namespace ?? DEFAULT_NAMESPACE,
        metricName: catalog.ColdStart.name,
        dimensions: {
          [DimensionKey.FunctionName]: options.functionName,
          [DimensionKey.Service]: options.service,
        },
        statistic: 'Sum',
      },
      invocations: invocations(options.functionName),
    },
    expression: 'IF(invocations > 0, 100 * coldStarts / invocations, 0)',
    label: 'Cold starts (%)',
  };
}

export interface OutOfMemoryOptions extends LambdaOptions {
  /** Defaults to `/aws/lambda/<functionName>`. */
  logGroupName?: string;
}

/**
 * Lambda out-of-memory kills (P2): a metric filter counting log events with
 * `Runtime.OutOfMemory` or "Runtime exited with error: signal: killed", any
 * in one minute. An OOM kill leaves no stack trace and shows up in `Errors`
 * only as a generic failure; this names it. Missing data is `notBreaching`.
 *
 * @example
 * ```ts
 * presets.lambdaOutOfMemory({ functionName: 'valine-{stage}-reels' })
 * ```
 */
export function lambdaOutOfMemory(options: OutOfMemoryOptions): LogMetricAlarmDefinition {
  return {
    kind: 'logMetric',
    ...common(
      options,
      'P2',
      `Lambda ${options.functionName} ran out of memory: raise its memory size or fix the leak.`,
    ),
    logGroupName: options.logGroupName ?? `/aws/lambda/${options.functionName}`,
    filterPattern: LambdaLogPatterns.outOfMemory,
    metricValue: '1',
    unit: 'Count',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 1 }),
    comparison: '>',
    threshold: options.threshold ?? 0,
    treatMissingData: 'notBreaching',
  };
}
