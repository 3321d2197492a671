import { api5xxRate, apiLatencyP95 } from './apiGateway.js';
import { cloudFront5xxRate, cloudFrontCacheHitRate } from './cloudFront.js';
import { serviceUnhealthy } from './composite.js';
import { lambdaConcurrentExecutions, lambdaDurationNearTimeout, lambdaErrorRate, lambdaThrottles } from './lambda.js';
import { lambdaColdStartRate, lambdaOutOfMemory } from './lambdaLogs.js';
import { rdsConnections, rdsCpu } from './rds.js';

/**
 * The runbook's alarms (error rate, RDS connections, API p95 latency,
 * CloudFront cache hit rate, cold starts) and their usual companions. Each
 * returns a plain alarm definition, so you can spread it and change any field.
 *
 * @example
 * ```ts
 * alarms: {
 *   usersErrorRate: presets.lambdaErrorRate({ functionName: 'valine-{stage}-users' }),
 *   dbConnections: presets.rdsConnections({ dbInstanceIdentifier: 'valine-{stage}', instanceClass: 'db.t4g.medium' }),
 * }
 * ```
 */
export const presets = {
  lambdaErrorRate,
  rdsConnections,
  apiLatencyP95,
  cloudFrontCacheHitRate,
  lambdaColdStartRate,
  lambdaThrottles,
  lambdaDurationNearTimeout,
  lambdaOutOfMemory,
  lambdaConcurrentExecutions,
  api5xxRate,
  cloudFront5xxRate,
  rdsCpu,
  serviceUnhealthy,
} as const;
