/**
 * CloudWatch's standard units. An `as const` object rather than an enum so
 * plain strings (`'Count'`) type-check too and nothing is emitted at runtime
 * beyond this object.
 *
 * @example
 * ```ts
 * metrics.add('Latency', MetricUnit.Milliseconds, 42);
 * ```
 */
export const MetricUnit = {
  Seconds: 'Seconds',
  Microseconds: 'Microseconds',
  Milliseconds: 'Milliseconds',
  Bytes: 'Bytes',
  Kilobytes: 'Kilobytes',
  Megabytes: 'Megabytes',
  Gigabytes: 'Gigabytes',
  Terabytes: 'Terabytes',
  Bits: 'Bits',
  Kilobits: 'Kilobits',
  Megabits: 'Megabits',
  Gigabits: 'Gigabits',
  Terabits: 'Terabits',
  Percent: 'Percent',
  Count: 'Count',
  BytesPerSecond: 'Bytes/Second',
  KilobytesPerSecond: 'Kilobytes/Second',
  MegabytesPerSecond: 'Megabytes/Second',
  GigabytesPerSecond: 'Gigabytes/Second',
  TerabytesPerSecond: 'Terabytes/Second',
  BitsPerSecond: 'Bits/Second',
  KilobitsPerSecond: 'Kilobits/Second',
  MegabitsPerSecond: 'Megabits/Second',
  GigabitsPerSecond: 'Gigabits/Second',
  TerabitsPerSecond: 'Terabits/Second',
  CountPerSecond: 'Count/Second',
  None: 'None',
} as const;

/**
 * Storage resolution in seconds: `High` (1 s) costs more and is kept at full
 * resolution for 3 hours only.
 */
export const MetricResolution = {
  Standard: 60,
  High: 1,
} as const;

/** EMF: at most 100 metric definitions per directive. */
export const MAX_METRICS_PER_DOCUMENT = 100;
/** EMF: at most 100 values in one metric's array. */
export const MAX_VALUES_PER_METRIC = 100;
/** EMF and PutMetricData: at most 30 dimensions per dimension set. */
export const MAX_DIMENSIONS = 30;
/** Metric names are 1–255 characters. */
export const MAX_METRIC_NAME_LENGTH = 255;
/** Dimension names are 1–255 characters. */
export const MAX_DIMENSION_NAME_LENGTH = 255;
/** Dimension values are 1–1024 characters. */
export const MAX_DIMENSION_VALUE_LENGTH = 1024;
/** Namespaces are 1–255 characters. */
export const MAX_NAMESPACE_LENGTH = 255;
/** CloudWatch rejects data points older than two weeks. */
export const MAX_TIMESTAMP_PAST_MS = 14 * 24 * 60 * 60 * 1000;
/** CloudWatch rejects data points more than two hours in the future. */
export const MAX_TIMESTAMP_FUTURE_MS = 2 * 60 * 60 * 1000;
/** CloudWatch rejects magnitudes above 2^360 (about 1.17e108). */
export const MAX_VALUE_MAGNITUDE = 1.174271e108;
/** CloudWatch rejects non-zero magnitudes below 2^-360 (about 8.5e-109). */
export const MIN_VALUE_MAGNITUDE = 8.51592e-109;

/** PutMetricData: at most 1000 datums per request. */
export const MAX_DATUMS_PER_REQUEST = 1000;
/** PutMetricData: at most 1 MB per request; kept below it to leave room for the envelope. */
export const MAX_REQUEST_BYTES = 1_000_000;
/** PutMetricData: at most 150 distinct values in one datum's Values/Counts. */
export const MAX_VALUES_PER_DATUM = 150;

/** Environment variables, read once by `env.ts`. */
export const EnvVar = {
  Namespace: 'VALINE_METRICS_NAMESPACE',
  Service: 'VALINE_SERVICE_NAME',
  FunctionName: 'AWS_LAMBDA_FUNCTION_NAME',
  InitializationType: 'AWS_LAMBDA_INITIALIZATION_TYPE',
} as const;

/** Why a datum was dropped; one warning per kind per flush. */
export const DropReason = {
  InvalidValue: 'invalid_value',
  InvalidUnit: 'invalid_unit',
  InvalidResolution: 'invalid_resolution',
  InvalidName: 'invalid_name',
  ConflictingDefinition: 'conflicting_definition',
  InvalidDimension: 'invalid_dimension',
  TooManyDimensions: 'too_many_dimensions',
  KeyCollision: 'key_collision',
  InvalidMetadata: 'invalid_metadata',
  InvalidTimestamp: 'invalid_timestamp',
} as const;
