import type { PutCompositeAlarmInput, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { SynthesizedStage } from '../../src/types/synth.js';

export const REGION = 'us-east-1';
export const PREFIX = 'shop-prod-';
export const TAG_KEY = 'valine:alarms:stack';
export const TAG_VALUE = 'shop/prod';
export const LOG_GROUP = '/aws/lambda/shop-prod-api';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:oncall';
const OPS = 'arn:aws:sns:us-east-1:123456789012:ops';

export const tags = (extra: Record<string, string> = {}) =>
  Object.entries({ [TAG_KEY]: TAG_VALUE, 'managed-by': 'valine-alarms', ...extra }).map(([Key, Value]) => ({
    Key,
    Value,
  }));

export function errorsAlarm(overrides: Partial<PutMetricAlarmInput> = {}): PutMetricAlarmInput {
  return {
    AlarmName: `${PREFIX}api-errors`,
    AlarmDescription: 'Lambda errors on the API function. Runbook: https://runbook.example/errors',
    Namespace: 'AWS/Lambda',
    MetricName: 'Errors',
    Dimensions: [
      { Name: 'FunctionName', Value: 'shop-prod-api' },
      { Name: 'Resource', Value: 'shop-prod-api' },
    ],
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 5,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
    AlarmActions: [TOPIC, OPS],
    OKActions: [TOPIC],
    Tags: tags({ severity: 'P1' }),
    ...overrides,
  };
}

export function latencyAlarm(overrides: Partial<PutMetricAlarmInput> = {}): PutMetricAlarmInput {
  return {
    AlarmName: `${PREFIX}api-latency`,
    Namespace: 'AWS/ApiGateway',
    MetricName: 'Latency',
    Dimensions: [{ Name: 'ApiId', Value: 'abc123' }],
    ExtendedStatistic: 'p95',
    Period: 60,
    EvaluationPeriods: 5,
    DatapointsToAlarm: 5,
    Threshold: 3000,
    ComparisonOperator: 'GreaterThanThreshold',
    Unit: 'Milliseconds',
    AlarmActions: [TOPIC],
    Tags: tags({ severity: 'P1' }),
    ...overrides,
  };
}

export function errorRateAlarm(overrides: Partial<PutMetricAlarmInput> = {}): PutMetricAlarmInput {
  const stat = (id: string, metric: string) => ({
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: [{ Name: 'FunctionName', Value: 'shop-prod-api' }],
      },
      Period: 60,
      Stat: 'Sum',
    },
    ReturnData: false,
  });
  return {
    AlarmName: `${PREFIX}api-error-rate`,
    Metrics: [
      stat('errors', 'Errors'),
      stat('invocations', 'Invocations'),
      { Id: 'rate', Expression: 'IF(invocations > 0, 100 * errors / invocations, 0)', Label: 'Error rate %' },
    ],
    EvaluationPeriods: 5,
    DatapointsToAlarm: 5,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
    AlarmActions: [TOPIC],
    Tags: tags({ severity: 'P1' }),
    ...overrides,
  };
}

export function coldStartFilter(overrides: Partial<PutMetricFilterRequest> = {}): PutMetricFilterRequest {
  return {
    logGroupName: LOG_GROUP,
    filterName: `${PREFIX}api-cold-starts`,
    filterPattern: '"REPORT" "Init Duration"',
    metricTransformations: [
      { metricName: 'ColdStarts', metricNamespace: 'Valine/Logs', metricValue: '1', defaultValue: 0 },
    ],
    ...overrides,
  };
}

export function compositeAlarm(overrides: Partial<PutCompositeAlarmInput> = {}): PutCompositeAlarmInput {
  return {
    AlarmName: `${PREFIX}service-unhealthy`,
    AlarmRule: `ALARM("${PREFIX}api-errors") OR ALARM("${PREFIX}api-latency")`,
    AlarmActions: [TOPIC],
    Tags: tags({ severity: 'P0' }),
    ...overrides,
  };
}

export interface StageParts {
  metricAlarms?: PutMetricAlarmInput[];
  compositeAlarms?: PutCompositeAlarmInput[];
  metricFilters?: PutMetricFilterRequest[];
}

/** A hand-written `synth` result: what part 1 produces for one stage in one region. */
export function stage(parts: StageParts = {}): SynthesizedStage {
  return {
    stack: 'shop',
    stage: 'prod',
    ownership: { namePrefix: PREFIX, tagKey: TAG_KEY, tagValue: TAG_VALUE },
    regions: [
      {
        region: REGION,
        metricAlarms: parts.metricAlarms ?? [errorsAlarm(), latencyAlarm(), errorRateAlarm()],
        compositeAlarms: parts.compositeAlarms ?? [],
        metricFilters: parts.metricFilters ?? [coldStartFilter()],
      },
    ],
  };
}
