import type {
  CompositeAlarm,
  Dimension,
  MetricAlarm,
  MetricDataQuery,
  PutCompositeAlarmInput,
  PutMetricAlarmInput,
} from '@aws-sdk/client-cloudwatch';
import type { MetricFilter, MetricTransformation, PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';

/** A definition reduced to what matters, in one canonical shape, so equal alarms compare equal. */
export type Normalized = { [key: string]: NormalizedValue };
export type NormalizedValue = string | number | boolean | string[] | Normalized;

const DEFAULT_TREAT_MISSING_DATA = 'missing';
const DEFAULT_METRIC_FILTER_UNIT = 'None';
/** Composite suppressor periods CloudWatch fills in when a suppressor is set. */
const DEFAULT_SUPPRESSOR_PERIOD_SECONDS = 60;

/** Drops `undefined`, empty strings, empty lists and empty objects: CloudWatch echoes those inconsistently. */
function compact(entries: Record<string, NormalizedValue | undefined>): Normalized {
  const out: Normalized = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** `5`, `5.0` and float noise such as `3200.0000000000005` are one number. */
const num = (value: number | undefined): number | undefined =>
  value === undefined || !Number.isFinite(value) ? value : Number(value.toPrecision(15));

/** Action ARNs are a set: order and duplicates carry no meaning. */
const actions = (list: string[] | undefined): string[] => [...new Set(list ?? [])].sort();

/** Dimensions keyed by name, so their order never produces a diff and a change reads `Dimensions.FunctionName`. */
function dimensions(list: Dimension[] | undefined): Normalized {
  const sorted = [...(list ?? [])].sort((a, b) => String(a.Name).localeCompare(String(b.Name)));
  const out: Normalized = {};
  for (const d of sorted) if (d.Name !== undefined) out[d.Name] = d.Value ?? '';
  return out;
}

function query(q: MetricDataQuery): Normalized {
  const stat = q.MetricStat;
  return compact({
    Expression: q.Expression?.trim(),
    Label: q.Label,
    ReturnData: q.ReturnData ?? true,
    Period: num(q.Period),
    AccountId: q.AccountId,
    MetricStat: stat
      ? compact({
          Namespace: stat.Metric?.Namespace,
          MetricName: stat.Metric?.MetricName,
          Dimensions: dimensions(stat.Metric?.Dimensions),
          Period: num(stat.Period),
          Stat: stat.Stat,
          Unit: stat.Unit,
        })
      : undefined,
  });
}

/** Metric math queries keyed by id: their order in the list does not change the alarm. */
function queries(list: MetricDataQuery[] | undefined): Normalized {
  const out: Normalized = {};
  for (const q of list ?? []) if (q.Id !== undefined) out[q.Id] = query(q);
  return out;
}

/**
 * Canonical form of a metric alarm, from either the PutMetricAlarm payload
 * or DescribeAlarms' echo: defaults filled (`DatapointsToAlarm` =
 * `EvaluationPeriods`, `TreatMissingData` = `missing`, `ActionsEnabled` =
 * true, `ReturnData` = true), dimensions and actions sorted, empty lists
 * dropped, numbers rounded to 15 significant digits. Tags are not part of it.
 *
 * @example
 * ```ts
 * const same = stableStringify(normalizeMetricAlarm(desired)) === stableStringify(normalizeMetricAlarm(echoed));
 * ```
 */
export function normalizeMetricAlarm(alarm: PutMetricAlarmInput | MetricAlarm): Normalized {
  const percentile =
    alarm.ExtendedStatistic !== undefined || (alarm.Metrics ?? []).some((q) => /^p/i.test(q.MetricStat?.Stat ?? ''));
  return compact({
    AlarmDescription: alarm.AlarmDescription,
    ActionsEnabled: alarm.ActionsEnabled ?? true,
    OKActions: actions(alarm.OKActions),
    AlarmActions: actions(alarm.AlarmActions),
    InsufficientDataActions: actions(alarm.InsufficientDataActions),
    Namespace: alarm.Namespace,
    MetricName: alarm.MetricName,
    Dimensions: dimensions(alarm.Dimensions),
    Statistic: alarm.Statistic,
    ExtendedStatistic: alarm.ExtendedStatistic,
    Unit: alarm.Unit,
    Period: num(alarm.Period),
    EvaluationPeriods: num(alarm.EvaluationPeriods),
    DatapointsToAlarm: num(alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods),
    Threshold: num(alarm.Threshold),
    ThresholdMetricId: alarm.ThresholdMetricId,
    ComparisonOperator: alarm.ComparisonOperator,
    TreatMissingData: alarm.TreatMissingData ?? DEFAULT_TREAT_MISSING_DATA,
    EvaluateLowSampleCountPercentile: percentile ? alarm.EvaluateLowSampleCountPercentile : undefined,
    Metrics: queries(alarm.Metrics),
  });
}

/** Collapses whitespace outside quoted alarm names: `ALARM("a")  OR\n ALARM("b")` equals `ALARM("a") OR ALARM("b")`. */
export function normalizeAlarmRule(rule: string): string {
  let out = '';
  let quoted = false;
  let space = false;
  for (const ch of rule.trim()) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && /\s/.test(ch)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out.replace(/\( /g, '(').replace(/ \)/g, ')');
}

/**
 * Canonical form of a composite alarm (rule whitespace, actions as sets,
 * suppressor defaults).
 *
 * @example
 * ```ts
 * normalizeCompositeAlarm({ AlarmName: 'x', AlarmRule: 'ALARM("a")  OR ALARM("b")' }).AlarmRule; // 'ALARM("a") OR ALARM("b")'
 * ```
 */
export function normalizeCompositeAlarm(alarm: PutCompositeAlarmInput | CompositeAlarm): Normalized {
  const suppressed = Boolean(alarm.ActionsSuppressor);
  return compact({
    AlarmDescription: alarm.AlarmDescription,
    ActionsEnabled: alarm.ActionsEnabled ?? true,
    OKActions: actions(alarm.OKActions),
    AlarmActions: actions(alarm.AlarmActions),
    InsufficientDataActions: actions(alarm.InsufficientDataActions),
    AlarmRule: normalizeAlarmRule(alarm.AlarmRule ?? ''),
    ActionsSuppressor: alarm.ActionsSuppressor,
    ActionsSuppressorWaitPeriod: suppressed
      ? num(alarm.ActionsSuppressorWaitPeriod ?? DEFAULT_SUPPRESSOR_PERIOD_SECONDS)
      : undefined,
    ActionsSuppressorExtensionPeriod: suppressed
      ? num(alarm.ActionsSuppressorExtensionPeriod ?? DEFAULT_SUPPRESSOR_PERIOD_SECONDS)
      : undefined,
  });
}

function transformation(t: MetricTransformation): Normalized {
  const dims: Normalized = {};
  for (const key of Object.keys(t.dimensions ?? {}).sort()) dims[key] = t.dimensions?.[key] ?? '';
  return compact({
    metricName: t.metricName,
    metricNamespace: t.metricNamespace,
    metricValue: t.metricValue,
    defaultValue: num(t.defaultValue),
    unit: t.unit === DEFAULT_METRIC_FILTER_UNIT ? undefined : t.unit,
    dimensions: dims,
  });
}

/**
 * Canonical form of a metric filter (transformation defaults, dimension key
 * order). The log group and name identify it and are not compared.
 *
 * @example
 * ```ts
 * normalizeMetricFilter({ filterPattern: '"REPORT"', metricTransformations: [t] });
 * ```
 */
export function normalizeMetricFilter(filter: PutMetricFilterRequest | MetricFilter): Normalized {
  const list = filter.metricTransformations ?? [];
  const transformations: Normalized = {};
  list.forEach((t, i) => {
    transformations[String(i)] = transformation(t);
  });
  return compact({
    filterPattern: filter.filterPattern ?? '',
    metricTransformations: transformations,
    applyOnTransformedLogs: filter.applyOnTransformedLogs === true ? true : undefined,
    fieldSelectionCriteria: filter.fieldSelectionCriteria,
    emitSystemFieldDimensions: [...(filter.emitSystemFieldDimensions ?? [])].sort(),
  });
}
