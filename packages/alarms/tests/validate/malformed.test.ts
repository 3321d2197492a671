import { describe, expect, it } from 'vitest';
import { AlarmsValidationError, synth, validateConfig } from '../../src/index.js';
import { configWith } from '../helpers.js';
import { type Case, expectRejected, latency, withAlarm, withConfig } from './malformedCases.js';

/** Shape and single-field rules: wrong types, unknown fields, CloudWatch's numeric limits. */
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
];

describe('malformed fields are rejected with the right path and message', () => {
  it.each(cases)('%s', (_name, config, path, message, hint) => expectRejected(config, path, message, hint));
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

describe('hostile configs', () => {
  it('turns throwing getters, proxies and self-containing rules into one issue instead of a crash', () => {
    const getter = configWith({ apiLatency: latency });
    Object.defineProperty(getter, 'alarms', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(configWith({ apiLatency: latency }), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    const loop: Record<string, unknown> = { op: 'NOT' };
    loop.rule = loop;
    const cyclic = configWith({ apiLatency: latency, svc: { kind: 'composite', severity: 'P1', rule: loop } as never });
    for (const config of [getter, proxy, cyclic]) {
      const issues = validateConfig(config);
      expect(issues.length).toBeGreaterThan(0);
      expect(() => synth(config as never, { stage: 'prod' })).toThrow(AlarmsValidationError);
    }
    expect(validateConfig(getter)[0]).toMatchObject({ path: '(config)', message: 'the config cannot be read: boom' });
  });
});
