export {
  MAX_DATUMS_PER_REQUEST,
  MAX_DIMENSIONS,
  MAX_METRICS_PER_DOCUMENT,
  MAX_VALUES_PER_DATUM,
  MAX_VALUES_PER_METRIC,
  MetricResolution,
  MetricUnit,
} from './constants.js';
export { PutMetricDataError } from './errors.js';
export type { LambdaContextLike, WithMetricsOptions } from './lambda/withMetrics.js';
export { withMetrics } from './lambda/withMetrics.js';
export { createMetrics } from './metrics.js';
export { stdoutOutput } from './output.js';
export { createPutMetricDataEmitter } from './putMetricData/emitter.js';
export type {
  EmitterStats,
  PutMetricDataEmitter,
  PutMetricDataEmitterOptions,
  PutMetricOptions,
} from './putMetricData/types.js';
export type {
  AddOptions,
  Dimensions,
  DropReasonValue,
  LineOutput,
  MetricResolutionValue,
  Metrics,
  MetricsOptions,
  MetricUnitValue,
  WarnLogger,
} from './types.js';
