import { z } from 'zod';
import {
  ALARM_ID_PATTERN,
  ComparisonOperator,
  Limits,
  METRIC_ID_PATTERN,
  NAME_PART_PATTERN,
  REGION_PATTERN,
  Severities,
  TreatMissingDataValues,
} from '../constants.js';
import { parseDuration } from '../duration.js';
import { isStatistic } from './payload/statistic.js';

/**
 * The config's shape as zod sees it. Only shapes and single-field rules live
 * here; rules that span fields or need the synthesized payload live in
 * `semantic.ts` and `payload/`.
 */
const duration = z.unknown().refine((value) => parseDuration(value) !== undefined, { message: 'is not a duration' });

const region = z.string().regex(REGION_PATTERN, { message: 'is not an AWS region code' });
const severity = z.enum(Severities, { message: `must be one of ${Severities.join(', ')}` });
const treatMissingData = z.enum(TreatMissingDataValues, {
  message: `must be one of ${TreatMissingDataValues.join(', ')}`,
});
const comparison = z.enum(Object.keys(ComparisonOperator) as [keyof typeof ComparisonOperator], {
  message: "must be '>', '>=', '<', '<=' or a CloudWatch ComparisonOperator",
});
const statistic = z.string().refine(isStatistic, { message: 'is not a statistic' });
const threshold = z.number({ message: 'must be a finite number' });
const positiveInt = z
  .number({ message: 'must be a whole number ≥ 1' })
  .int({ message: 'must be a whole number ≥ 1' })
  .min(1, {
    message: 'must be a whole number ≥ 1',
  });
const nonEmpty = z.string({ message: 'must be a non-empty string' }).min(1, { message: 'must not be empty' });
const tags = z.record(
  z
    .string()
    .min(1)
    .max(Limits.TAG_KEY_MAX)
    .refine((key) => !key.startsWith('aws:'), { message: "uses the reserved 'aws:' prefix" }),
  z.string().max(Limits.TAG_VALUE_MAX, { message: `must be at most ${Limits.TAG_VALUE_MAX} characters` }),
);
const arn = z.string().startsWith('arn:', { message: "must be an ARN starting with 'arn:'" });
const route = z.strictObject({
  alarm: z.array(arn).optional(),
  ok: z.array(arn).optional(),
  insufficientData: z.array(arn).optional(),
});
const routing = z.partialRecord(severity, route);
const dimensions = z.record(nonEmpty, nonEmpty);

const metricRef = z.strictObject({
  namespace: nonEmpty,
  metricName: nonEmpty,
  dimensions: dimensions.optional(),
  statistic,
  period: duration.optional(),
  unit: z.string().optional(),
});
const mathInput = z.union([metricRef, z.strictObject({ expression: nonEmpty, label: z.string().optional() })], {
  message: 'must be a metric { namespace, metricName, statistic } or { expression }',
});

const common = {
  severity,
  description: z
    .string()
    .max(Limits.ALARM_DESCRIPTION_MAX, {
      message: `must be at most ${Limits.ALARM_DESCRIPTION_MAX} characters`,
    })
    .optional(),
  runbook: z.url({ message: 'must be a URL' }).optional(),
  tags: tags.optional(),
  region: region.optional(),
  enabled: z.boolean().optional(),
  actionsEnabled: z.boolean().optional(),
  actions: route.optional(),
};
const evaluation = {
  period: duration.optional(),
  evaluationPeriods: positiveInt.optional(),
  datapointsToAlarm: positiveInt.optional(),
  treatMissingData: treatMissingData.optional(),
};

type Rule = { state: string; alarm: string } | { op: string; rules?: Rule[]; rule?: Rule } | { constant: boolean };
const rule: z.ZodType<Rule> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ state: z.enum(['ALARM', 'OK', 'INSUFFICIENT_DATA']), alarm: nonEmpty }),
      z.strictObject({
        op: z.enum(['AND', 'OR']),
        rules: z.array(rule).min(1, { message: 'needs at least one rule' }),
      }),
      z.strictObject({ op: z.literal('NOT'), rule }),
      z.strictObject({ constant: z.boolean() }),
    ],
    { message: 'is not a rule: build it with alarm(), ok(), insufficientData(), all(), any(), not()' },
  ),
);

const alarm = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('metric'),
      ...common,
      ...evaluation,
      namespace: nonEmpty,
      metricName: nonEmpty,
      dimensions: dimensions.optional(),
      statistic,
      unit: z.string().optional(),
      comparison,
      threshold,
    }),
    z.strictObject({
      kind: z.literal('math'),
      ...common,
      ...evaluation,
      metrics: z.record(z.string().regex(METRIC_ID_PATTERN, { message: 'is not a query id' }), mathInput),
      expression: nonEmpty,
      label: z.string().optional(),
      comparison,
      threshold,
    }),
    z.strictObject({
      kind: z.literal('anomaly'),
      ...common,
      ...evaluation,
      metric: metricRef,
      band: z.number().positive({ message: 'must be a positive number of standard deviations' }),
      comparison: z.enum(['outside', 'above', 'below'], { message: "must be 'outside', 'above' or 'below'" }),
    }),
    z.strictObject({
      kind: z.literal('composite'),
      ...common,
      rule,
      actionsSuppressor: z
        .strictObject({ alarm: nonEmpty, waitPeriod: duration, extensionPeriod: duration })
        .optional(),
    }),
    z.strictObject({
      kind: z.literal('logMetric'),
      ...common,
      ...evaluation,
      logGroupName: nonEmpty,
      filterPattern: z.string().max(Limits.FILTER_PATTERN_MAX, {
        message: `must be at most ${Limits.FILTER_PATTERN_MAX} characters`,
      }),
      metricNamespace: nonEmpty.optional(),
      metricName: nonEmpty.optional(),
      metricValue: nonEmpty.optional(),
      defaultValue: z.number().optional(),
      unit: z.string().optional(),
      statistic: statistic.optional(),
      per: metricRef.optional(),
      comparison,
      threshold,
    }),
  ],
  { message: "must be one of 'metric', 'math', 'anomaly', 'composite', 'logMetric'" },
);

const override = z.strictObject({
  enabled: z.boolean().optional(),
  threshold: threshold.optional(),
  severity: severity.optional(),
  ...evaluation,
  region: region.optional(),
  actionsEnabled: z.boolean().optional(),
  actions: route.optional(),
  tags: tags.optional(),
});

const namePart = (max: number) =>
  z
    .string({ message: 'must be a string' })
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` })
    .regex(NAME_PART_PATTERN, { message: 'may only contain letters, digits, ".", "-" and "_"' });

const stage = z.strictObject({
  vars: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { message: 'is not a placeholder name' }), z.string())
    .optional(),
  regions: z.array(region).min(1, { message: 'needs at least one region' }).optional(),
  severities: routing.optional(),
  tags: tags.optional(),
  actionsEnabled: z.boolean().optional(),
  overrides: z.record(z.string(), override).optional(),
});

export const configSchema = z.strictObject({
  stack: namePart(24),
  stages: z.record(namePart(24), stage).refine((stages) => Object.keys(stages).length > 0, {
    message: 'needs at least one stage',
  }),
  severities: routing,
  defaults: z
    .strictObject({
      region: region.optional(),
      ...evaluation,
      logMetricNamespace: nonEmpty.optional(),
    })
    .optional(),
  tags: tags.optional(),
  alarms: z.record(
    z
      .string()
      .max(Limits.ALARM_ID_MAX, { message: `must be at most ${Limits.ALARM_ID_MAX} characters` })
      .regex(ALARM_ID_PATTERN, { message: 'may only contain letters, digits, ".", "-" and "_"' }),
    alarm,
  ),
});
