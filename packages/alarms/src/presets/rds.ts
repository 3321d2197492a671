import { AlarmsConfigError } from '../errors.js';
import type { MetricAlarmDefinition } from '../types/config.js';
import { common, evaluationWindow, type PresetOptions } from './options.js';
import { knownInstanceClasses, postgresMaxConnections } from './rdsInstanceMemory.js';

export interface RdsOptions extends PresetOptions {
  dbInstanceIdentifier: string;
}

export interface RdsConnectionsOptions extends RdsOptions {
  /** The instance's `max_connections`; wins over `instanceClass`. */
  maxConnections?: number;
  /** e.g. `'db.t4g.medium'`: max derived with PostgreSQL's default formula. */
  instanceClass?: string;
  /** Percentage of max that triggers; default 80. */
  percent?: number;
}

/**
 * RDS connections above 80 % of `max_connections` (runbook: page, P1).
 *
 * `max_connections` is a parameter, not a metric, so the threshold is a
 * number: 80 % of `maxConnections` when given, otherwise of PostgreSQL's
 * default `LEAST(DBInstanceClassMemory / 9531392, 5000)` computed from the
 * instance class's memory (e.g. `db.t4g.medium`, 4 GiB → 450 → threshold 360).
 * `DatabaseConnections` Maximum over 1-minute periods, 5 of 5: new connections
 * start failing at the limit, and a Lambda fleet can exhaust it in minutes.
 * RDS publishes every minute, so a gap means the instance is down, which its
 * own availability alarm reports; missing data is `missing` here.
 *
 * @throws AlarmsConfigError when neither `maxConnections` nor a known `instanceClass` is given.
 * @example
 * ```ts
 * presets.rdsConnections({ dbInstanceIdentifier: 'valine-{stage}', instanceClass: 'db.t4g.medium' })
 * ```
 */
export function rdsConnections(options: RdsConnectionsOptions): MetricAlarmDefinition {
  const max =
    options.maxConnections ?? (options.instanceClass ? postgresMaxConnections(options.instanceClass) : undefined);
  if (max === undefined)
    throw new AlarmsConfigError(
      `rdsConnections(${options.dbInstanceIdentifier}): give maxConnections, or an instanceClass among ${knownInstanceClasses().slice(0, 6).join(', ')}, …`,
    );
  const percent = options.percent ?? 80;
  return {
    kind: 'metric',
    ...common(
      options,
      'P1',
      `RDS ${options.dbInstanceIdentifier}: connections above ${percent} % of max_connections (${max}).`,
    ),
    namespace: 'AWS/RDS',
    metricName: 'DatabaseConnections',
    dimensions: { DBInstanceIdentifier: options.dbInstanceIdentifier },
    statistic: 'Maximum',
    ...evaluationWindow(options, { period: '1m', evaluationPeriods: 5 }),
    comparison: '>',
    threshold: options.threshold ?? Math.floor(max * (percent / 100)),
    treatMissingData: 'missing',
  };
}

/**
 * RDS CPU above 80 % for 15 minutes (P2): `CPUUtilization` Average over three
 * 5-minute periods. Sustained CPU is the usual first sign of a missing index
 * or a runaway query; short peaks during vacuum or backups are ignored.
 *
 * @example
 * ```ts
 * presets.rdsCpu({ dbInstanceIdentifier: 'valine-{stage}' })
 * ```
 */
export function rdsCpu(options: RdsOptions): MetricAlarmDefinition {
  const threshold = options.threshold ?? 80;
  return {
    kind: 'metric',
    ...common(options, 'P2', `RDS ${options.dbInstanceIdentifier}: CPU above ${threshold} % for 15 minutes.`),
    namespace: 'AWS/RDS',
    metricName: 'CPUUtilization',
    dimensions: { DBInstanceIdentifier: options.dbInstanceIdentifier },
    statistic: 'Average',
    ...evaluationWindow(options, { period: '5m', evaluationPeriods: 3 }),
    comparison: '>',
    threshold,
    treatMissingData: 'missing',
  };
}
