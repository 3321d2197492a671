import { DescribeAlarmsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlan, formatPlan, planDestroy } from '../../src/sync/index.js';
import {
  compositeAlarm,
  errorsAlarm,
  LOG_GROUP,
  latencyAlarm,
  PREFIX,
  stage,
  TAG_KEY,
  TAG_VALUE,
  tags,
} from './fixtures.js';
import { arnOf, echo, fast, mockedClients, throttled } from './mockClients.js';

const owned = { Tags: tags({ severity: 'P1' }) };
let mocks = mockedClients();
afterEach(() => {
  mocks.cw.restore();
  mocks.logs.restore();
  mocks = mockedClients();
});

function noFilters() {
  mocks.logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
  mocks.logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: LOG_GROUP }] });
}

describe('createPlan (mocked CloudWatch)', () => {
  it('follows NextToken across pages and reads no tags for unchanged alarms', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      errorsAlarm({ AlarmName: `${PREFIX}a${String(i).padStart(3, '0')}` }),
    );
    mocks.cw
      .on(DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: many.slice(0, 100).map(echo), NextToken: 't1' })
      .resolvesOnce({ MetricAlarms: many.slice(100, 200).map(echo), NextToken: 't2' })
      .resolvesOnce({ MetricAlarms: many.slice(200).map(echo), CompositeAlarms: [] });
    noFilters();
    const plan = await createPlan(stage({ metricAlarms: many, metricFilters: [] }), mocks.clients, fast);
    expect(plan.summary).toEqual({ create: 0, update: 0, delete: 0, conflicts: 0 });
    expect(plan.regions[0]?.unchanged).toBe(250);
    const calls = mocks.cw.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input);
    expect(calls.map((i) => i.NextToken)).toEqual([undefined, 't1', 't2']);
    expect(calls[0]).toMatchObject({
      AlarmNamePrefix: PREFIX,
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      MaxRecords: 100,
    });
    expect(mocks.cw.commandCalls(ListTagsForResourceCommand)).toHaveLength(0);
  });

  it('plans composite creates and updates next to metric alarms', async () => {
    const parent = compositeAlarm();
    mocks.cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [echo(errorsAlarm()), echo(latencyAlarm())],
      CompositeAlarms: [
        {
          AlarmName: parent.AlarmName,
          AlarmArn: arnOf(parent.AlarmName ?? ''),
          AlarmRule: `ALARM("${PREFIX}api-errors")`,
          AlarmActions: parent.AlarmActions,
        },
      ],
    });
    mocks.cw.on(ListTagsForResourceCommand).resolves(owned);
    noFilters();
    const child = compositeAlarm({ AlarmName: `${PREFIX}api-unhealthy`, AlarmRule: `ALARM("${PREFIX}api-latency")` });
    const plan = await createPlan(
      stage({ metricAlarms: [errorsAlarm(), latencyAlarm()], compositeAlarms: [child, parent], metricFilters: [] }),
      mocks.clients,
      fast,
    );
    expect(plan.regions[0]?.alarms).toEqual([
      expect.objectContaining({ action: 'create', kind: 'composite', name: `${PREFIX}api-unhealthy` }),
      expect.objectContaining({
        action: 'update',
        kind: 'composite',
        name: parent.AlarmName,
        changes: [{ field: 'AlarmRule', from: `ALARM("${PREFIX}api-errors")`, to: parent.AlarmRule }],
      }),
    ]);
    expect(mocks.cw.commandCalls(ListTagsForResourceCommand).map((c) => c.args[0].input.ResourceARN)).toEqual([
      arnOf(parent.AlarmName ?? ''),
    ]);
  });

  it('reports a name held by another kind of alarm, or by an unowned one, as a conflict', async () => {
    mocks.cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [echo(latencyAlarm({ Threshold: 1 }))],
      CompositeAlarms: [
        { AlarmName: `${PREFIX}api-errors`, AlarmArn: arnOf(`${PREFIX}api-errors`), AlarmRule: 'TRUE' },
      ],
    });
    mocks.cw.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: TAG_KEY, Value: 'shop/staging' }] });
    noFilters();
    const plan = await createPlan(
      stage({ metricAlarms: [errorsAlarm(), latencyAlarm()], metricFilters: [] }),
      mocks.clients,
      fast,
    );
    expect(plan.summary).toEqual({ create: 0, update: 0, delete: 0, conflicts: 2 });
    expect(plan.regions[0]?.conflicts.map((c) => c.reason)).toEqual([
      expect.stringContaining('exists as a composite alarm'),
      expect.stringContaining(`without the ownership tag ${TAG_KEY}=${TAG_VALUE}`),
    ]);
  });

  it('retries a throttled DescribeAlarms', async () => {
    mocks.cw.on(DescribeAlarmsCommand).rejectsOnce(throttled()).resolves({ MetricAlarms: [] });
    noFilters();
    const plan = await createPlan(stage({ metricFilters: [] }), mocks.clients, fast);
    expect(plan.summary.create).toBe(3);
    expect(mocks.cw.commandCalls(DescribeAlarmsCommand)).toHaveLength(2);
  });

  it('fails with the AWS error when reading is impossible', async () => {
    mocks.cw
      .on(DescribeAlarmsCommand)
      .rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' }));
    await expect(createPlan(stage(), mocks.clients, fast)).rejects.toThrow(
      'cannot read CloudWatch in us-east-1: AccessDenied: User is not authorized',
    );
  });

  it('destroys owned composites parents first, and lists filters in every log group', async () => {
    mocks.cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [echo(errorsAlarm()), echo(latencyAlarm({ AlarmName: `${PREFIX}by-hand` }))],
      CompositeAlarms: [
        { AlarmName: `${PREFIX}leaf`, AlarmArn: arnOf(`${PREFIX}leaf`), AlarmRule: `ALARM("${PREFIX}api-errors")` },
        { AlarmName: `${PREFIX}root`, AlarmArn: arnOf(`${PREFIX}root`), AlarmRule: `ALARM("${PREFIX}leaf")` },
      ],
    });
    mocks.cw.on(ListTagsForResourceCommand).resolves(owned);
    mocks.cw.on(ListTagsForResourceCommand, { ResourceARN: arnOf(`${PREFIX}by-hand`) }).resolves({ Tags: [] });
    mocks.logs.on(DescribeMetricFiltersCommand).resolves({
      metricFilters: [
        { filterName: `${PREFIX}old`, logGroupName: '/aws/lambda/gone' },
        { filterName: 'someone-else', logGroupName: '/aws/lambda/gone' },
      ],
    });
    const plan = await planDestroy(stage(), mocks.clients, fast);
    expect(mocks.logs.commandCalls(DescribeMetricFiltersCommand)[0]?.args[0].input.logGroupName).toBeUndefined();
    expect(plan.regions[0]?.alarms.map((c) => `${c.action} ${c.name}`)).toEqual([
      `delete ${PREFIX}root`,
      `delete ${PREFIX}leaf`,
      `delete ${PREFIX}api-errors`,
    ]);
    expect(plan.regions[0]?.metricFilters).toEqual([
      { action: 'delete', name: `${PREFIX}old`, logGroupName: '/aws/lambda/gone', copies: 1 },
    ]);
    expect(plan.regions[0]?.unmanaged).toEqual([`${PREFIX}by-hand`]);
    expect(formatPlan(plan)).toContain('Plan: 0 to create, 0 to update, 4 to delete.');
  });

  it('skips alarms and filters of a stage nested under this prefix (prod-eu under prod)', async () => {
    mocks.cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [echo(errorsAlarm()), echo(latencyAlarm({ AlarmName: `${PREFIX}eu-api-latency` }))],
    });
    mocks.logs.on(DescribeMetricFiltersCommand).resolves({
      metricFilters: [{ filterName: `${PREFIX}eu-cold-starts`, logGroupName: LOG_GROUP }],
    });
    mocks.cw.on(ListTagsForResourceCommand).resolves(owned);
    const plan = await planDestroy(stage(), mocks.clients, {
      ...fast,
      excludePrefixes: [PREFIX, `${PREFIX}eu-`, 'other-'],
    });
    expect(plan.regions[0]?.alarms).toEqual([{ action: 'delete', kind: 'metric', name: `${PREFIX}api-errors` }]);
    expect(plan.regions[0]?.unmanaged).toEqual([]);
    expect(plan.regions[0]?.metricFilters).toEqual([]);
    expect(mocks.cw.commandCalls(ListTagsForResourceCommand).map((c) => c.args[0].input.ResourceARN)).toEqual([
      arnOf(`${PREFIX}api-errors`),
    ]);
  });
});
