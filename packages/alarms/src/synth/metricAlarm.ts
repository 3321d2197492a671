import type { MetricDataQuery, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { BandComparisonOperator, DEFAULT_LOG_METRIC_NAMESPACE } from '../constants.js';
import type {
  AnomalyAlarmDefinition,
  LogMetricAlarmDefinition,
  MathAlarmDefinition,
  MetricAlarmDefinition,
  MetricRef,
} from '../types/config.js';
import {
  actions,
  alarmName,
  comparison,
  describe,
  dimensions,
  evaluation,
  type SynthContext,
  seconds,
  statisticFields,
  tags,
} from './common.js';
import type { ResolvedAlarm } from './resolve.js';

function base(context: SynthContext, alarm: ResolvedAlarm) {
  return {
    AlarmName: alarmName(context, alarm.id),
    ...describe(alarm),
    ...actions(alarm),
  };
}

function metricStat(ref: MetricRef, period: number): MetricDataQuery['MetricStat'] {
  return {
    Metric: { Namespace: ref.namespace, MetricName: ref.metricName, Dimensions: dimensions(ref.dimensions) },
    Period: seconds(ref.period, period),
    Stat: ref.statistic,
    ...(ref.unit ? { Unit: ref.unit as NonNullable<MetricDataQuery['MetricStat']>['Unit'] } : {}),
  };
}

function single(context: SynthContext, alarm: ResolvedAlarm, def: MetricAlarmDefinition): PutMetricAlarmInput {
  return {
    ...base(context, alarm),
    Namespace: def.namespace,
    MetricName: def.metricName,
    Dimensions: dimensions(def.dimensions),
    ...statisticFields(def.statistic),
    ...(def.unit ? { Unit: def.unit as PutMetricAlarmInput['Unit'] } : {}),
    ...evaluation(context, alarm),
    Threshold: def.threshold,
    ComparisonOperator: comparison(def.comparison) as PutMetricAlarmInput['ComparisonOperator'],
    Tags: tags(context, alarm),
  };
}

/** Picks an id for the alarm's expression that no input uses. */
function resultId(taken: string[]): string {
  let id = 'result';
  for (let n = 1; taken.includes(id); n += 1) id = `result${n}`;
  return id;
}

function math(context: SynthContext, alarm: ResolvedAlarm, def: MathAlarmDefinition): PutMetricAlarmInput {
  const fields = evaluation(context, alarm);
  const inputs: MetricDataQuery[] = Object.entries(def.metrics).map(([Id, input]) =>
    'expression' in input
      ? { Id, Expression: input.expression, ...(input.label ? { Label: input.label } : {}), ReturnData: false }
      : { Id, MetricStat: metricStat(input, fields.Period), ReturnData: false },
  );
  const id = resultId(Object.keys(def.metrics));
  const result: MetricDataQuery = {
    Id: id,
    Expression: def.expression,
    Label: def.label ?? alarm.id,
    ReturnData: true,
  };
  const { Period: _period, ...rest } = fields;
  return {
    ...base(context, alarm),
    Metrics: [...inputs, result],
    ...rest,
    Threshold: def.threshold,
    ComparisonOperator: comparison(def.comparison) as PutMetricAlarmInput['ComparisonOperator'],
    Tags: tags(context, alarm),
  };
}

function anomaly(context: SynthContext, alarm: ResolvedAlarm, def: AnomalyAlarmDefinition): PutMetricAlarmInput {
  const fields = evaluation(context, alarm);
  const { Period: _period, ...rest } = fields;
  return {
    ...base(context, alarm),
    Metrics: [
      { Id: 'm1', MetricStat: metricStat(def.metric, fields.Period), ReturnData: true },
      {
        Id: 'band',
        Expression: `ANOMALY_DETECTION_BAND(m1, ${def.band})`,
        Label: `${alarm.id} band`,
        ReturnData: true,
      },
    ],
    ThresholdMetricId: 'band',
    ...rest,
    ComparisonOperator: BandComparisonOperator[def.comparison],
    Tags: tags(context, alarm),
  };
}

/** The metric a log metric filter publishes: per stage by default, so stages never share one. */
export function logMetricTarget(context: SynthContext, alarm: ResolvedAlarm, def: LogMetricAlarmDefinition) {
  return {
    namespace: def.metricNamespace ?? context.config.defaults?.logMetricNamespace ?? DEFAULT_LOG_METRIC_NAMESPACE,
    metricName: def.metricName ?? alarmName(context, alarm.id),
  };
}

function logMetric(context: SynthContext, alarm: ResolvedAlarm, def: LogMetricAlarmDefinition): PutMetricAlarmInput {
  const target = logMetricTarget(context, alarm, def);
  const statistic = def.statistic ?? 'Sum';
  if (def.per) {
    const matches: MetricRef = { namespace: target.namespace, metricName: target.metricName, statistic };
    return math(context, alarm, {
      ...def,
      kind: 'math',
      metrics: { matches, total: def.per },
      expression: 'IF(total > 0, 100 * matches / total, 0)',
    });
  }
  return {
    ...base(context, alarm),
    Namespace: target.namespace,
    MetricName: target.metricName,
    Dimensions: [],
    ...statisticFields(statistic),
    ...evaluation(context, alarm),
    Threshold: def.threshold,
    ComparisonOperator: comparison(def.comparison) as PutMetricAlarmInput['ComparisonOperator'],
    Tags: tags(context, alarm),
  };
}

/**
 * The PutMetricAlarm payload of a single-metric, math, anomaly or log-metric
 * alarm; `undefined` for composites.
 *
 * @example
 * ```ts
 * const input = metricAlarmInput(context, resolved);
 * ```
 */
export function metricAlarmInput(context: SynthContext, alarm: ResolvedAlarm): PutMetricAlarmInput | undefined {
  const def = alarm.definition;
  switch (def.kind) {
    case 'metric':
      return single(context, alarm, def);
    case 'math':
      return math(context, alarm, def);
    case 'anomaly':
      return anomaly(context, alarm, def);
    case 'logMetric':
      return logMetric(context, alarm, def);
    default:
      return undefined;
  }
}
