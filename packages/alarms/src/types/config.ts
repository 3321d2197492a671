/**
 * The shape of `alarms.config.ts`. Everything here is plain data (plus the
 * rule builders' output), so a config can also be written as JSON.
 */

/** `'30s'`, `'5m'`, `'1h'`, `'1d'`, or a number of seconds. */
export type Duration = `${number}${'s' | 'm' | 'h' | 'd'}` | number;

export type Severity = 'P0' | 'P1' | 'P2' | 'P3';

export type TreatMissingData = 'breaching' | 'notBreaching' | 'ignore' | 'missing';

/** Short forms map to CloudWatch's `ComparisonOperator` names; the long names are accepted as is. */
export type Comparison =
  | '>'
  | '>='
  | '<'
  | '<='
  | 'GreaterThanThreshold'
  | 'GreaterThanOrEqualToThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';

/** Which side of an anomaly detection band breaches. */
export type BandComparison = 'outside' | 'above' | 'below';

/**
 * `Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount`, or an extended
 * statistic such as `p95`, `p99.9`, `tm99`, `wm90`, `tc90`, `ts90`, `TM(10%:90%)`, `PR(:300)`.
 */
export type Statistic = 'Average' | 'Sum' | 'Minimum' | 'Maximum' | 'SampleCount' | (string & {});

/** Where a severity's notifications go, as SNS / Systems Manager / automate action ARNs. */
export interface SeverityRoute {
  alarm?: string[];
  ok?: string[];
  insufficientData?: string[];
}

export type SeverityRouting = Partial<Record<Severity, SeverityRoute>>;

/** Dimensions as a name → value record; order does not matter. */
export type Dimensions = Record<string, string>;

/** One CloudWatch metric, as used by single-metric alarms and as a math input. */
export interface MetricRef {
  namespace: string;
  metricName: string;
  dimensions?: Dimensions;
  statistic: Statistic;
  /** Defaults to the alarm's period. */
  period?: Duration;
  unit?: string;
}

/** A named math input: a metric, or a sub-expression over other inputs. */
export type MathInput = MetricRef | { expression: string; label?: string };

interface AlarmCommon {
  severity: Severity;
  /** What breaks and what to do; a runbook link is appended when `runbook` is set. */
  description?: string;
  runbook?: string;
  tags?: Record<string, string>;
  /** Pins the alarm to one region (CloudFront alarms must live in `us-east-1`). */
  region?: string;
  /** `false` leaves the alarm out of the synthesized stage. */
  enabled?: boolean;
  /** `false` creates the alarm with its actions disabled. */
  actionsEnabled?: boolean;
  /** Replaces the severity's routing for this alarm. */
  actions?: SeverityRoute;
}

interface Evaluation {
  period?: Duration;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  treatMissingData?: TreatMissingData;
}

export interface MetricAlarmDefinition extends AlarmCommon, Evaluation {
  kind: 'metric';
  namespace: string;
  metricName: string;
  dimensions?: Dimensions;
  statistic: Statistic;
  unit?: string;
  comparison: Comparison;
  threshold: number;
}

export interface MathAlarmDefinition extends AlarmCommon, Evaluation {
  kind: 'math';
  /** Input ids must match `^[a-z][A-Za-z0-9_]*$` and are usable in `expression`. */
  metrics: Record<string, MathInput>;
  expression: string;
  label?: string;
  comparison: Comparison;
  threshold: number;
}

export interface AnomalyAlarmDefinition extends AlarmCommon, Evaluation {
  kind: 'anomaly';
  metric: MetricRef;
  /** Band width in standard deviations (CloudWatch's second `ANOMALY_DETECTION_BAND` argument). */
  band: number;
  comparison: BandComparison;
}

/** A node of a composite alarm rule; build it with `alarm()`, `ok()`, `all()`, `any()`, `not()`. */
export type RuleNode =
  | { state: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'; alarm: string }
  | { op: 'AND' | 'OR'; rules: RuleNode[] }
  | { op: 'NOT'; rule: RuleNode }
  | { constant: boolean };

export interface ActionsSuppressor {
  /** The id of an alarm in this config whose ALARM state silences this one. */
  alarm: string;
  waitPeriod: Duration;
  extensionPeriod: Duration;
}

export interface CompositeAlarmDefinition extends AlarmCommon {
  kind: 'composite';
  rule: RuleNode;
  actionsSuppressor?: ActionsSuppressor;
}

/** A CloudWatch Logs metric filter and the alarm on the metric it publishes. */
export interface LogMetricAlarmDefinition extends AlarmCommon, Evaluation {
  kind: 'logMetric';
  logGroupName: string;
  filterPattern: string;
  /** Defaults to `defaults.logMetricNamespace` (`Valine/Logs`). */
  metricNamespace?: string;
  /** Defaults to the alarm's name, so stages sharing an account never share a metric. */
  metricName?: string;
  /** What each matching event adds: `'1'` to count, or `'$.field'`. Defaults to `'1'`. */
  metricValue?: string;
  /** Published for each log event that does not match (`0` keeps the metric continuous). */
  defaultValue?: number;
  /** Unit of the published metric. */
  unit?: string;
  statistic?: Statistic;
  /**
   * Alarm on the matches as a percentage of this metric instead of their
   * count: `IF(total > 0, 100 * matches / total, 0)` (e.g. cold starts per
   * invocation).
   */
  per?: MetricRef;
  comparison: Comparison;
  threshold: number;
}

export type AlarmDefinition =
  | MetricAlarmDefinition
  | MathAlarmDefinition
  | AnomalyAlarmDefinition
  | CompositeAlarmDefinition
  | LogMetricAlarmDefinition;

/** What a stage may change on one alarm. */
export interface AlarmOverride {
  enabled?: boolean;
  threshold?: number;
  severity?: Severity;
  period?: Duration;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  treatMissingData?: TreatMissingData;
  region?: string;
  actionsEnabled?: boolean;
  actions?: SeverityRoute;
  tags?: Record<string, string>;
}

export interface StageConfig {
  /**
   * Values for `{name}` placeholders in alarm definitions and action ARNs,
   * e.g. `{ apiId: 'a1b2c3d4e5' }` for `dimensions: { ApiId: '{apiId}' }`.
   * `{stack}`, `{stage}` and `{region}` are always available.
   */
  vars?: Record<string, string>;
  /** Regions this stage's alarms are created in; defaults to `[defaults.region]`. */
  regions?: string[];
  /** Replaces the top-level routing for the listed severities. */
  severities?: SeverityRouting;
  tags?: Record<string, string>;
  /** `false` creates every alarm of the stage with actions disabled. */
  actionsEnabled?: boolean;
  overrides?: Record<string, AlarmOverride>;
}

export interface AlarmDefaults {
  region?: string;
  period?: Duration;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  treatMissingData?: TreatMissingData;
  logMetricNamespace?: string;
}

export interface AlarmsConfig {
  /** Short name of the app; the ownership prefix is `<stack>-<stage>-`. */
  stack: string;
  stages: Record<string, StageConfig>;
  severities: SeverityRouting;
  defaults?: AlarmDefaults;
  tags?: Record<string, string>;
  alarms: Record<string, AlarmDefinition>;
}
