/** Tag key marking an alarm or metric filter as owned by one stack and stage; its value is `<stack>/<stage>`. */
export const OWNERSHIP_TAG_KEY = 'valine:alarms:stack';
/** Tag written on every synthesized alarm so humans browsing the console know where it comes from. */
export const MANAGED_BY_TAG_KEY = 'managed-by';
export const MANAGED_BY_TAG_VALUE = 'valine-alarms';
/** Tag carrying the alarm's severity (`P0`–`P3`). */
export const SEVERITY_TAG_KEY = 'severity';

export const DEFAULT_REGION = 'us-east-1';
/** CloudFront publishes its metrics only here. */
export const CLOUDFRONT_REGION = 'us-east-1';
export const DEFAULT_PERIOD_SECONDS = 60;
export const DEFAULT_EVALUATION_PERIODS = 5;
export const DEFAULT_TREAT_MISSING_DATA = 'missing';
export const DEFAULT_LOG_METRIC_NAMESPACE = 'Valine/Logs';

export const Severities = ['P0', 'P1', 'P2', 'P3'] as const;
export const TreatMissingDataValues = ['breaching', 'notBreaching', 'ignore', 'missing'] as const;

export const ComparisonOperator = {
  '>': 'GreaterThanThreshold',
  '>=': 'GreaterThanOrEqualToThreshold',
  '<': 'LessThanThreshold',
  '<=': 'LessThanOrEqualToThreshold',
  GreaterThanThreshold: 'GreaterThanThreshold',
  GreaterThanOrEqualToThreshold: 'GreaterThanOrEqualToThreshold',
  LessThanThreshold: 'LessThanThreshold',
  LessThanOrEqualToThreshold: 'LessThanOrEqualToThreshold',
} as const;

export const BandComparisonOperator = {
  outside: 'LessThanLowerOrGreaterThanUpperThreshold',
  above: 'GreaterThanUpperThreshold',
  below: 'LessThanLowerThreshold',
} as const;

export const StandardStatistics = ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] as const;

/** CloudWatch API limits (PutMetricAlarm, PutCompositeAlarm, PutMetricFilter). */
export const Limits = {
  /** Alarm names are 1–255 characters. */
  ALARM_NAME_MAX: 255,
  ALARM_DESCRIPTION_MAX: 1024,
  /** Period × evaluation periods for periods under an hour. */
  EVALUATION_WINDOW_MAX: 86_400,
  /** Period × evaluation periods once the period is an hour or more. */
  EVALUATION_WINDOW_MAX_LONG: 604_800,
  METRIC_QUERIES_MAX: 20,
  ACTIONS_PER_STATE_MAX: 5,
  DIMENSIONS_MAX: 30,
  TAGS_MAX: 50,
  TAG_KEY_MAX: 128,
  TAG_VALUE_MAX: 256,
  ALARM_RULE_MAX: 10_240,
  METRIC_FILTER_NAME_MAX: 512,
  FILTER_PATTERN_MAX: 1024,
  LOG_GROUP_NAME_MAX: 512,
  /** Alarm ids must stay short enough for the derived name plus prefix. */
  ALARM_ID_MAX: 200,
} as const;

/** Periods under a minute must be one of these (high-resolution metrics). */
export const SUB_MINUTE_PERIODS = [10, 20, 30] as const;

/** Query ids in `Metrics`: CloudWatch's own pattern. */
export const METRIC_ID_PATTERN = /^[a-z][A-Za-z0-9_]*$/;
/** Alarm ids in a config: safe in names, composite rules and tags. */
export const ALARM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Stack and stage names: they become the name prefix. */
export const NAME_PART_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Region codes such as `eu-west-1`, `us-gov-west-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
