import type { PutCompositeAlarmInput } from '@aws-sdk/client-cloudwatch';
import { Limits } from '../../constants.js';
import { checkActions, checkDescription, checkName, checkTags } from './checks.js';
import type { PayloadContext, PayloadIssue } from './types.js';

/**
 * Checks a PutCompositeAlarm payload against CloudWatch's API constraints.
 *
 * @example
 * ```ts
 * validateCompositeAlarmInput({ AlarmName: 'svc', AlarmRule: '' }); // [{ field: 'AlarmRule', … }]
 * ```
 */
export function validateCompositeAlarmInput(
  input: PutCompositeAlarmInput,
  context: PayloadContext = {},
): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  checkName(issues, 'AlarmName', input.AlarmName, Limits.ALARM_NAME_MAX);
  checkDescription(issues, input.AlarmDescription);
  const rule = input.AlarmRule ?? '';
  if (rule.trim() === '' || rule.length > Limits.ALARM_RULE_MAX)
    issues.push({ field: 'AlarmRule', message: `alarm rule must be 1–${Limits.ALARM_RULE_MAX} characters` });
  const suppressed = input.ActionsSuppressor !== undefined;
  for (const field of ['ActionsSuppressorWaitPeriod', 'ActionsSuppressorExtensionPeriod'] as const) {
    const value = input[field];
    if (suppressed && (value === undefined || !Number.isInteger(value) || value < 0))
      issues.push({ field, message: `${field} must be a whole number of seconds when ActionsSuppressor is set` });
    if (!suppressed && value !== undefined)
      issues.push({ field, message: `${field} is only allowed with ActionsSuppressor` });
  }
  checkActions(issues, 'AlarmActions', input.AlarmActions, context);
  checkActions(issues, 'OKActions', input.OKActions, context);
  checkActions(issues, 'InsufficientDataActions', input.InsufficientDataActions, context);
  checkTags(issues, input.Tags);
  return issues;
}
