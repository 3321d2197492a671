import type { MathAlarmDefinition, MetricAlarmDefinition } from '../types/config.js';
import { common, evaluationWindow, type PresetOptions } from './options.js';

export interface LambdaOptions extends PresetOptions {
  /** The function's name, e.g. `'valine-{stage}-users'`. */
  functionName: string;
}

const lambdaMetric = (functionName: string, metricName: string, statistic: string) => ({
  namespace: 'AWS/Lambda',
  metricName,
  dimensions: { FunctionName: functionName },
  statistic,
});

/**
 * Lambda error rate above 5 % for 5 minutes (runbook: page, P1).
 *
 * Metric math over `AWS/Lambda` `Errors` and `Invocations` (Sum, 1-minute
 * periods): `IF(invocations > 0, 100 * errors / invocations, 0)`. The guard
 * keeps an idle minute at 0 % instead of a division by zero, and because
 * Lambda publishes no datapoint at all for a minute without invocations,
 * missing data is `notBreaching`: silence is not an outage. 5 of 5 one-minute
 * periods must breach, so one bad minute does not page anyone.
 *
 * @example
 * ```ts
 * alarms: { usersErrorRate: presets.lambdaErrorRate({ functionName: 'valine-{stage}-users' }) }
 * ```
 */
export function lambdaErrorRate(options: LambdaOptions): MathAlarmDefinition {
  return {
    kind: 'math',
    ...common(
      options,
      'P1',
      `Lambda ${options.functionName}: more than ${options.threshold ?? 5} % of invocations fail.`,
    ),
    metrics: {
      errors: lambdaMetric(options.functionName, 'Errors', 'Sum'),
      invocations: lambdaMetric(options.functionName, 'Invocations', 'Sum'),
    },
    expression: 'IF(invocations > 0, 100 * errors / invocations, 0)',
    label: 'Error rate (%)',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold: options.threshold ?? 5,
    treatMissingData: 'notBreaching',
  };
}

/**
 * Lambda throttles (P2): `Throttles` Sum above 0 in at least 2 of 5 one-minute
 * periods. Any sustained throttling means requests are being rejected at the
 * concurrency limit; a single throttled burst is left to retries. Missing data
 * is `notBreaching`: Lambda publishes nothing when nothing is throttled.
 *
 * @example
 * ```ts
 * presets.lambdaThrottles({ functionName: 'valine-{stage}-posts' })
 * ```
 */
export function lambdaThrottles(options: LambdaOptions): MetricAlarmDefinition {
  return {
    kind: 'metric',
    ...common(
      options,
      'P2',
      `Lambda ${options.functionName} is throttled: requests are rejected at the concurrency limit.`,
    ),
    ...lambdaMetric(options.functionName, 'Throttles', 'Sum'),
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5, datapointsToAlarm: 2 }),
    comparison: '>',
    threshold: options.threshold ?? 0,
    treatMissingData: 'notBreaching',
  };
}

export interface DurationNearTimeoutOptions extends LambdaOptions {
  /** The function's configured timeout, in seconds. */
  timeoutSeconds: number;
  /** Percentage of the timeout that p95 may reach; default 80. */
  percent?: number;
}

/**
 * Lambda p95 duration near its timeout (P2): `Duration` p95 above 80 % of the
 * configured timeout for 5 minutes. Invocations that hit the timeout are
 * killed and billed in full; p95 creeping towards it warns before they do.
 * The threshold is in milliseconds, computed from `timeoutSeconds`.
 *
 * @example
 * ```ts
 * presets.lambdaDurationNearTimeout({ functionName: 'valine-{stage}-reels', timeoutSeconds: 10 })
 * ```
 */
export function lambdaDurationNearTimeout(options: DurationNearTimeoutOptions): MetricAlarmDefinition {
  const percent = options.percent ?? 80;
  const threshold = options.threshold ?? Math.round(options.timeoutSeconds * 1000 * (percent / 100));
  return {
    kind: 'metric',
    ...common(
      options,
      'P2',
      `Lambda ${options.functionName}: p95 duration above ${percent} % of its ${options.timeoutSeconds} s timeout.`,
    ),
    ...lambdaMetric(options.functionName, 'Duration', 'p95'),
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold,
    treatMissingData: 'notBreaching',
  };
}

export interface ConcurrencyOptions extends PresetOptions {
  /** Omit for the account-wide metric (no dimension). */
  functionName?: string;
  /** The reserved concurrency of the function, or the account's concurrency limit (default quota 1000). */
  limit: number;
  /** Percentage of the limit that triggers; default 80. */
  percent?: number;
}

/**
 * Concurrent executions near the limit (P2): `ConcurrentExecutions` Maximum
 * above 80 % of the reserved concurrency (with `functionName`) or of the
 * account limit (without), in 3 of 5 minutes. Past the limit, Lambda throttles.
 *
 * @example
 * ```ts
 * presets.lambdaConcurrentExecutions({ limit: 1000 })
 * ```
 */
export function lambdaConcurrentExecutions(options: ConcurrencyOptions): MetricAlarmDefinition {
  const percent = options.percent ?? 80;
  const scope = options.functionName ? `Lambda ${options.functionName}` : 'Lambda (account)';
  return {
    kind: 'metric',
    ...common(options, 'P2', `${scope}: concurrent executions above ${percent} % of ${options.limit}.`),
    namespace: 'AWS/Lambda',
    metricName: 'ConcurrentExecutions',
    ...(options.functionName ? { dimensions: { FunctionName: options.functionName } } : {}),
    statistic: 'Maximum',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5, datapointsToAlarm: 3 }),
    comparison: '>',
    threshold: options.threshold ?? Math.floor(options.limit * (percent / 100)),
    treatMissingData: 'notBreaching',
  };
}
