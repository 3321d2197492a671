import type { PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';
import { Limits } from '../../constants.js';
import type { PayloadIssue } from './types.js';

const FILTER_NAME = /^[^:*]+$/;
const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]+$/;
const METRIC_NAME = /^[^:*$]+$/;

/**
 * Checks a PutMetricFilter payload against CloudWatch Logs' API constraints.
 *
 * @example
 * ```ts
 * validateMetricFilterInput({ logGroupName: '', filterName: 'f', filterPattern: '', metricTransformations: [] });
 * // [{ field: 'logGroupName', … }, { field: 'metricTransformations', … }]
 * ```
 */
export function validateMetricFilterInput(input: PutMetricFilterRequest): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  const name = input.filterName ?? '';
  if (name.length < 1 || name.length > Limits.METRIC_FILTER_NAME_MAX || !FILTER_NAME.test(name))
    issues.push({
      field: 'filterName',
      message: `filter name must be 1–${Limits.METRIC_FILTER_NAME_MAX} characters without ':' or '*'`,
    });
  const group = input.logGroupName ?? '';
  if (group.length < 1 || group.length > Limits.LOG_GROUP_NAME_MAX || !LOG_GROUP_NAME.test(group))
    issues.push({
      field: 'logGroupName',
      message: `'${group}' is not a log group name`,
      hint: "Name the log group, e.g. '/aws/lambda/<function>' (letters, digits, '.', '-', '_', '/', '#').",
    });
  if ((input.filterPattern ?? '').length > Limits.FILTER_PATTERN_MAX)
    issues.push({ field: 'filterPattern', message: `filter pattern exceeds ${Limits.FILTER_PATTERN_MAX} characters` });
  const transformations = input.metricTransformations ?? [];
  if (transformations.length !== 1) {
    issues.push({ field: 'metricTransformations', message: 'a metric filter has exactly one metric transformation' });
    return issues;
  }
  const t = transformations[0]!;
  for (const field of ['metricName', 'metricNamespace'] as const) {
    const value = t[field] ?? '';
    if (value.length < 1 || value.length > 255 || !METRIC_NAME.test(value))
      issues.push({
        field: `metricTransformations.0.${field}`,
        message: `'${value}' must be 1–255 characters without ':', '*' or '$'`,
      });
  }
  if (!t.metricValue) issues.push({ field: 'metricTransformations.0.metricValue', message: 'metric value is missing' });
  if (t.defaultValue !== undefined && t.dimensions && Object.keys(t.dimensions).length > 0)
    issues.push({
      field: 'metricTransformations.0.defaultValue',
      message: 'defaultValue cannot be used with dimensions',
    });
  return issues;
}
