import { alarm, any } from '../rule/builders.js';
import type { ActionsSuppressor, CompositeAlarmDefinition, RuleNode } from '../types/config.js';
import { common, type PresetOptions } from './options.js';

export interface ServiceUnhealthyOptions
  extends Omit<PresetOptions, 'threshold' | 'period' | 'evaluationPeriods' | 'datapointsToAlarm'> {
  /** Ids of the alarms whose ALARM state makes the service unhealthy (any of them). */
  alarms?: string[];
  /** A custom rule instead of "any of `alarms`". */
  rule?: RuleNode;
  /** e.g. a maintenance-window alarm whose ALARM state silences this one. */
  actionsSuppressor?: ActionsSuppressor;
}

/**
 * "Service unhealthy" composite (P1): ALARM when any of the listed alarms is.
 * One page for one incident: route the member alarms to a lower severity (or
 * nowhere) and let this composite page, so an outage that trips error rate,
 * latency and 5xx together wakes someone once.
 *
 * @example
 * ```ts
 * presets.serviceUnhealthy({ alarms: ['apiLatency', 'api5xx', 'usersErrorRate'] })
 * ```
 */
export function serviceUnhealthy(options: ServiceUnhealthyOptions): CompositeAlarmDefinition {
  const rule = options.rule ?? any(...(options.alarms ?? []).map((id) => alarm(id)));
  return {
    kind: 'composite',
    ...common(options, 'P1', 'The service is unhealthy: one or more of its key alarms is in ALARM.'),
    rule,
    ...(options.actionsSuppressor ? { actionsSuppressor: options.actionsSuppressor } : {}),
  };
}
