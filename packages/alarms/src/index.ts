export { loadConfig } from './config/loadConfig.js';
export {
  CLOUDFRONT_REGION,
  Limits,
  MANAGED_BY_TAG_KEY,
  MANAGED_BY_TAG_VALUE,
  OWNERSHIP_TAG_KEY,
  SEVERITY_TAG_KEY,
} from './constants.js';
export { defineAlarms } from './defineAlarms.js';
export { parseDuration } from './duration.js';
export {
  AlarmsCliError,
  AlarmsConfigError,
  AlarmsError,
  AlarmsValidationError,
  ErrorCode,
  type ValidationIssue,
} from './errors.js';
export type { ApiOptions } from './presets/apiGateway.js';
export type { CloudFrontOptions } from './presets/cloudFront.js';
export type { ServiceUnhealthyOptions } from './presets/composite.js';
export { presets } from './presets/index.js';
export type { ConcurrencyOptions, DurationNearTimeoutOptions, LambdaOptions } from './presets/lambda.js';
export { type ColdStartOptions, LambdaLogPatterns, type OutOfMemoryOptions } from './presets/lambdaLogs.js';
export type { PresetOptions } from './presets/options.js';
export type { RdsConnectionsOptions, RdsOptions } from './presets/rds.js';
export { instanceClassMemoryGiB, postgresMaxConnections } from './presets/rdsInstanceMemory.js';
export { alarm, all, any, insufficientData, not, ok } from './rule/builders.js';
export { renderRule } from './rule/render.js';
export { ownershipOf } from './synth/common.js';
export { synth } from './synth/synth.js';
export type * from './types/index.js';
export { validateCompositeAlarmInput } from './validate/payload/compositeAlarm.js';
export { validateMetricAlarmInput } from './validate/payload/metricAlarm.js';
export { validateMetricFilterInput } from './validate/payload/metricFilter.js';
export { isExtendedStatistic, isStatistic } from './validate/payload/statistic.js';
export type { PayloadContext, PayloadIssue } from './validate/payload/types.js';
export { type ValidateOptions, validateConfig } from './validate/validateConfig.js';
