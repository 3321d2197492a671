import type { PutMetricFilterRequest, StandardUnit } from '@aws-sdk/client-cloudwatch-logs';
import type { LogMetricAlarmDefinition } from '../types/config.js';
import { alarmName, type SynthContext } from './common.js';
import { logMetricTarget } from './metricAlarm.js';
import type { ResolvedAlarm } from './resolve.js';

/**
 * The PutMetricFilter payload behind a `logMetric` alarm. The filter shares the
 * alarm's name, so it carries the ownership prefix too.
 *
 * @example
 * ```ts
 * metricFilterInput(context, resolved)?.filterName; // 'shop-prod-usersOutOfMemory'
 * ```
 */
export function metricFilterInput(context: SynthContext, alarm: ResolvedAlarm): PutMetricFilterRequest | undefined {
  if (alarm.definition.kind !== 'logMetric') return undefined;
  const def: LogMetricAlarmDefinition = alarm.definition;
  const target = logMetricTarget(context, alarm, def);
  return {
    logGroupName: def.logGroupName,
    filterName: alarmName(context, alarm.id),
    filterPattern: def.filterPattern,
    metricTransformations: [
      {
        metricNamespace: target.namespace,
        metricName: target.metricName,
        metricValue: def.metricValue ?? '1',
        ...(def.defaultValue !== undefined ? { defaultValue: def.defaultValue } : {}),
        ...(def.unit ? { unit: def.unit as StandardUnit } : {}),
      },
    ],
  };
}
