import { describe, expect, it } from 'vitest';
import {
  type AlarmDefinition,
  alarm,
  all,
  any,
  insufficientData,
  not,
  OWNERSHIP_TAG_KEY,
  ok,
  presets,
  renderRule,
  synth,
  validateConfig,
} from '../../src/index.js';
import { ARN, configWith } from '../helpers.js';

const cpu: AlarmDefinition = {
  kind: 'metric',
  severity: 'P2',
  namespace: 'AWS/RDS',
  metricName: 'CPUUtilization',
  dimensions: { DBInstanceIdentifier: '{stack}-{stage}-{dbName}' },
  statistic: 'Average',
  comparison: '>',
  threshold: 80,
  description: 'CPU high.',
  runbook: 'https://wiki.example.com/rb/cpu',
  tags: { team: 'db', [OWNERSHIP_TAG_KEY]: 'stolen' },
};

describe('synth', () => {
  it('fills {stack}, {stage}, {region} and stage vars, per region', () => {
    const config = configWith(
      { cpu },
      { stages: { prod: { regions: ['eu-west-1', 'us-west-2'], vars: { dbName: 'main' } } } },
    );
    const stage = synth(config, { stage: 'prod' });
    expect(stage.regions.map((region) => region.region)).toEqual(['eu-west-1', 'us-west-2']);
    for (const region of stage.regions) {
      const input = region.metricAlarms[0]!;
      expect(input.Dimensions).toEqual([{ Name: 'DBInstanceIdentifier', Value: 'valine-prod-main' }]);
      expect(input.AlarmActions).toEqual([`arn:aws:sns:${region.region}:123456789012:ops`]);
    }
  });

  it('names, describes and tags every alarm; ownership tags cannot be overridden', () => {
    const config = configWith(
      { cpu },
      { stages: { prod: { vars: { dbName: 'main' }, tags: { env: 'prod' } } }, tags: { app: 'valine' } },
    );
    const input = synth(config, { stage: 'prod' }).regions[0]!.metricAlarms[0]!;
    expect(input.AlarmName).toBe('valine-prod-cpu');
    expect(input.AlarmDescription).toBe('CPU high. Runbook: https://wiki.example.com/rb/cpu');
    expect(input.Tags).toEqual([
      { Key: 'app', Value: 'valine' },
      { Key: 'env', Value: 'prod' },
      { Key: 'managed-by', Value: 'valine-alarms' },
      { Key: 'severity', Value: 'P2' },
      { Key: 'team', Value: 'db' },
      { Key: OWNERSHIP_TAG_KEY, Value: 'valine/prod' },
    ]);
  });

  it('applies stage overrides and disables alarms per stage', () => {
    const config = configWith(
      { cpu, errors: presets.lambdaErrorRate({ functionName: 'f' }) },
      {
        stages: {
          staging: { vars: { dbName: 'main' }, actionsEnabled: false, overrides: { errors: { enabled: false } } },
          prod: {
            vars: { dbName: 'main' },
            overrides: { cpu: { threshold: 90, severity: 'P1', evaluationPeriods: 3 } },
          },
        },
      },
    );
    const prod = synth(config, { stage: 'prod' }).regions[0]!.metricAlarms;
    expect(prod.find((input) => input.AlarmName === 'valine-prod-cpu')).toMatchObject({
      Threshold: 90,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      AlarmActions: [ARN.oncall.replace('{region}', 'eu-west-1')],
    });
    const staging = synth(config, { stage: 'staging' }).regions[0]!.metricAlarms;
    expect(staging.map((input) => [input.AlarmName, input.ActionsEnabled])).toEqual([['valine-staging-cpu', false]]);
  });

  it('lists composite children before parents, whatever the config order', () => {
    const config = configWith({
      top: { kind: 'composite', severity: 'P1', rule: any(alarm('middle'), alarm('leaf')) },
      middle: { kind: 'composite', severity: 'P1', rule: all(alarm('leaf'), not(ok('leaf'))) },
      leaf: { ...cpu, dimensions: {}, tags: {} },
    });
    const composites = synth(config, { stage: 'prod' }).regions[0]!.compositeAlarms;
    expect(composites.map((input) => input.AlarmName)).toEqual(['valine-prod-middle', 'valine-prod-top']);
    expect(composites[1]!.AlarmRule).toBe('(ALARM("valine-prod-middle") OR ALARM("valine-prod-leaf"))');
  });

  it('names metric filters with the ownership prefix and publishes per stage', () => {
    const stage = synth(configWith({ oom: presets.lambdaOutOfMemory({ functionName: 'valine-{stage}-users' }) }), {
      stage: 'staging',
    });
    const [filter] = stage.regions[0]!.metricFilters;
    expect(filter).toMatchObject({
      filterName: 'valine-staging-oom',
      logGroupName: '/aws/lambda/valine-staging-users',
      metricTransformations: [{ metricName: 'valine-staging-oom', metricNamespace: 'Valine/Logs', metricValue: '1' }],
    });
    expect(stage.regions[0]!.metricAlarms[0]).toMatchObject({ MetricName: 'valine-staging-oom', Statistic: 'Sum' });
  });

  it('builds anomaly band alarms with a threshold metric and no threshold', () => {
    const band: AlarmDefinition = {
      kind: 'anomaly',
      severity: 'P3',
      metric: { namespace: 'AWS/Lambda', metricName: 'Invocations', statistic: 'Sum' },
      band: 3,
      comparison: 'above',
    };
    const input = synth(configWith({ traffic: band }), { stage: 'prod' }).regions[0]!.metricAlarms[0]!;
    expect(input.ThresholdMetricId).toBe('band');
    expect(input.Threshold).toBeUndefined();
    expect(input.ComparisonOperator).toBe('GreaterThanUpperThreshold');
    expect(input.Metrics![1]!.Expression).toBe('ANOMALY_DETECTION_BAND(m1, 3)');
  });

  it('reports two log alarms sharing one metric', () => {
    const oom = presets.lambdaOutOfMemory({ functionName: 'f' });
    const issues = validateConfig(configWith({ a: { ...oom, metricName: 'Oom' }, b: { ...oom, metricName: 'Oom' } }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'alarms.b.metricName' }));
  });
});

describe('rule rendering', () => {
  it('renders states, operators and constants', () => {
    const rule = all(alarm('a'), any(ok('b'), insufficientData('c')), not(alarm('d')), { constant: true });
    expect(renderRule(rule, (id) => `x-${id}`)).toBe(
      '(ALARM("x-a") AND (OK("x-b") OR INSUFFICIENT_DATA("x-c")) AND NOT (ALARM("x-d")) AND TRUE)',
    );
  });
});
