import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeMetricFiltersCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Moto, startMoto } from '../../../../tools/test/moto.js';
import { applyPlan, createClients, createPlan, destroy, formatPlan, type SyncClients } from '../../src/sync/index.js';
import { countCalls } from './callCounter.js';
import {
  coldStartFilter,
  errorRateAlarm,
  errorsAlarm,
  LOG_GROUP,
  latencyAlarm,
  PREFIX,
  REGION,
  stage,
  TAG_KEY,
  TAG_VALUE,
} from './fixtures.js';

let moto: Moto;
let clients: SyncClients;
let cw: CloudWatchClient;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  moto = await startMoto(REGION);
});
afterAll(() => moto.stop());
beforeEach(async () => {
  await moto.reset();
  clients = createClients({ endpoint: moto.endpoint, credentials: moto.clientConfig.credentials });
  cw = new CloudWatchClient(moto.clientConfig);
  logs = new CloudWatchLogsClient(moto.clientConfig);
  await logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }));
});

const alarmNames = async () =>
  ((await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: PREFIX }))).MetricAlarms ?? [])
    .map((a) => a.AlarmName)
    .sort();
const alarm = async (name: string) =>
  (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];
const tagsOf = async (name: string) => {
  const arn = (await alarm(name))?.AlarmArn;
  const out = await cw.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key, t.Value]));
};
const filters = async () =>
  (await logs.send(new DescribeMetricFiltersCommand({ logGroupName: LOG_GROUP }))).metricFilters ?? [];
const sync = async (s = stage(), options: { prune?: boolean; refreshTags?: boolean } = {}) => {
  const plan = await createPlan(s, clients, options);
  return { plan, result: await applyPlan(plan, clients) };
};

describe('createPlan + applyPlan against moto', () => {
  it('creates everything on the first sync, then plans no changes', async () => {
    const { plan, result } = await sync();
    expect(plan.summary).toEqual({ create: 4, update: 0, delete: 0, conflicts: 0 });
    expect(result.ok).toBe(true);
    expect(await alarmNames()).toEqual([`${PREFIX}api-error-rate`, `${PREFIX}api-errors`, `${PREFIX}api-latency`]);
    expect(await tagsOf(`${PREFIX}api-errors`)).toMatchObject({ [TAG_KEY]: TAG_VALUE, severity: 'P1' });
    expect((await filters()).map((f) => f.filterName)).toEqual([`${PREFIX}api-cold-starts`]);

    const calls = countCalls(clients, [REGION]);
    const again = await createPlan(stage(), clients);
    expect(again.summary).toEqual({ create: 0, update: 0, delete: 0, conflicts: 0 });
    expect(again.regions[0]?.unchanged).toBe(4);
    expect(formatPlan(again)).toContain('Plan: 0 to create, 0 to update, 0 to delete.');
    expect(calls.all()).toEqual({ DescribeAlarms: 1, DescribeMetricFilters: 1 });
  });

  it('updates exactly the alarm whose threshold changed, with one write', async () => {
    await sync();
    const changed = stage({ metricAlarms: [errorsAlarm({ Threshold: 10 }), latencyAlarm(), errorRateAlarm()] });
    const calls = countCalls(clients, [REGION]);
    const plan = await createPlan(changed, clients);
    expect(plan.summary).toEqual({ create: 0, update: 1, delete: 0, conflicts: 0 });
    const update = plan.regions[0]?.alarms[0];
    expect(update).toMatchObject({ action: 'update', name: `${PREFIX}api-errors` });
    expect(update?.action === 'update' && update.changes).toEqual([{ field: 'Threshold', from: 5, to: 10 }]);
    expect(formatPlan(plan)).toContain('~ update shop-prod-api-errors (metric alarm)\n      Threshold: 5 → 10');
    calls.reset();
    const result = await applyPlan(plan, clients);
    expect(result.ok).toBe(true);
    expect(calls.all()).toEqual({ PutMetricAlarm: 1 });
    expect((await alarm(`${PREFIX}api-errors`))?.Threshold).toBe(10);
    expect((await createPlan(changed, clients)).summary.update).toBe(0);
  });

  it('deletes a removed definition only with prune', async () => {
    await sync();
    const smaller = stage({ metricAlarms: [errorsAlarm(), errorRateAlarm()], metricFilters: [] });
    const { plan } = await sync(smaller);
    expect(plan.summary.delete).toBe(0);
    // Without prune only the config's log groups are read, so the filter's group (no longer named) is not listed.
    expect(plan.regions[0]?.orphans).toEqual([`${PREFIX}api-latency`]);
    expect(formatPlan(plan)).toContain('--prune deletes them');
    expect(await alarmNames()).toContain(`${PREFIX}api-latency`);

    const pruned = await sync(smaller, { prune: true });
    expect(pruned.plan.summary).toEqual({ create: 0, update: 0, delete: 2, conflicts: 0 });
    expect(pruned.result.ok).toBe(true);
    expect(await alarmNames()).toEqual([`${PREFIX}api-error-rate`, `${PREFIX}api-errors`]);
    expect(await filters()).toEqual([]);
  });

  it('never touches a hand-made alarm with the prefix but no ownership tag', async () => {
    const handMade = {
      ...latencyAlarm({ AlarmName: `${PREFIX}hand-made`, Threshold: 1 }),
      Tags: [{ Key: 'team', Value: 'ops' }],
    };
    await cw.send(new PutMetricAlarmCommand(handMade));
    const squatter = { ...errorsAlarm({ Threshold: 99 }), Tags: [] };
    await cw.send(new PutMetricAlarmCommand(squatter));

    const { plan, result } = await sync(stage(), { prune: true });
    expect(plan.regions[0]?.unmanaged).toEqual([`${PREFIX}hand-made`]);
    expect(plan.regions[0]?.conflicts.map((c) => c.name)).toEqual([`${PREFIX}api-errors`]);
    expect(formatPlan(plan)).toContain(`! conflict ${PREFIX}api-errors`);
    expect(result.ok).toBe(false);
    expect(result.failed).toEqual([
      expect.objectContaining({
        name: `${PREFIX}api-errors`,
        error: expect.objectContaining({ name: 'OwnershipConflict' }),
      }),
    ]);
    expect((await alarm(`${PREFIX}api-errors`))?.Threshold).toBe(99);

    const gone = await destroy(stage(), clients);
    expect(gone.ok).toBe(true);
    expect(await alarmNames()).toEqual([`${PREFIX}api-errors`, `${PREFIX}hand-made`]);
    expect((await alarm(`${PREFIX}hand-made`))?.Threshold).toBe(1);
    expect(await filters()).toEqual([]);
  });

  it('creates, updates and deletes metric filters', async () => {
    await sync();
    const changed = stage({ metricFilters: [coldStartFilter({ filterPattern: '"REPORT" "Restore Duration"' })] });
    const { plan } = await sync(changed);
    expect(plan.regions[0]?.metricFilters).toEqual([
      expect.objectContaining({
        action: 'update',
        changes: [{ field: 'filterPattern', from: '"REPORT" "Init Duration"', to: '"REPORT" "Restore Duration"' }],
      }),
    ]);
    const live = await filters();
    expect(live[live.length - 1]?.filterPattern).toBe('"REPORT" "Restore Duration"');
    expect((await createPlan(changed, clients)).summary).toMatchObject({ create: 0, update: 0 });

    const pruned = await sync(stage({ metricFilters: [] }), { prune: true });
    expect(pruned.plan.summary.delete).toBe(1);
    expect(await filters()).toEqual([]);
  });

  it('fails a filter in a missing log group clearly, or creates the group when asked', async () => {
    const elsewhere = stage({
      metricAlarms: [],
      metricFilters: [coldStartFilter({ logGroupName: '/aws/lambda/missing' })],
    });
    const plan = await createPlan(elsewhere, clients);
    expect(plan.regions[0]?.missingLogGroups).toEqual(['/aws/lambda/missing']);
    const failed = await applyPlan(plan, clients);
    expect(failed.failed[0]?.error).toMatchObject({
      name: 'LogGroupNotFound',
      message: expect.stringContaining('--create-log-groups'),
    });

    const created = await applyPlan(plan, clients, { createLogGroups: true });
    expect(created.ok).toBe(true);
    expect(created.results.map((r) => r.action)).toEqual(['create-log-group', 'create']);
    expect((await createPlan(elsewhere, clients)).summary.create).toBe(0);
  });

  it('repairs tag drift: with the definition, or on its own with refreshTags', async () => {
    await sync();
    const arn = (await alarm(`${PREFIX}api-latency`))?.AlarmArn;
    await cw.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['severity'] }));
    await cw.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'added-by-hand', Value: 'x' }] }));

    expect((await createPlan(stage(), clients)).summary.update).toBe(0);
    const { plan, result } = await sync(stage(), { refreshTags: true });
    expect(plan.regions[0]?.alarms).toEqual([
      expect.objectContaining({
        action: 'update',
        changes: [],
        tags: { set: { severity: 'P1' }, remove: ['added-by-hand'] },
      }),
    ]);
    expect(result.results.map((r) => r.action)).toEqual(['tag']);
    expect(await tagsOf(`${PREFIX}api-latency`)).toEqual({
      [TAG_KEY]: TAG_VALUE,
      'managed-by': 'valine-alarms',
      severity: 'P1',
    });

    await cw.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['managed-by'] }));
    const both = await sync(
      stage({ metricAlarms: [errorsAlarm(), latencyAlarm({ Threshold: 2500 }), errorRateAlarm()] }),
    );
    expect(both.result.results.map((r) => r.action).sort()).toEqual(['tag', 'update']);
    expect(await tagsOf(`${PREFIX}api-latency`)).toMatchObject({ 'managed-by': 'valine-alarms' });
  });
});
