import {
  DeleteAlarmsCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, describe, expect, it } from 'vitest';
import { type AlarmChange, applyPlan, formatApplyResult, type Plan, type ProgressEvent } from '../../src/sync/index.js';
import { compositeAlarm, errorsAlarm, PREFIX, REGION, stage } from './fixtures.js';
import { arnOf, fast, mockedClients, throttled } from './mockClients.js';

let mocks = mockedClients();
afterEach(() => {
  mocks.cw.restore();
  mocks.logs.restore();
  mocks = mockedClients();
});

function planOf(alarms: AlarmChange[]): Plan {
  const { stack, stage: name, ownership } = stage();
  const summary = { create: 0, update: 0, delete: 0, conflicts: 0 };
  for (const a of alarms) summary[a.action] += 1;
  return {
    stack,
    stage: name,
    ownership,
    mode: 'sync',
    prune: true,
    summary,
    regions: [
      {
        region: REGION,
        alarms,
        metricFilters: [],
        conflicts: [],
        missingLogGroups: [],
        orphans: [],
        unmanaged: [],
        unchanged: 0,
      },
    ],
  };
}

const createMetric = (name: string): AlarmChange => ({
  action: 'create',
  kind: 'metric',
  name,
  input: errorsAlarm({ AlarmName: name }),
});

describe('applyPlan (mocked CloudWatch)', () => {
  it('writes metric alarms, then composites children first, then tags; updates carry no Tags', async () => {
    mocks.cw.onAnyCommand().resolves({});
    const parent = compositeAlarm({ AlarmName: `${PREFIX}parent`, AlarmRule: `ALARM("${PREFIX}child")` });
    const child = compositeAlarm({ AlarmName: `${PREFIX}child`, AlarmRule: `ALARM("${PREFIX}m1")` });
    const result = await applyPlan(
      planOf([
        { action: 'create', kind: 'composite', name: `${PREFIX}parent`, input: parent },
        {
          action: 'update',
          kind: 'composite',
          name: `${PREFIX}child`,
          arn: arnOf(`${PREFIX}child`),
          input: { ...child, Tags: undefined },
          changes: [{ field: 'AlarmRule', from: 'x', to: child.AlarmRule }],
          tags: { set: { severity: 'P0' }, remove: ['stale'] },
        },
        createMetric(`${PREFIX}m1`),
      ]),
      mocks.clients,
      fast,
    );
    expect(result.ok).toBe(true);
    const sent = mocks.cw.calls().map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    expect(sent).toEqual([
      'PutMetricAlarmCommand',
      'PutCompositeAlarmCommand',
      'PutCompositeAlarmCommand',
      'TagResourceCommand',
      'UntagResourceCommand',
    ]);
    const composites = mocks.cw.commandCalls(PutCompositeAlarmCommand).map((c) => c.args[0].input);
    expect(composites.map((i) => i.AlarmName)).toEqual([`${PREFIX}child`, `${PREFIX}parent`]);
    expect(composites[0]?.Tags).toBeUndefined();
    expect(composites[1]?.Tags).toEqual(parent.Tags);
    expect(mocks.cw.commandCalls(TagResourceCommand)[0]?.args[0].input).toEqual({
      ResourceARN: arnOf(`${PREFIX}child`),
      Tags: [{ Key: 'severity', Value: 'P0' }],
    });
    expect(mocks.cw.commandCalls(UntagResourceCommand)[0]?.args[0].input.TagKeys).toEqual(['stale']);
  });

  it('deletes one composite per call, parents first, then metric alarms in batches of 100', async () => {
    mocks.cw.on(DeleteAlarmsCommand).resolves({});
    const metric = Array.from(
      { length: 250 },
      (_, i): AlarmChange => ({ action: 'delete', kind: 'metric', name: `${PREFIX}m${i}` }),
    );
    const result = await applyPlan(
      planOf([
        { action: 'delete', kind: 'composite', name: `${PREFIX}root` },
        { action: 'delete', kind: 'composite', name: `${PREFIX}leaf` },
        ...metric,
      ]),
      mocks.clients,
      fast,
    );
    expect(result.ok).toBe(true);
    const batches = mocks.cw.commandCalls(DeleteAlarmsCommand).map((c) => c.args[0].input.AlarmNames ?? []);
    expect(batches.map((b) => b.length)).toEqual([1, 1, 100, 100, 50]);
    expect(batches[0]).toEqual([`${PREFIX}root`]);
    expect(batches[1]).toEqual([`${PREFIX}leaf`]);
    expect(result.results).toHaveLength(252);
  });

  it('retries throttled writes and reports every other failure with its AWS error', async () => {
    mocks.cw
      .on(PutMetricAlarmCommand)
      .resolves({})
      .on(PutMetricAlarmCommand, { AlarmName: `${PREFIX}throttled` })
      .rejectsOnce(throttled())
      .resolves({})
      .on(PutMetricAlarmCommand, { AlarmName: `${PREFIX}invalid` })
      .rejects(
        Object.assign(new Error('Period must be 10, 20, 30 or a multiple of 60'), { name: 'InvalidParameterValue' }),
      )
      .on(PutMetricAlarmCommand, { AlarmName: `${PREFIX}quota` })
      .rejects(Object.assign(new Error('The maximum number of alarms has been reached'), { name: 'LimitExceeded' }));
    const events: ProgressEvent[] = [];
    const result = await applyPlan(
      planOf([`${PREFIX}ok`, `${PREFIX}throttled`, `${PREFIX}invalid`, `${PREFIX}quota`].map(createMetric)),
      mocks.clients,
      { ...fast, onProgress: (e) => events.push(e) },
    );
    expect(result.ok).toBe(false);
    expect(result.failed).toEqual([
      {
        region: REGION,
        name: `${PREFIX}invalid`,
        action: 'create',
        target: 'alarm',
        ok: false,
        error: {
          name: 'InvalidParameterValue',
          message: 'Period must be 10, 20, 30 or a multiple of 60',
          quota: false,
        },
      },
      {
        region: REGION,
        name: `${PREFIX}quota`,
        action: 'create',
        target: 'alarm',
        ok: false,
        error: { name: 'LimitExceeded', message: 'The maximum number of alarms has been reached', quota: true },
      },
    ]);
    const attempts = (name: string) =>
      mocks.cw.commandCalls(PutMetricAlarmCommand).filter((c) => c.args[0].input.AlarmName === name).length;
    expect(attempts(`${PREFIX}throttled`)).toBe(2);
    expect(attempts(`${PREFIX}quota`)).toBe(1);
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4]);
    expect(events.every((e) => e.total === 4)).toBe(true);
    const text = formatApplyResult(result);
    expect(text).toContain(`✗ ${REGION} create ${PREFIX}invalid: InvalidParameterValue: Period must be`);
    expect(text).toContain('a service quota, not throttling');
    expect(text).toContain('Applied: 2 succeeded, 2 failed.');
  });

  it('reports a failed delete batch against every alarm in it', async () => {
    mocks.cw.on(DeleteAlarmsCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    const result = await applyPlan(
      planOf([
        { action: 'delete', kind: 'metric', name: `${PREFIX}a` },
        { action: 'delete', kind: 'metric', name: `${PREFIX}b` },
      ]),
      mocks.clients,
      fast,
    );
    expect(result.failed.map((f) => `${f.name} ${f.error?.name}`)).toEqual([
      `${PREFIX}a AccessDenied`,
      `${PREFIX}b AccessDenied`,
    ]);
  });

  it('keeps at most `concurrency` writes in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    mocks.cw.on(PutMetricAlarmCommand).callsFake(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return {};
    });
    const names = Array.from({ length: 20 }, (_, i) => `${PREFIX}c${i}`);
    const result = await applyPlan(planOf(names.map(createMetric)), mocks.clients, { ...fast, concurrency: 3 });
    expect(result.ok).toBe(true);
    expect(peak).toBe(3);
  });

  it('paces writes at the PutMetricAlarm quota by default', async () => {
    mocks.cw.on(PutMetricAlarmCommand).resolves({});
    const started = Date.now();
    await applyPlan(planOf(Array.from({ length: 6 }, (_, i) => createMetric(`${PREFIX}p${i}`))), mocks.clients);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
