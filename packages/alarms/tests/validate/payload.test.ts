import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import {
  isExtendedStatistic,
  isStatistic,
  parseDuration,
  validateCompositeAlarmInput,
  validateMetricAlarmInput,
  validateMetricFilterInput,
} from '../../src/index.js';

const single: PutMetricAlarmInput = {
  AlarmName: 'valine-prod-x',
  Namespace: 'AWS/Lambda',
  MetricName: 'Errors',
  Statistic: 'Sum',
  Period: 60,
  EvaluationPeriods: 5,
  DatapointsToAlarm: 5,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanThreshold',
  TreatMissingData: 'notBreaching',
};
const fields = (input: PutMetricAlarmInput) =>
  validateMetricAlarmInput(input, { region: 'eu-west-1' }).map((i) => i.field);

describe('validateMetricAlarmInput (API constraints, independent of the config)', () => {
  it('accepts a correct single-metric payload', () => {
    expect(validateMetricAlarmInput(single)).toEqual([]);
  });

  it.each([
    ['Statistic and ExtendedStatistic together', { ExtendedStatistic: 'p95' }, 'Statistic'],
    ['neither statistic', { Statistic: undefined }, 'Statistic'],
    ['an alarm name over 255 characters', { AlarmName: 'a'.repeat(256) }, 'AlarmName'],
    ['a 15 s period', { Period: 15 }, 'Period'],
    ['a window over a day', { Period: 600, EvaluationPeriods: 145 }, 'EvaluationPeriods'],
    ['datapoints above evaluation periods', { DatapointsToAlarm: 6 }, 'DatapointsToAlarm'],
    ['an unknown missing-data treatment', { TreatMissingData: 'zero' }, 'TreatMissingData'],
    ['a NaN threshold', { Threshold: Number.NaN }, 'Threshold'],
    [
      'six alarm actions',
      { AlarmActions: Array.from({ length: 6 }, (_, i) => `arn:aws:sns:eu-west-1:123456789012:t${i}`) },
      'AlarmActions',
    ],
    ['an EC2 action with a bad verb', { AlarmActions: ['arn:aws:automate:eu-west-1:ec2:explode'] }, 'AlarmActions.0'],
    ['51 tags', { Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, 'Tags'],
  ] as const)('rejects %s', (_name, patch, field) => {
    expect(fields({ ...single, ...patch } as PutMetricAlarmInput)).toContain(field);
  });

  it('accepts every documented action ARN kind', () => {
    const arns = [
      'arn:aws:sns:eu-west-1:123456789012:oncall',
      'arn:aws:sns:eu-west-1:123456789012:oncall.fifo',
      'arn:aws:lambda:eu-west-1:123456789012:function:notify',
      'arn:aws:automate:eu-west-1:ec2:reboot',
      'arn:aws:ssm:eu-west-1:123456789012:opsitem:2#CATEGORY=Availability',
      'arn:aws:ssm-incidents::123456789012:response-plan/critical',
    ];
    expect(
      validateMetricAlarmInput(
        { ...single, AlarmActions: arns.slice(0, 5), OKActions: arns.slice(5) },
        { region: 'eu-west-1' },
      ),
    ).toEqual([]);
  });

  it('checks metric math: ids, one returned query, anomaly bands', () => {
    const { Namespace, MetricName, Statistic, Period, ...rest } = single;
    const stat = { Metric: { Namespace, MetricName }, Period, Stat: 'Sum' };
    const math = (Metrics: PutMetricAlarmInput['Metrics'], extra: Partial<PutMetricAlarmInput> = {}) =>
      fields({ ...rest, Metrics, ...extra });
    expect(math([{ Id: 'm1', MetricStat: stat, ReturnData: true }])).toEqual([]);
    expect(math([{ Id: 'M1', MetricStat: stat }])).toContain('Metrics.0.Id');
    expect(
      math([
        { Id: 'a', MetricStat: stat },
        { Id: 'b', Expression: 'a * 2' },
      ]),
    ).toContain('Metrics');
    expect(math([{ Id: 'a', MetricStat: stat, ReturnData: true }], { Namespace: 'AWS/Lambda' })).toContain('Namespace');
    const band = [
      { Id: 'm1', MetricStat: stat, ReturnData: true },
      { Id: 'ad1', Expression: 'ANOMALY_DETECTION_BAND(m1, 2)', ReturnData: true },
    ];
    expect(
      math(band, {
        ThresholdMetricId: 'ad1',
        Threshold: undefined,
        ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold',
      }),
    ).toEqual([]);
    expect(
      math(band, { ThresholdMetricId: 'ad1', ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold' }),
    ).toContain('Threshold');
  });
});

describe('validateCompositeAlarmInput and validateMetricFilterInput', () => {
  it('requires a rule and complete suppressor settings', () => {
    expect(validateCompositeAlarmInput({ AlarmName: 'c', AlarmRule: 'ALARM("a")' })).toEqual([]);
    expect(validateCompositeAlarmInput({ AlarmName: 'c', AlarmRule: '' }).map((i) => i.field)).toEqual(['AlarmRule']);
    expect(
      validateCompositeAlarmInput({ AlarmName: 'c', AlarmRule: 'ALARM("a")', ActionsSuppressor: 'm' }).map(
        (i) => i.field,
      ),
    ).toEqual(['ActionsSuppressorWaitPeriod', 'ActionsSuppressorExtensionPeriod']);
  });

  it('requires one transformation and a valid log group', () => {
    const filter = {
      logGroupName: '/aws/lambda/x',
      filterName: 'valine-prod-x',
      filterPattern: '"REPORT"',
      metricTransformations: [{ metricName: 'x', metricNamespace: 'Valine/Logs', metricValue: '1' }],
    };
    expect(validateMetricFilterInput(filter)).toEqual([]);
    expect(validateMetricFilterInput({ ...filter, filterName: 'a:b' }).map((i) => i.field)).toEqual(['filterName']);
    expect(validateMetricFilterInput({ ...filter, metricTransformations: [] }).map((i) => i.field)).toEqual([
      'metricTransformations',
    ]);
  });
});

describe('statistics and durations', () => {
  it('recognises CloudWatch’s statistic forms', () => {
    for (const ok of [
      'p0',
      'p50',
      'p99.99',
      'p100',
      'tm99',
      'wm90',
      'tc95',
      'ts90',
      'TM(10%:90%)',
      'TM(:95%)',
      'PR(100:2000)',
      'IQM',
    ])
      expect(isExtendedStatistic(ok), ok).toBe(true);
    for (const bad of ['p101', 'p', 'P95', 'tm', 'TM(:)', 'PR()', 'avg', 'p95 ', ''])
      expect(isStatistic(bad), bad).toBe(false);
  });

  it('stays linear on long adversarial statistics', () => {
    const inputs = [
      `p${'9'.repeat(100_000)}x`,
      `TM(${'1'.repeat(100_000)}`,
      `TM(${'1.'.repeat(50_000)}:)`,
      `p9.${'9'.repeat(100_000)}!`,
    ];
    const started = performance.now();
    for (const input of inputs) expect(isStatistic(input)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads durations as people write them', () => {
    expect([
      parseDuration('30s'),
      parseDuration('5m'),
      parseDuration('1h'),
      parseDuration('1d'),
      parseDuration(90),
    ]).toEqual([30, 300, 3600, 86_400, 90]);
    for (const bad of ['5', '5 min', '-1m', '0m', 0, -5, Number.NaN, '1w', {}, null])
      expect(parseDuration(bad)).toBeUndefined();
    expect(parseDuration(`${'9'.repeat(100_000)}m`)).toBeUndefined();
  });
});
