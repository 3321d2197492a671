import type { ResolvedAlarm } from '../synth/resolve.js';

const FIELD_TO_KEY: Record<string, string> = {
  AlarmDescription: 'description',
  Period: 'period',
  EvaluationPeriods: 'evaluationPeriods',
  DatapointsToAlarm: 'datapointsToAlarm',
  Statistic: 'statistic',
  ExtendedStatistic: 'statistic',
  Threshold: 'threshold',
  ThresholdMetricId: 'band',
  ComparisonOperator: 'comparison',
  TreatMissingData: 'treatMissingData',
  Dimensions: 'dimensions',
  Namespace: 'namespace',
  MetricName: 'metricName',
  Tags: 'tags',
  AlarmRule: 'rule',
  ActionsSuppressor: 'actionsSuppressor',
  ActionsSuppressorWaitPeriod: 'actionsSuppressor.waitPeriod',
  ActionsSuppressorExtensionPeriod: 'actionsSuppressor.extensionPeriod',
  logGroupName: 'logGroupName',
  filterPattern: 'filterPattern',
};

const ACTION_FIELDS: Record<string, 'alarm' | 'ok' | 'insufficientData'> = {
  AlarmActions: 'alarm',
  OKActions: 'ok',
  InsufficientDataActions: 'insufficientData',
};

/** Where a route came from, so an action problem points at the line to fix. */
function routePath(alarm: ResolvedAlarm, stage: string, stageRouted: boolean): string {
  if (alarm.overriddenPaths.actions) return alarm.overriddenPaths.actions;
  if (alarm.definition.actions) return `alarms.${alarm.id}.actions`;
  return stageRouted
    ? `stages.${stage}.severities.${alarm.definition.severity}`
    : `severities.${alarm.definition.severity}`;
}

/**
 * Maps a payload field (`Metrics.0.MetricStat.Period`) back to the config
 * path a person edits (`alarms.errors.period`, or the stage override that set it).
 *
 * @example
 * ```ts
 * configPathOf(alarm, 'prod', false, 'EvaluationPeriods'); // 'alarms.apiLatency.evaluationPeriods'
 * ```
 */
export function configPathOf(alarm: ResolvedAlarm, stage: string, stageRouted: boolean, field: string): string {
  const [head = '', index, ...rest] = field.split('.');
  const base = `alarms.${alarm.id}`;
  if (head in ACTION_FIELDS) {
    const tail = index === undefined ? '' : `.${index}`;
    return `${routePath(alarm, stage, stageRouted)}.${ACTION_FIELDS[head]}${tail}`;
  }
  if (head === 'Metrics') {
    const def = alarm.definition;
    if (index === undefined) return `${base}.metrics`;
    if (def.kind === 'logMetric') return `${base}.per`;
    if (def.kind === 'anomaly') return rest.includes('Period') ? `${base}.metric.period` : `${base}.metric`;
    if (def.kind === 'math') {
      const inputId = Object.keys(def.metrics)[Number(index)];
      if (inputId === undefined) return `${base}.expression`;
      const leaf = rest.includes('Period') ? '.period' : rest.includes('Stat') ? '.statistic' : '';
      return `${base}.metrics.${inputId}${leaf}`;
    }
    return `${base}.metrics`;
  }
  if (head === 'metricTransformations') {
    const leaf = rest[0];
    return leaf === 'metricNamespace' ? `${base}.metricNamespace` : leaf ? `${base}.${leaf}` : base;
  }
  const key = FIELD_TO_KEY[head];
  if (key === undefined) return base;
  return alarm.overriddenPaths[key] ?? `${base}.${key}`;
}
