import type { AlarmsConfig } from './types/config.js';

/**
 * Types an alarms config and returns it unchanged: the default export of
 * `alarms.config.ts`.
 *
 * @example
 * ```ts
 * import { defineAlarms, presets } from '@valine/alarms';
 *
 * export default defineAlarms({
 *   stack: 'valine',
 *   stages: { staging: {}, prod: {} },
 *   severities: { P1: { alarm: ['arn:aws:sns:{region}:123456789012:oncall'] } },
 *   defaults: { region: 'eu-west-1' },
 *   alarms: { usersErrors: presets.lambdaErrorRate({ functionName: 'valine-{stage}-users' }) },
 * });
 * ```
 */
export function defineAlarms(config: AlarmsConfig): AlarmsConfig {
  return config;
}
