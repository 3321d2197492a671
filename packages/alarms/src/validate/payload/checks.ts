import type { Tag } from '@aws-sdk/client-cloudwatch';
import { Limits, SUB_MINUTE_PERIODS, TreatMissingDataValues } from '../../constants.js';
import type { PayloadContext, PayloadIssue } from './types.js';

const ACTION_ARN_PATTERNS = [
  /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}(?:\.fifo)?$/,
  /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]{1,128})?$/,
  /^arn:aws[a-z-]*:automate:([a-z0-9-]+):ec2:(?:stop|terminate|reboot|recover)$/,
  /^arn:aws[a-z-]*:ssm:([a-z0-9-]+):\d{12}:opsitem:[1-4](?:#CATEGORY=[A-Za-z]{1,32})?$/,
  /^arn:aws[a-z-]*:ssm-incidents::\d{12}:response-plan\/[A-Za-z0-9_-]{1,200}$/,
  /^arn:aws[a-z-]*:autoscaling:([a-z0-9-]+):\d{12}:scalingPolicy:[A-Za-z0-9:/_-]{1,1500}$/,
];

export const ARN_HINT =
  "Use an SNS topic ('arn:aws:sns:<region>:<account>:<topic>'), a Lambda function, 'arn:aws:automate:<region>:ec2:stop', " +
  "'arn:aws:ssm:<region>:<account>:opsitem:<severity>' or an Incident Manager response plan.";

export function checkName(issues: PayloadIssue[], field: string, name: string | undefined, max: number): void {
  if (!name) issues.push({ field, message: 'name is missing' });
  else if (name.length > max)
    issues.push({
      field,
      message: `name is ${name.length} characters, CloudWatch allows at most ${max}`,
      hint: 'Shorten the alarm id or the stack name.',
    });
}

export function checkDescription(issues: PayloadIssue[], description: string | undefined): void {
  if (description !== undefined && description.length > Limits.ALARM_DESCRIPTION_MAX)
    issues.push({
      field: 'AlarmDescription',
      message: `description is ${description.length} characters, CloudWatch allows at most ${Limits.ALARM_DESCRIPTION_MAX}`,
      hint: 'Move details to the runbook and link it with `runbook`.',
    });
}

export function checkActions(
  issues: PayloadIssue[],
  field: string,
  arns: string[] | undefined,
  context: PayloadContext,
): void {
  if (!arns) return;
  if (arns.length > Limits.ACTIONS_PER_STATE_MAX)
    issues.push({
      field,
      message: `${arns.length} actions, CloudWatch allows at most ${Limits.ACTIONS_PER_STATE_MAX} per state`,
      hint: 'Fan out through one SNS topic instead of listing many targets.',
    });
  arns.forEach((arn, index) => {
    const match = ACTION_ARN_PATTERNS.map((pattern) => pattern.exec(arn)).find(Boolean);
    if (!match) {
      issues.push({ field: `${field}.${index}`, message: `'${arn}' is not a valid alarm action ARN`, hint: ARN_HINT });
      return;
    }
    const arnRegion = match[1];
    if (context.region && arnRegion && arnRegion !== context.region)
      issues.push({
        field: `${field}.${index}`,
        message: `action '${arn}' is in ${arnRegion} but the alarm is created in ${context.region}`,
        hint: "CloudWatch only notifies targets in the alarm's region; write the ARN with '{region}' and create the topic in each region.",
      });
  });
}

export function checkTags(issues: PayloadIssue[], tags: Tag[] | undefined): void {
  if (!tags) return;
  if (tags.length > Limits.TAGS_MAX)
    issues.push({ field: 'Tags', message: `${tags.length} tags, CloudWatch allows at most ${Limits.TAGS_MAX}` });
  tags.forEach((tag, index) => {
    const key = tag.Key ?? '';
    if (key.length < 1 || key.length > Limits.TAG_KEY_MAX)
      issues.push({ field: `Tags.${index}`, message: `tag key must be 1–${Limits.TAG_KEY_MAX} characters` });
    if (key.startsWith('aws:'))
      issues.push({ field: `Tags.${index}`, message: `tag key '${key}' uses the reserved 'aws:' prefix` });
    if ((tag.Value ?? '').length > Limits.TAG_VALUE_MAX)
      issues.push({ field: `Tags.${index}`, message: `tag '${key}' value exceeds ${Limits.TAG_VALUE_MAX} characters` });
  });
}

export const PERIOD_HINT = "Use 10, 20 or 30 seconds (high-resolution metrics) or a multiple of 60 ('1m', '5m', '1h').";

export function checkPeriod(issues: PayloadIssue[], field: string, period: number | undefined): void {
  if (period === undefined) {
    issues.push({ field, message: 'period is missing' });
    return;
  }
  const valid =
    Number.isInteger(period) &&
    period > 0 &&
    ((SUB_MINUTE_PERIODS as readonly number[]).includes(period) || period % 60 === 0);
  if (!valid) issues.push({ field, message: `period ${period} s is not allowed`, hint: PERIOD_HINT });
}

export function checkEvaluation(
  issues: PayloadIssue[],
  period: number | undefined,
  evaluationPeriods: number | undefined,
  datapointsToAlarm: number | undefined,
): void {
  if (evaluationPeriods === undefined || !Number.isInteger(evaluationPeriods) || evaluationPeriods < 1) {
    issues.push({ field: 'EvaluationPeriods', message: 'evaluation periods must be a whole number ≥ 1' });
    return;
  }
  if (period !== undefined && Number.isFinite(period)) {
    const max = period >= 3600 ? Limits.EVALUATION_WINDOW_MAX_LONG : Limits.EVALUATION_WINDOW_MAX;
    if (period * evaluationPeriods > max)
      issues.push({
        field: 'EvaluationPeriods',
        message: `period × evaluation periods is ${period * evaluationPeriods} s, CloudWatch allows at most ${max} s`,
        hint: 'Use fewer evaluation periods or a longer period (up to 7 days once the period is 1 hour or more).',
      });
  }
  if (datapointsToAlarm !== undefined) {
    if (!Number.isInteger(datapointsToAlarm) || datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods)
      issues.push({
        field: 'DatapointsToAlarm',
        message: `datapoints to alarm (${datapointsToAlarm}) must be between 1 and evaluation periods (${evaluationPeriods})`,
        hint: "It is the 'M' of 'M out of N': at most evaluationPeriods.",
      });
  }
}

export function checkTreatMissingData(issues: PayloadIssue[], value: string | undefined): void {
  if (value !== undefined && !(TreatMissingDataValues as readonly string[]).includes(value))
    issues.push({
      field: 'TreatMissingData',
      message: `'${value}' is not a missing-data treatment`,
      hint: `Use one of ${TreatMissingDataValues.join(', ')}.`,
    });
}
