import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AlarmDefinition,
  type AlarmsConfig,
  AlarmsValidationError,
  type SynthesizedStage,
  synth,
  validateCompositeAlarmInput,
  validateConfig,
  validateMetricAlarmInput,
  validateMetricFilterInput,
} from '../../src/index.js';
import { ARN } from '../helpers.js';

/** Values at and around CloudWatch's limits: mostly valid, so both outcomes are exercised often. */
const sometimes = <T>(usual: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: usual }, { weight: 1, arbitrary: edge });
const period = sometimes<number | string>(
  fc.constantFrom(10, 60, 300, '1m', '5m', '1h'),
  fc.constantFrom(20, 30, 45, 90, 120, 7200, 86_400, '1d', '15s'),
);
const evaluationPeriods = sometimes(fc.constantFrom(1, 2, 5), fc.constantFrom(24, 100, 168, 288, 1440, 2000));
const statistic = sometimes(
  fc.constantFrom('Average', 'Sum', 'Maximum', 'SampleCount', 'p95', 'p99.9', 'tm99'),
  fc.constantFrom('TM(10%:90%)', 'PR(:300)', 'p100', 'IQM'),
);
const severity = fc.constantFrom('P0', 'P1', 'P2', 'P3' as const);
const dims = fc.dictionary(
  fc.constantFrom('FunctionName', 'ApiId', 'Stage', 'service', 'DBInstanceIdentifier'),
  fc.constantFrom('a', 'valine-{stage}-x', 'Global'),
  { maxKeys: 3 },
);
const evaluation = fc.record(
  {
    period,
    evaluationPeriods,
    datapointsToAlarm: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined, freq: 2 }),
  },
  { requiredKeys: ['period', 'evaluationPeriods'] },
);
const metricRef = fc.record({
  namespace: fc.constantFrom('AWS/Lambda', 'Valine'),
  metricName: fc.constantFrom('Errors', 'Invocations'),
  dimensions: dims,
  statistic,
});

const inputs = (minKeys: number, maxKeys: number) =>
  fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), metricRef, { minKeys, maxKeys });

const definition: fc.Arbitrary<AlarmDefinition> = fc.oneof(
  fc
    .record({
      kind: fc.constant('metric' as const),
      severity,
      namespace: fc.constantFrom('AWS/Lambda', 'AWS/RDS'),
      metricName: fc.constantFrom('Errors', 'CPUUtilization'),
      dimensions: dims,
      statistic,
      comparison: fc.constantFrom('>', '<=' as const),
      threshold: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      treatMissingData: fc.constantFrom('breaching', 'notBreaching', 'ignore', 'missing' as const),
    })
    .chain((base) => evaluation.map((e) => ({ ...base, ...e }))),
  fc
    .record({
      kind: fc.constant('math' as const),
      severity,
      metrics: sometimes(inputs(1, 4), inputs(18, 22)),
      expression: fc.constant('SUM(METRICS())'),
      comparison: fc.constant('>' as const),
      threshold: fc.integer(),
    })
    .chain((base) => evaluation.map((e) => ({ ...base, ...e }))),
  fc
    .record({
      kind: fc.constant('anomaly' as const),
      severity,
      metric: metricRef,
      band: fc.double({ min: 0.1, max: 10, noNaN: true }),
      comparison: fc.constantFrom('outside', 'above', 'below' as const),
    })
    .chain((base) => evaluation.map((e) => ({ ...base, ...e }))),
  fc
    .record({
      kind: fc.constant('logMetric' as const),
      severity,
      logGroupName: fc.constantFrom('/aws/lambda/valine-{stage}-users', '/ok/group', 'bad group'),
      filterPattern: fc.constantFrom('"REPORT" "Init Duration"', '?"a" ?"b"'),
      comparison: fc.constant('>' as const),
      threshold: fc.constant(0),
    })
    .chain((base) => evaluation.map((e) => ({ ...base, ...e }))),
) as fc.Arbitrary<AlarmDefinition>;

const config: fc.Arbitrary<AlarmsConfig> = fc
  .record({
    alarms: fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/), definition, { minKeys: 1, maxKeys: 4 }),
    composite: fc.boolean(),
    routes: sometimes(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 7 })),
    regions: fc.subarray(['eu-west-1', 'us-east-1', 'ap-south-1'], { minLength: 1 }),
  })
  .map(({ alarms, composite, routes, regions }) => {
    const ids = Object.keys(alarms);
    const all: Record<string, AlarmDefinition> = { ...alarms };
    if (composite)
      all.svc = {
        kind: 'composite',
        severity: 'P1',
        rule: { op: 'OR', rules: ids.map((id) => ({ state: 'ALARM' as const, alarm: id })) },
      };
    const topics = Array.from({ length: routes }, (_, i) => `${ARN.oncall}${i}`);
    return {
      stack: 'valine',
      stages: { prod: { regions } },
      severities: { P0: { alarm: topics }, P1: { alarm: topics, ok: topics }, P2: { alarm: [ARN.ops] }, P3: {} },
      alarms: all,
    };
  });

function payloadIssues(stage: SynthesizedStage) {
  return stage.regions.flatMap((region) => [
    ...region.metricAlarms.flatMap((input) => validateMetricAlarmInput(input, region)),
    ...region.compositeAlarms.flatMap((input) => validateCompositeAlarmInput(input, region)),
    ...region.metricFilters.flatMap((input) => validateMetricFilterInput(input)),
  ]);
}

describe('synth', () => {
  it('emits only payloads that pass CloudWatch’s API constraints, or throws AlarmsValidationError', () => {
    let emitted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(config, (candidate) => {
        let stage: SynthesizedStage;
        try {
          stage = synth(candidate, { stage: 'prod' });
        } catch (error) {
          expect(error).toBeInstanceOf(AlarmsValidationError);
          expect((error as AlarmsValidationError).issues.length).toBeGreaterThan(0);
          rejected += 1;
          return;
        }
        emitted += 1;
        expect(payloadIssues(stage)).toEqual([]);
        const names = stage.regions.flatMap((region) =>
          [...region.metricAlarms, ...region.compositeAlarms].map((input) => `${region.region}/${input.AlarmName}`),
        );
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
    // Both branches must actually run, or the property proves nothing.
    expect(emitted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  });

  it('agrees with validateConfig: no issues means synth succeeds', () => {
    fc.assert(
      fc.property(config, (candidate) => {
        const valid = validateConfig(candidate, { stages: ['prod'] }).length === 0;
        if (valid) expect(synth(candidate, { stage: 'prod' }).regions.length).toBeGreaterThan(0);
        else expect(() => synth(candidate, { stage: 'prod' })).toThrow(AlarmsValidationError);
      }),
      { numRuns: 150 },
    );
  });
});
