export type { WithMetricsOptions as MetricsMiddlewareOptions } from '../lambda/withMetrics.js';
export type { MetricsMiddleware, MiddyRequestLike } from './metricsMiddleware.js';
export { metricsMiddleware } from './metricsMiddleware.js';
