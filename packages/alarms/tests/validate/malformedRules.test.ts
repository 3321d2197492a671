import { describe, it } from 'vitest';
import { type AlarmsConfig, alarm, all, presets } from '../../src/index.js';
import { configWith } from '../helpers.js';
import { type Case, composite, expectRejected, latency, math, withConfig } from './malformedCases.js';

/** Rules across fields and alarms: math queries, composites, routing, overrides, ARNs, regions, logs. */
const cases: Case[] = [
  [
    'math input id with uppercase first letter',
    math({
      metrics: { Errors: { namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Sum' } },
      expression: 'Errors',
    }),
    'alarms.errors.metrics.Errors',
    /not a query id/,
  ],
  [
    'math with too many inputs',
    math({
      metrics: Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`m${i}`, { namespace: 'N', metricName: 'M', statistic: 'Sum' }]),
      ),
    }),
    'alarms.errors.metrics',
    /21 queries, CloudWatch allows 1–20/,
  ],
  [
    'math input with a bad statistic',
    math({ metrics: { errors: { namespace: 'AWS/Lambda', metricName: 'Errors', statistic: 'Total' } } }),
    'alarms.errors.metrics.errors.statistic',
    /not a statistic/,
  ],
  ['empty expression', math({ expression: '' }), 'alarms.errors.expression', /must not be empty/],
  [
    'anomaly band of zero',
    configWith({
      band: {
        kind: 'anomaly',
        severity: 'P2',
        metric: { namespace: 'N', metricName: 'M', statistic: 'Average' },
        band: 0,
        comparison: 'outside',
      },
    }),
    'alarms.band.band',
    /positive/,
  ],
  [
    'composite referring to an unknown alarm',
    composite({ svc: { kind: 'composite', severity: 'P1', rule: alarm('apiLatncy') } }),
    'alarms.svc.rule',
    /refers to 'apiLatncy'/,
    /Did you mean 'apiLatency'/,
  ],
  [
    'composite referring to itself',
    composite({ svc: { kind: 'composite', severity: 'P1', rule: all(alarm('apiLatency'), alarm('svc')) } }),
    'alarms.svc.rule',
    /cannot refer to itself/,
  ],
  [
    'composite cycle',
    composite({
      a: { kind: 'composite', severity: 'P1', rule: alarm('b') },
      b: { kind: 'composite', severity: 'P1', rule: alarm('a') },
    }),
    'alarms.a.rule',
    /cycle: a → b → a/,
  ],
  [
    'composite rule that is not a rule',
    composite({ svc: { kind: 'composite', severity: 'P1', rule: 'ALARM(apiLatency)' } }),
    'alarms.svc.rule',
    /not a rule/,
  ],
  [
    'suppressor that does not exist',
    composite({
      svc: {
        kind: 'composite',
        severity: 'P1',
        rule: alarm('apiLatency'),
        actionsSuppressor: { alarm: 'maint', waitPeriod: '1m', extensionPeriod: '1m' },
      },
    }),
    'alarms.svc.actionsSuppressor.alarm',
    /is suppressed by 'maint'/,
  ],
  [
    'severity without routing',
    { ...configWith({ apiLatency: latency }), severities: { P2: {} } },
    'alarms.apiLatency.severity',
    /P1 has no routing/,
  ],
  [
    'override of an unknown alarm',
    withConfig({ stages: { prod: { overrides: { apiLatncy: { threshold: 1 } } } } }),
    'stages.prod.overrides.apiLatncy',
    /overrides 'apiLatncy'/,
    /Did you mean 'apiLatency'/,
  ],
  [
    'override with an invalid period',
    withConfig({ stages: { prod: { overrides: { apiLatency: { period: 45 } } } } }),
    'stages.prod.overrides.apiLatency.period',
    /period 45 s is not allowed/,
  ],
  [
    'override with an unknown field',
    withConfig({ stages: { prod: { overrides: { apiLatency: { threshhold: 1 } } } } }),
    'stages.prod.overrides.apiLatency.threshhold',
    /unknown field/,
  ],
  [
    'action that is not an ARN',
    withConfig({ severities: { P1: { alarm: ['oncall-topic'] } } }),
    'severities.P1.alarm.0',
    /ARN starting with 'arn:'/,
  ],
  [
    'malformed SNS ARN',
    withConfig({ severities: { P1: { alarm: ['arn:aws:sns:eu-west-1:1234:oncall'] } } }),
    'severities.P1.alarm.0',
    /not a valid alarm action ARN/,
  ],
  [
    'SNS topic in another region',
    withConfig({ severities: { P1: { alarm: ['arn:aws:sns:us-east-1:123456789012:oncall'] } } }),
    'severities.P1.alarm.0',
    /in us-east-1 but the alarm is created in eu-west-1/,
  ],
  [
    'more than 5 actions',
    withConfig({
      severities: { P1: { alarm: Array.from({ length: 6 }, (_, i) => `arn:aws:sns:{region}:123456789012:t${i}`) } },
    }),
    'severities.P1.alarm',
    /6 actions, CloudWatch allows at most 5/,
  ],
  [
    'stage routing with a bad ARN',
    withConfig({
      stages: { prod: { severities: { P1: { alarm: ['arn:aws:sns:eu-west-1:123456789012:bad topic'] } } } },
    }),
    'stages.prod.severities.P1.alarm.0',
    /not a valid alarm action ARN/,
  ],
  [
    'CloudFront alarm outside us-east-1',
    configWith({
      cdn: {
        kind: 'metric',
        severity: 'P2',
        namespace: 'AWS/CloudFront',
        metricName: 'CacheHitRate',
        dimensions: { DistributionId: 'E1', Region: 'Global' },
        statistic: 'Average',
        comparison: '<',
        threshold: 80,
      },
    }),
    'alarms.cdn.region',
    /only in us-east-1/,
    /region: 'us-east-1'/,
  ],
  [
    'log metric without log group',
    configWith({ oom: { ...presets.lambdaOutOfMemory({ functionName: 'f' }), logGroupName: '' } }),
    'alarms.oom.logGroupName',
    /must not be empty/,
  ],
  [
    'log group with invalid characters',
    configWith({ oom: { ...presets.lambdaOutOfMemory({ functionName: 'f' }), logGroupName: '/aws/lambda/my fn' } }),
    'alarms.oom.logGroupName',
    /not a log group name/,
  ],
  [
    'unknown placeholder',
    configWith({ apiLatency: { ...latency, dimensions: { ApiId: '{apiID}' } } }),
    'alarms.apiLatency',
    /placeholder \{apiID\} has no value in stage/,
  ],
  [
    'composite whose child is disabled in a stage',
    {
      ...(composite({ svc: { kind: 'composite', severity: 'P1', rule: alarm('apiLatency') } }) as AlarmsConfig),
      stages: { prod: { overrides: { apiLatency: { enabled: false } } } },
    },
    'stages.prod.overrides.apiLatency.enabled',
    /disabled in stage prod/,
  ],
  [
    'composite in a region its child is not in',
    composite({ svc: { kind: 'composite', severity: 'P1', rule: alarm('apiLatency'), region: 'us-west-2' } }),
    'alarms.svc.rule',
    /where 'apiLatency' does not exist/,
  ],
];

describe('malformed alarms and references are rejected with the right path and message', () => {
  it.each(cases)('%s', (_name, config, path, message, hint) => expectRejected(config, path, message, hint));
});
