import { describe, expect, it } from 'vitest';
import {
  type AlarmDefinition,
  type AlarmsConfig,
  AlarmsValidationError,
  alarm,
  all,
  presets,
  synth,
  validateConfig,
} from '../../src/index.js';
import { configWith } from '../helpers.js';

const latency: AlarmDefinition = {
  kind: 'metric',
  severity: 'P1',
  namespace: 'AWS/ApiGateway',
  metricName: 'Latency',
  dimensions: { ApiId: 'a1b2c3d4e5' },
  statistic: 'p95',
  period: '1m',
  evaluationPeriods: 5,
  comparison: '>',
  threshold: 3000,
};

/** A config with one broken spot; `unknown` because many cases are not type-correct on purpose. */
type Case = [name: string, config: unknown, path: string, message: RegExp, hint?: RegExp];

const withAlarm = (patch: Record<string, unknown>): unknown =>
  configWith({ apiLatency: { ...latency, ...patch } as AlarmDefinition });
const withConfig = (patch: Record<string, unknown>): unknown => ({ ...configWith({ apiLatency: latency }), ...patch });
const math = (patch: Record<string, unknown>): unknown =>
  configWith({ errors: { ...presets.lambdaErrorRate({ functionName: 'f' }), ...patch } as AlarmDefinition });
const composite = (alarms: Record<string, unknown>): unknown =>
  configWith({ apiLatency: latency, ...alarms } as Record<string, AlarmDefinition>);

const cases: Case[] = [
  ['missing stack', withConfig({ stack: undefined }), 'stack', /stack must be a string/],
  ['stack with spaces', withConfig({ stack: 'my app' }), 'stack', /may only contain/],
  ['no stages', withConfig({ stages: {} }), 'stages', /at least one stage/],
  ['typo in a top-level field', withConfig({ alarmz: {} }), 'alarmz', /unknown field 'alarmz'/],
  ['bad default region', withConfig({ defaults: { region: 'Europe' } }), 'defaults.region', /region/],
  ['unknown kind', withAlarm({ kind: 'metrc' }), 'alarms.apiLatency.kind', /must be one of 'metric'/],
  ['unknown severity', withAlarm({ severity: 'P5' }), 'alarms.apiLatency.severity', /P0, P1, P2, P3/],
  ['threshold not a number', withAlarm({ threshold: '3s' }), 'alarms.apiLatency.threshold', /finite number/],
  [
    'threshold infinite',
    withAlarm({ threshold: Number.POSITIVE_INFINITY }),
    'alarms.apiLatency.threshold',
    /finite number/,
  ],
  ['misspelled field', withAlarm({ treshold: 1 }), 'alarms.apiLatency.treshold', /unknown field 'treshold'/],
  ['unreadable duration', withAlarm({ period: '5 minutes' }), 'alarms.apiLatency.period', /not a duration/],
  [
    'period not allowed by CloudWatch',
    withAlarm({ period: '45s' }),
    'alarms.apiLatency.period',
    /period 45 s is not allowed/,
    /10, 20 or 30 seconds/,
  ],
  ['period of 90 s', withAlarm({ period: 90 }), 'alarms.apiLatency.period', /period 90 s is not allowed/],
  [
    'evaluation window over a day',
    withAlarm({ period: '5m', evaluationPeriods: 300 }),
    'alarms.apiLatency.evaluationPeriods',
    /at most 86400 s/,
  ],
  [
    'evaluation window over a week for hourly periods',
    withAlarm({ period: '1h', evaluationPeriods: 169 }),
    'alarms.apiLatency.evaluationPeriods',
    /at most 604800 s/,
  ],
  [
    'zero evaluation periods',
    withAlarm({ evaluationPeriods: 0 }),
    'alarms.apiLatency.evaluationPeriods',
    /whole number ≥ 1/,
  ],
  [
    'fractional evaluation periods',
    withAlarm({ evaluationPeriods: 2.5 }),
    'alarms.apiLatency.evaluationPeriods',
    /whole number ≥ 1/,
  ],
  [
    'datapoints above evaluation periods',
    withAlarm({ evaluationPeriods: 3, datapointsToAlarm: 4 }),
    'alarms.apiLatency.datapointsToAlarm',
    /between 1 and evaluation periods \(3\)/,
  ],
  ['bad extended statistic', withAlarm({ statistic: 'p101' }), 'alarms.apiLatency.statistic', /not a statistic/],
  ['lowercase statistic', withAlarm({ statistic: 'average' }), 'alarms.apiLatency.statistic', /not a statistic/],
  [
    'bad missing-data treatment',
    withAlarm({ treatMissingData: 'zero' }),
    'alarms.apiLatency.treatMissingData',
    /breaching, notBreaching, ignore, missing/,
  ],
  ['bad comparison', withAlarm({ comparison: '=>' }), 'alarms.apiLatency.comparison', /'>', '>=', '<', '<='/],
  [
    'too many dimensions',
    withAlarm({ dimensions: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, 'v'])) }),
    'alarms.apiLatency.dimensions',
    /31 dimensions, CloudWatch allows at most 30/,
  ],
  [
    'empty dimension value',
    withAlarm({ dimensions: { ApiId: '' } }),
    'alarms.apiLatency.dimensions.ApiId',
    /must not be empty/,
  ],
  [
    'description over 1024 characters',
    withAlarm({ description: 'x'.repeat(1025) }),
    'alarms.apiLatency.description',
    /at most 1024/,
  ],
  ['runbook not a URL', withAlarm({ runbook: 'wiki page 12' }), 'alarms.apiLatency.runbook', /URL/],
  [
    'reserved tag prefix',
    withAlarm({ tags: { 'aws:owner': 'me' } }),
    'alarms.apiLatency.tags.aws:owner',
    /reserved 'aws:' prefix/,
  ],
  [
    'more than 50 tags',
    withAlarm({ tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, 'v'])) }),
    'alarms.apiLatency.tags',
    /CloudWatch allows at most 50/,
  ],
  ['alarm id with spaces', configWith({ 'api latency': latency }), 'alarms.api latency', /may only contain/],
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

describe('malformed configs are rejected with the right path and message', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', (_name, config, path, message, hint) => {
    const issues = validateConfig(config);
    const match = issues.find((issue) => issue.path === path);
    expect(match, `no issue at ${path}; got ${JSON.stringify(issues, null, 1)}`).toBeDefined();
    expect(match!.message).toMatch(message);
    if (hint) expect(match!.hint).toMatch(hint);
  });
});

describe('reporting', () => {
  it('reports every problem at once, each with a hint where one helps', () => {
    const config = withAlarm({ severity: 'P7', statistic: 'p200', period: '7 minutes', treshold: 1 });
    const issues = validateConfig(config);
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'alarms.apiLatency.period',
      'alarms.apiLatency.severity',
      'alarms.apiLatency.statistic',
      'alarms.apiLatency.treshold',
    ]);
    expect(issues.find((issue) => issue.path.endsWith('treshold'))!.hint).toBe("Did you mean 'threshold'?");
    expect(issues.find((issue) => issue.path.endsWith('statistic'))!.hint).toMatch(/p95/);
  });

  it('synth throws AlarmsValidationError carrying the issues, and an unknown stage is one of them', () => {
    const config = configWith({ apiLatency: latency });
    expect(() => synth(config, { stage: 'qa' })).toThrow(AlarmsValidationError);
    try {
      synth(config, { stage: 'qa' });
    } catch (error) {
      expect((error as AlarmsValidationError).issues).toEqual([
        { path: 'stages.qa', message: "stage 'qa' is not defined", hint: 'Defined stages: staging, prod.' },
      ]);
    }
  });

  it('never throws on garbage', () => {
    for (const garbage of [null, undefined, 42, 'config', [], { alarms: null }, { stack: 'a', stages: { s: null } }]) {
      expect(validateConfig(garbage).length).toBeGreaterThan(0);
    }
  });
});
