export { applyPlan, destroy } from './apply.js';
export type { ClientOptions, SyncClients } from './clients.js';
export { createClients } from './clients.js';
export { DEFAULT_RATE_LIMITS, Operation } from './constants.js';
export type { FormatOptions } from './formatPlan.js';
export { formatApplyResult, formatPlan } from './formatPlan.js';
export type { Normalized, NormalizedValue } from './normalize.js';
export { normalizeCompositeAlarm, normalizeMetricAlarm, normalizeMetricFilter } from './normalize.js';
export { createPlan, isEmptyPlan, planDestroy } from './plan.js';
export type { ProgressReporter } from './progress.js';
export { createProgressReporter } from './progress.js';
export type { RateLimiter, RateLimiterOptions } from './rateLimiter.js';
export { createRateLimiter } from './rateLimiter.js';
export type {
  AlarmChange,
  AlarmKind,
  ApplyOptions,
  ApplyResult,
  Conflict,
  FieldChange,
  ItemResult,
  MetricFilterChange,
  Plan,
  PlanSummary,
  ProgressEvent,
  RateLimits,
  ReadOptions,
  RegionPlan,
  ReportedError,
  TagChange,
} from './types.js';
