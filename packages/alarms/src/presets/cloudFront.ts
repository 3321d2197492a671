import { CLOUDFRONT_REGION } from '../constants.js';
import type { MetricAlarmDefinition } from '../types/config.js';
import { common, evaluationWindow, type PresetOptions } from './options.js';

export interface CloudFrontOptions extends Omit<PresetOptions, 'region'> {
  distributionId: string;
}

const dimensions = (distributionId: string) => ({ DistributionId: distributionId, Region: 'Global' });

/**
 * CloudFront cache hit rate below 80 % for 15 minutes (runbook: ops channel, P2).
 *
 * `AWS/CloudFront` `CacheHitRate` (percent) Average over three 5-minute
 * periods, dimensions `DistributionId` and `Region=Global`. CloudFront
 * publishes its metrics only in us-east-1, so the alarm is pinned there
 * whatever the stage's regions. Prerequisite: `CacheHitRate` is one of the
 * distribution's *additional metrics*, which must be enabled (paid) in the
 * CloudFront console or with `CreateMonitoringSubscription`; without them the
 * alarm stays in INSUFFICIENT_DATA. No traffic, no datapoints: `notBreaching`.
 *
 * @example
 * ```ts
 * presets.cloudFrontCacheHitRate({ distributionId: 'E2QWRUHAPOMQZL' })
 * ```
 */
export function cloudFrontCacheHitRate(options: CloudFrontOptions): MetricAlarmDefinition {
  const threshold = options.threshold ?? 80;
  return {
    kind: 'metric',
    ...common(
      options,
      'P2',
      `CloudFront ${options.distributionId}: cache hit rate below ${threshold} % for 15 minutes.`,
    ),
    region: CLOUDFRONT_REGION,
    namespace: 'AWS/CloudFront',
    metricName: 'CacheHitRate',
    dimensions: dimensions(options.distributionId),
    statistic: 'Average',
    ...evaluationWindow(options, { period: '5m', evaluationPeriods: 3 }),
    comparison: '<',
    threshold,
    treatMissingData: 'notBreaching',
  };
}

/**
 * CloudFront 5xx error rate above 5 % for 5 minutes (P2): `5xxErrorRate`
 * (percent of all requests) Average per minute, 5 of 5, in us-east-1 with
 * `Region=Global`. A default metric: no prerequisite. Covers both origin
 * failures and CloudFront's own 5xx.
 *
 * @example
 * ```ts
 * presets.cloudFront5xxRate({ distributionId: 'E2QWRUHAPOMQZL' })
 * ```
 */
export function cloudFront5xxRate(options: CloudFrontOptions): MetricAlarmDefinition {
  const threshold = options.threshold ?? 5;
  return {
    kind: 'metric',
    ...common(
      options,
      'P2',
      `CloudFront ${options.distributionId}: more than ${threshold} % of requests fail with 5xx.`,
    ),
    region: CLOUDFRONT_REGION,
    namespace: 'AWS/CloudFront',
    metricName: '5xxErrorRate',
    dimensions: dimensions(options.distributionId),
    statistic: 'Average',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold,
    treatMissingData: 'notBreaching',
  };
}
