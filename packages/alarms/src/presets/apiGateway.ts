import type { Dimensions, MathAlarmDefinition, MetricAlarmDefinition } from '../types/config.js';
import { common, evaluationWindow, type PresetOptions } from './options.js';

/** An HTTP API (API Gateway v2) is named by `apiId`; a REST API (v1) by `apiName`. Add `stage` for one stage. */
export type ApiOptions = PresetOptions & ({ apiId: string; stage?: string } | { apiName: string; stage?: string });

function apiDimensions(options: ApiOptions): Dimensions {
  const base: Dimensions = 'apiId' in options ? { ApiId: options.apiId } : { ApiName: options.apiName };
  return options.stage ? { ...base, Stage: options.stage } : base;
}

const apiLabel = (options: ApiOptions) =>
  'apiId' in options ? `HTTP API ${options.apiId}` : `REST API ${options.apiName}`;

/**
 * API p95 latency above 3 s for 5 minutes (runbook: page, P1).
 *
 * `AWS/ApiGateway` `Latency` (milliseconds, end to end as the client sees it)
 * at the p95 extended statistic, 1-minute periods, 5 of 5, threshold 3000 ms.
 * HTTP APIs publish it with `ApiId` (+ `Stage`), REST APIs with `ApiName`
 * (+ `Stage`); the preset picks the dimension from the option you pass. An
 * API without traffic publishes nothing: missing data is `notBreaching`.
 *
 * @example
 * ```ts
 * presets.apiLatencyP95({ apiId: 'a1b2c3d4e5', stage: '$default' })
 * presets.apiLatencyP95({ apiName: 'valine-api', stage: 'prod' })
 * ```
 */
export function apiLatencyP95(options: ApiOptions): MetricAlarmDefinition {
  const threshold = options.threshold ?? 3000;
  return {
    kind: 'metric',
    ...common(options, 'P1', `${apiLabel(options)}: p95 latency above ${threshold} ms for 5 minutes.`),
    namespace: 'AWS/ApiGateway',
    metricName: 'Latency',
    dimensions: apiDimensions(options),
    statistic: 'p95',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold,
    treatMissingData: 'notBreaching',
  };
}

/**
 * API 5xx rate above 5 % for 5 minutes (P1): metric math
 * `IF(requests > 0, 100 * errors / requests, 0)` over `Count` and `5xx`
 * (HTTP APIs) or `5XXError` (REST APIs), Sum per minute. A rate, not a
 * count, so a traffic peak with a steady error share does not page.
 *
 * @example
 * ```ts
 * presets.api5xxRate({ apiId: 'a1b2c3d4e5' })
 * ```
 */
export function api5xxRate(options: ApiOptions): MathAlarmDefinition {
  const threshold = options.threshold ?? 5;
  const dimensions = apiDimensions(options);
  const metric = (metricName: string) => ({ namespace: 'AWS/ApiGateway', metricName, dimensions, statistic: 'Sum' });
  return {
    kind: 'math',
    ...common(options, 'P1', `${apiLabel(options)}: more than ${threshold} % of requests fail with 5xx.`),
    metrics: {
      errors: metric('apiId' in options ? '5xx' : '5XXError'),
      requests: metric('Count'),
    },
    expression: 'IF(requests > 0, 100 * errors / requests, 0)',
    label: '5xx rate (%)',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold,
    treatMissingData: 'notBreaching',
  };
}
