import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { diffFields, stableStringify } from '../../src/sync/diff.js';
import {
  normalizeAlarmRule,
  normalizeCompositeAlarm,
  normalizeMetricAlarm,
  normalizeMetricFilter,
} from '../../src/sync/normalize.js';
import { coldStartFilter, errorRateAlarm, errorsAlarm, latencyAlarm } from './fixtures.js';

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

describe('normalizeMetricAlarm', () => {
  it('equates the payload with what DescribeAlarms echoes back', () => {
    const desired = errorsAlarm({ DatapointsToAlarm: undefined, TreatMissingData: undefined });
    const echoed: MetricAlarm = {
      ...desired,
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:shop-prod-api-errors',
      StateValue: 'OK',
      Dimensions: [...(desired.Dimensions ?? [])].reverse(),
      AlarmActions: [...(desired.AlarmActions ?? [])].reverse(),
      InsufficientDataActions: [],
      DatapointsToAlarm: 5,
      TreatMissingData: 'missing',
      ActionsEnabled: true,
      Threshold: 5.0,
      Metrics: [],
      AlarmDescription: desired.AlarmDescription,
      EvaluateLowSampleCountPercentile: '',
    };
    expect(diffFields(normalizeMetricAlarm(echoed), normalizeMetricAlarm(desired))).toEqual([]);
  });

  it('absorbs float noise but keeps real threshold changes', () => {
    expect(
      same(
        normalizeMetricAlarm(errorsAlarm({ Threshold: 3200 })),
        normalizeMetricAlarm(errorsAlarm({ Threshold: 3200.0000000000005 })),
      ),
    ).toBe(true);
    expect(
      diffFields(normalizeMetricAlarm(errorsAlarm()), normalizeMetricAlarm(errorsAlarm({ Threshold: 5.5 }))),
    ).toEqual([{ field: 'Threshold', from: 5, to: 5.5 }]);
  });

  it('treats metric math queries as a set with ReturnData defaulting to true', () => {
    const desired = errorRateAlarm();
    const reordered = {
      ...desired,
      Metrics: [...(desired.Metrics ?? [])].reverse().map((q) => (q.Id === 'rate' ? { ...q, ReturnData: true } : q)),
    };
    expect(same(normalizeMetricAlarm(desired), normalizeMetricAlarm(reordered))).toBe(true);
  });

  it('names nested changes by path', () => {
    const from = normalizeMetricAlarm(errorRateAlarm());
    const changed = errorRateAlarm();
    const query = changed.Metrics?.[0];
    if (query?.MetricStat) query.MetricStat = { ...query.MetricStat, Period: 300 };
    const to = normalizeMetricAlarm({
      ...changed,
      Metrics: changed.Metrics?.map((q) => (q.Id === 'rate' ? { ...q, Expression: 'errors / invocations' } : q)),
    });
    expect(diffFields(from, to)).toEqual([
      { field: 'Metrics.errors.MetricStat.Period', from: 60, to: 300 },
      {
        field: 'Metrics.rate.Expression',
        from: 'IF(invocations > 0, 100 * errors / invocations, 0)',
        to: 'errors / invocations',
      },
    ]);
  });

  it('shows a dimension change by name and an absent unit as (none)', () => {
    const from = normalizeMetricAlarm(latencyAlarm());
    const to = normalizeMetricAlarm(latencyAlarm({ Dimensions: [{ Name: 'ApiId', Value: 'xyz' }], Unit: undefined }));
    expect(diffFields(from, to)).toEqual([
      { field: 'Dimensions.ApiId', from: 'abc123', to: 'xyz' },
      { field: 'Unit', from: 'Milliseconds', to: undefined },
    ]);
  });

  it('ignores tags, which are compared separately', () => {
    expect(same(normalizeMetricAlarm(errorsAlarm()), normalizeMetricAlarm({ ...errorsAlarm(), Tags: [] }))).toBe(true);
  });
});

describe('normalizeCompositeAlarm', () => {
  it('collapses rule whitespace outside quotes only', () => {
    expect(normalizeAlarmRule(' ALARM("a")\n   OR ( NOT  OK("b  c") )\t')).toBe('ALARM("a") OR (NOT OK("b  c"))');
    const a = normalizeCompositeAlarm({
      AlarmName: 'x',
      AlarmRule: 'ALARM("a")  OR ALARM("b")',
      AlarmActions: ['2', '1'],
    });
    const b = normalizeCompositeAlarm({
      AlarmName: 'x',
      AlarmRule: 'ALARM("a") OR ALARM("b")',
      AlarmActions: ['1', '2'],
      ActionsEnabled: true,
    });
    expect(same(a, b)).toBe(true);
  });

  it('fills suppressor periods CloudWatch defaults', () => {
    const a = normalizeCompositeAlarm({ AlarmName: 'x', AlarmRule: 'TRUE', ActionsSuppressor: 's' });
    const b = normalizeCompositeAlarm({
      AlarmName: 'x',
      AlarmRule: 'TRUE',
      ActionsSuppressor: 's',
      ActionsSuppressorWaitPeriod: 60,
      ActionsSuppressorExtensionPeriod: 60,
    });
    expect(same(a, b)).toBe(true);
  });

  it('stays linear on a long adversarial rule', () => {
    const rule = `${'( '.repeat(50_000)}ALARM("${'"'.repeat(1)}${' \t'.repeat(100_000)}`;
    const started = performance.now();
    normalizeAlarmRule(rule);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('normalizeMetricFilter', () => {
  it('ignores the default unit, dimension key order and absent options', () => {
    const desired = coldStartFilter({
      metricTransformations: [
        { metricName: 'M', metricNamespace: 'N', metricValue: '1', dimensions: { b: '$.b', a: '$.a' } },
      ],
    });
    const echoed = {
      ...desired,
      metricTransformations: [
        {
          metricName: 'M',
          metricNamespace: 'N',
          metricValue: '1',
          unit: 'None' as const,
          dimensions: { a: '$.a', b: '$.b' },
        },
      ],
      applyOnTransformedLogs: false,
      emitSystemFieldDimensions: [],
    };
    expect(same(normalizeMetricFilter(desired), normalizeMetricFilter(echoed))).toBe(true);
  });
});
