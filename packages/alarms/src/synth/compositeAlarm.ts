import type { PutCompositeAlarmInput } from '@aws-sdk/client-cloudwatch';
import { renderRule } from '../rule/render.js';
import { actions, alarmName, describe, type SynthContext, seconds, tags } from './common.js';
import type { ResolvedAlarm } from './resolve.js';

/**
 * The PutCompositeAlarm payload of a composite alarm; `undefined` for other kinds.
 *
 * @example
 * ```ts
 * compositeAlarmInput(context, resolved)?.AlarmRule; // '(ALARM("shop-prod-a") OR ALARM("shop-prod-b"))'
 * ```
 */
export function compositeAlarmInput(context: SynthContext, alarm: ResolvedAlarm): PutCompositeAlarmInput | undefined {
  const def = alarm.definition;
  if (def.kind !== 'composite') return undefined;
  const suppressor = def.actionsSuppressor;
  return {
    AlarmName: alarmName(context, alarm.id),
    ...describe(alarm),
    AlarmRule: renderRule(def.rule, (id) => alarmName(context, id)),
    ...actions(alarm),
    ...(suppressor
      ? {
          ActionsSuppressor: alarmName(context, suppressor.alarm),
          ActionsSuppressorWaitPeriod: seconds(suppressor.waitPeriod, 0),
          ActionsSuppressorExtensionPeriod: seconds(suppressor.extensionPeriod, 0),
        }
      : {}),
    Tags: tags(context, alarm),
  };
}
