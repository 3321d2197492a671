import type { MetricDataQuery, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { BandComparisonOperator, ComparisonOperator, Limits, METRIC_ID_PATTERN } from '../../constants.js';
import {
  checkActions,
  checkDescription,
  checkEvaluation,
  checkName,
  checkPeriod,
  checkTags,
  checkTreatMissingData,
} from './checks.js';
import { isExtendedStatistic, isStatistic, STATISTIC_HINT } from './statistic.js';
import type { PayloadContext, PayloadIssue } from './types.js';

const COMPARISONS = new Set<string>([...Object.values(ComparisonOperator), ...Object.values(BandComparisonOperator)]);
const BAND_COMPARISONS = new Set<string>(Object.values(BandComparisonOperator));

function checkDimensions(issues: PayloadIssue[], field: string, dims: { Name?: string; Value?: string }[] | undefined) {
  if (!dims) return;
  if (dims.length > Limits.DIMENSIONS_MAX)
    issues.push({ field, message: `${dims.length} dimensions, CloudWatch allows at most ${Limits.DIMENSIONS_MAX}` });
  dims.forEach((dim, index) => {
    if (!dim.Name || !dim.Value)
      issues.push({ field: `${field}.${index}`, message: 'dimension name and value must not be empty' });
  });
}

function checkSingle(issues: PayloadIssue[], input: PutMetricAlarmInput): void {
  if (!input.Namespace) issues.push({ field: 'Namespace', message: 'namespace is missing' });
  if (!input.MetricName) issues.push({ field: 'MetricName', message: 'metric name is missing' });
  if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined))
    issues.push({ field: 'Statistic', message: 'exactly one of Statistic and ExtendedStatistic is required' });
  if (input.Statistic !== undefined && (!isStatistic(input.Statistic) || isExtendedStatistic(input.Statistic)))
    issues.push({ field: 'Statistic', message: `'${input.Statistic}' is not a statistic`, hint: STATISTIC_HINT });
  if (input.ExtendedStatistic !== undefined && !isExtendedStatistic(input.ExtendedStatistic))
    issues.push({
      field: 'ExtendedStatistic',
      message: `'${input.ExtendedStatistic}' is not a statistic`,
      hint: STATISTIC_HINT,
    });
  checkDimensions(issues, 'Dimensions', input.Dimensions);
  checkPeriod(issues, 'Period', input.Period);
  checkEvaluation(issues, input.Period, input.EvaluationPeriods, input.DatapointsToAlarm);
}

function checkQuery(issues: PayloadIssue[], query: MetricDataQuery, index: number): number | undefined {
  const field = `Metrics.${index}`;
  if (!query.Id || !METRIC_ID_PATTERN.test(query.Id))
    issues.push({
      field: `${field}.Id`,
      message: `query id '${query.Id ?? ''}' is invalid`,
      hint: 'Ids start with a lowercase letter, then letters, digits and underscores (e.g. errors, invocations_1).',
    });
  if ((query.MetricStat === undefined) === (query.Expression === undefined))
    issues.push({ field, message: 'each query needs exactly one of a metric or an expression' });
  if (query.Expression !== undefined && query.Expression.trim() === '')
    issues.push({ field: `${field}.Expression`, message: 'expression is empty' });
  const stat = query.MetricStat;
  if (!stat) return undefined;
  if (!stat.Metric?.Namespace || !stat.Metric.MetricName)
    issues.push({ field: `${field}.MetricStat.Metric`, message: 'metric namespace and name are required' });
  checkDimensions(issues, `${field}.MetricStat.Metric.Dimensions`, stat.Metric?.Dimensions);
  if (!stat.Stat || !isStatistic(stat.Stat))
    issues.push({
      field: `${field}.MetricStat.Stat`,
      message: `'${stat.Stat ?? ''}' is not a statistic`,
      hint: STATISTIC_HINT,
    });
  checkPeriod(issues, `${field}.MetricStat.Period`, stat.Period);
  return stat.Period;
}

function checkMetrics(issues: PayloadIssue[], input: PutMetricAlarmInput, metrics: MetricDataQuery[]): void {
  for (const field of ['Namespace', 'MetricName', 'Statistic', 'ExtendedStatistic', 'Period', 'Unit'] as const) {
    if (input[field] !== undefined)
      issues.push({ field, message: `${field} must not be set together with Metrics (a metric-math alarm)` });
  }
  if (metrics.length === 0 || metrics.length > Limits.METRIC_QUERIES_MAX)
    issues.push({
      field: 'Metrics',
      message: `${metrics.length} queries, CloudWatch allows 1–${Limits.METRIC_QUERIES_MAX}`,
      hint: 'Fold inputs into fewer expressions or split the alarm.',
    });
  const periods = metrics.map((query, index) => checkQuery(issues, query, index));
  const ids = metrics.map((query) => query.Id);
  ids.forEach((id, index) => {
    if (id !== undefined && ids.indexOf(id) !== index)
      issues.push({ field: `Metrics.${index}.Id`, message: `query id '${id}' is used twice` });
  });
  const returned = metrics.filter((query) => query.ReturnData !== false).length;
  const band = input.ThresholdMetricId !== undefined;
  if (band) {
    const target = metrics.find((query) => query.Id === input.ThresholdMetricId);
    if (!target?.Expression?.includes('ANOMALY_DETECTION_BAND'))
      issues.push({
        field: 'ThresholdMetricId',
        message: `ThresholdMetricId '${input.ThresholdMetricId}' must name an ANOMALY_DETECTION_BAND expression`,
      });
    if (returned !== 2)
      issues.push({
        field: 'Metrics',
        message: `an anomaly band alarm returns exactly 2 queries (the metric and the band), found ${returned}`,
      });
    if (input.Threshold !== undefined)
      issues.push({ field: 'Threshold', message: 'Threshold must not be set with ThresholdMetricId' });
    if (input.ComparisonOperator && !BAND_COMPARISONS.has(input.ComparisonOperator))
      issues.push({ field: 'ComparisonOperator', message: 'anomaly band alarms compare against the band' });
  } else if (returned !== 1) {
    issues.push({
      field: 'Metrics',
      message: `exactly one query must have ReturnData true, found ${returned}`,
      hint: 'Mark the inputs ReturnData: false and return only the final expression.',
    });
  }
  const period = periods.find((value) => value !== undefined) ?? 60;
  checkEvaluation(issues, period, input.EvaluationPeriods, input.DatapointsToAlarm);
}

/**
 * Checks a PutMetricAlarm payload against CloudWatch's API constraints without
 * calling AWS. `synth` runs it on everything it emits.
 *
 * @example
 * ```ts
 * validateMetricAlarmInput({ AlarmName: 'x', Period: 45, EvaluationPeriods: 1 } as PutMetricAlarmInput);
 * // [{ field: 'Period', message: 'period 45 s is not allowed', hint: … }, …]
 * ```
 */
export function validateMetricAlarmInput(input: PutMetricAlarmInput, context: PayloadContext = {}): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  checkName(issues, 'AlarmName', input.AlarmName, Limits.ALARM_NAME_MAX);
  checkDescription(issues, input.AlarmDescription);
  if (input.Metrics) checkMetrics(issues, input, input.Metrics);
  else checkSingle(issues, input);
  if (!input.ComparisonOperator || !COMPARISONS.has(input.ComparisonOperator))
    issues.push({ field: 'ComparisonOperator', message: `'${input.ComparisonOperator ?? ''}' is not a comparison` });
  if (input.ThresholdMetricId === undefined && (input.Threshold === undefined || !Number.isFinite(input.Threshold)))
    issues.push({ field: 'Threshold', message: 'threshold must be a finite number' });
  checkTreatMissingData(issues, input.TreatMissingData);
  checkActions(issues, 'AlarmActions', input.AlarmActions, context);
  checkActions(issues, 'OKActions', input.OKActions, context);
  checkActions(issues, 'InsufficientDataActions', input.InsufficientDataActions, context);
  checkTags(issues, input.Tags);
  return issues;
}
