import { describe, expect, it } from 'vitest';
import {
  type AlarmDefinition,
  AlarmsConfigError,
  alarm,
  not,
  postgresMaxConnections,
  presets,
  synth,
  validateCompositeAlarmInput,
  validateMetricAlarmInput,
  validateMetricFilterInput,
} from '../src/index.js';
import { configWith, expectGolden } from './helpers.js';

const fn = 'valine-{stage}-users';
const companions = {
  apiLatency: presets.apiLatencyP95({ apiId: 'a1b2c3d4e5', stage: '$default' }),
  api5xx: presets.api5xxRate({ apiId: 'a1b2c3d4e5' }),
};

/** One case per preset (and per variant worth pinning): the payloads it synthesizes for prod. */
const cases: Record<string, Record<string, AlarmDefinition>> = {
  lambdaErrorRate: { usersErrorRate: presets.lambdaErrorRate({ functionName: fn }) },
  rdsConnections: {
    dbConnections: presets.rdsConnections({ dbInstanceIdentifier: 'valine-{stage}', instanceClass: 'db.t4g.medium' }),
  },
  rdsConnectionsGivenMax: {
    dbConnections: presets.rdsConnections({ dbInstanceIdentifier: 'valine-{stage}', maxConnections: 200, percent: 90 }),
  },
  apiLatencyP95Http: { apiLatency: companions.apiLatency },
  apiLatencyP95Rest: { apiLatency: presets.apiLatencyP95({ apiName: 'valine-api', stage: 'prod' }) },
  cloudFrontCacheHitRate: { cdnCacheHitRate: presets.cloudFrontCacheHitRate({ distributionId: 'E2QWRUHAPOMQZL' }) },
  lambdaColdStartRate: { usersColdStarts: presets.lambdaColdStartRate({ functionName: fn, service: 'users' }) },
  lambdaColdStartRateLogsText: { usersColdStarts: presets.lambdaColdStartRate({ functionName: fn, source: 'logs' }) },
  lambdaColdStartRateLogsJson: {
    usersColdStarts: presets.lambdaColdStartRate({ functionName: fn, source: 'logs', logFormat: 'json' }),
  },
  lambdaColdStartRateLogsSnapStart: {
    usersColdStarts: presets.lambdaColdStartRate({ functionName: fn, source: 'logs', snapStart: true }),
  },
  lambdaThrottles: { usersThrottles: presets.lambdaThrottles({ functionName: fn }) },
  lambdaDurationNearTimeout: {
    usersNearTimeout: presets.lambdaDurationNearTimeout({ functionName: fn, timeoutSeconds: 10 }),
  },
  lambdaOutOfMemory: { usersOutOfMemory: presets.lambdaOutOfMemory({ functionName: fn }) },
  lambdaConcurrentExecutions: { concurrency: presets.lambdaConcurrentExecutions({ limit: 1000 }) },
  api5xxRateHttp: { api5xx: companions.api5xx },
  api5xxRateRest: { api5xx: presets.api5xxRate({ apiName: 'valine-api' }) },
  cloudFront5xxRate: { cdn5xx: presets.cloudFront5xxRate({ distributionId: 'E2QWRUHAPOMQZL' }) },
  rdsCpu: { dbCpu: presets.rdsCpu({ dbInstanceIdentifier: 'valine-{stage}' }) },
  serviceUnhealthy: {
    ...companions,
    maintenance: {
      kind: 'metric',
      severity: 'P3',
      namespace: 'Valine',
      metricName: 'Maintenance',
      statistic: 'Maximum',
      comparison: '>',
      threshold: 0,
    },
    apiUnhealthy: presets.serviceUnhealthy({
      alarms: ['apiLatency', 'api5xx'],
      actionsSuppressor: { alarm: 'maintenance', waitPeriod: '2m', extensionPeriod: '5m' },
    }),
    apiUnhealthyCustom: presets.serviceUnhealthy({
      rule: { op: 'AND', rules: [alarm('apiLatency'), not(alarm('api5xx'))] },
    }),
  },
};

describe('presets synthesize the reviewed payloads', () => {
  for (const [name, alarms] of Object.entries(cases)) {
    it(name, () => {
      const stage = synth(configWith(alarms), { stage: 'prod' });
      const { actual, expected } = expectGolden(name, stage);
      expect(actual).toBe(expected);
      for (const region of stage.regions) {
        for (const input of region.metricAlarms) expect(validateMetricAlarmInput(input, region)).toEqual([]);
        for (const input of region.compositeAlarms) expect(validateCompositeAlarmInput(input, region)).toEqual([]);
        for (const input of region.metricFilters) expect(validateMetricFilterInput(input)).toEqual([]);
      }
    });
  }
});

describe('preset reasoning', () => {
  it('derives RDS max_connections from the instance class with PostgreSQL’s default formula', () => {
    expect(postgresMaxConnections('db.t4g.medium')).toBe(450);
    expect(postgresMaxConnections('db.r6g.24xlarge')).toBe(5000);
    expect(postgresMaxConnections('db.x9.huge')).toBeUndefined();
    const definition = presets.rdsConnections({ dbInstanceIdentifier: 'db', instanceClass: 'db.m6g.large' });
    expect(definition.kind === 'metric' && definition.threshold).toBe(Math.floor(901 * 0.8));
  });

  it('refuses an RDS class it cannot size, and a metrics cold-start alarm without service', () => {
    expect(() => presets.rdsConnections({ dbInstanceIdentifier: 'db', instanceClass: 'db.x9.huge' })).toThrow(
      AlarmsConfigError,
    );
    expect(() => presets.lambdaColdStartRate({ functionName: 'f' })).toThrow(/service/);
  });

  it('pins CloudFront alarms to us-east-1 whatever the stage regions', () => {
    const config = configWith(
      { cdn: presets.cloudFrontCacheHitRate({ distributionId: 'E1' }) },
      { stages: { prod: { regions: ['eu-west-1', 'ap-southeast-2'] } } },
    );
    expect(synth(config, { stage: 'prod' }).regions.map((region) => region.region)).toEqual(['us-east-1']);
  });

  it('lets callers change any preset field', () => {
    const definition = presets.lambdaErrorRate({
      functionName: 'f',
      threshold: 2,
      severity: 'P0',
      evaluationPeriods: 3,
    });
    const stage = synth(configWith({ errors: definition }), { stage: 'prod' });
    const input = stage.regions[0]!.metricAlarms[0]!;
    expect(input).toMatchObject({ Threshold: 2, EvaluationPeriods: 3, DatapointsToAlarm: 3 });
    expect(input.Tags).toContainEqual({ Key: 'severity', Value: 'P0' });
  });
});
