/** CloudWatch and CloudWatch Logs operations the reconciler calls; the limiter and call counts key on these. */
export const Operation = {
  DescribeAlarms: 'DescribeAlarms',
  ListTagsForResource: 'ListTagsForResource',
  PutMetricAlarm: 'PutMetricAlarm',
  PutCompositeAlarm: 'PutCompositeAlarm',
  DeleteAlarms: 'DeleteAlarms',
  TagResource: 'TagResource',
  UntagResource: 'UntagResource',
  DescribeMetricFilters: 'DescribeMetricFilters',
  PutMetricFilter: 'PutMetricFilter',
  DeleteMetricFilter: 'DeleteMetricFilter',
  DescribeLogGroups: 'DescribeLogGroups',
  CreateLogGroup: 'CreateLogGroup',
} as const;
export type Operation = (typeof Operation)[keyof typeof Operation];

/**
 * Default per-region quotas (calls per second). The first three are the
 * documented CloudWatch defaults; the rest are conservative so a large sync
 * does not eat the account's shared budget.
 */
export const DEFAULT_RATE_LIMITS: Record<Operation, number> = {
  DescribeAlarms: 9,
  ListTagsForResource: 10,
  PutMetricAlarm: 3,
  PutCompositeAlarm: 3,
  DeleteAlarms: 3,
  TagResource: 5,
  UntagResource: 5,
  DescribeMetricFilters: 5,
  PutMetricFilter: 5,
  DeleteMetricFilter: 5,
  DescribeLogGroups: 5,
  CreateLogGroup: 5,
};

/** DescribeAlarms returns at most 100 alarms per page. */
export const DESCRIBE_ALARMS_PAGE_SIZE = 100;
/** DescribeMetricFilters returns at most 50 filters per page. */
export const DESCRIBE_METRIC_FILTERS_PAGE_SIZE = 50;
/** DeleteAlarms takes at most 100 names, of which at most one composite. */
export const DELETE_ALARMS_BATCH_MAX = 100;
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_ATTEMPTS = 8;
export const RETRY_BASE_DELAY_MS = 200;
export const RETRY_MAX_DELAY_MS = 20_000;

/** Error names CloudWatch and Logs use for request-rate throttling (retried). */
export const THROTTLING_ERROR_NAMES: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
]);

/** Error names that mean a service quota is reached (never retried: waiting does not help). */
export const QUOTA_ERROR_NAMES: ReadonlySet<string> = new Set([
  'LimitExceeded',
  'LimitExceededException',
  'LimitExceededFault',
]);

/** Network failures worth another attempt. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'TimeoutError',
  'RequestTimeout',
]);

/** Tag keys AWS manages itself; they can be neither set nor removed. */
export const RESERVED_TAG_PREFIX = 'aws:';
