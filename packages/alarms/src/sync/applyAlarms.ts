import {
  DeleteAlarmsCommand,
  PutCompositeAlarmCommand,
  PutMetricAlarmCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { type ApplyContext, record, report } from './applyContext.js';
import { mapLimit } from './concurrency.js';
import { DELETE_ALARMS_BATCH_MAX, Operation } from './constants.js';
import { hasTagChanges } from './diff.js';
import { childrenFirst } from './order.js';
import { describeError } from './retry.js';
import type { AlarmChange } from './types.js';

type Update = Extract<AlarmChange, { action: 'update' }>;

async function putMetricAlarms(context: ApplyContext, region: string, changes: AlarmChange[]): Promise<void> {
  const cw = context.clients.cloudWatch(region);
  const writes = changes.filter(
    (c): c is Extract<AlarmChange, { kind: 'metric'; action: 'create' | 'update' }> =>
      c.kind === 'metric' && c.action !== 'delete' && c.input !== undefined,
  );
  await mapLimit(writes, context.concurrency, (change) =>
    record(context, { region, name: change.name, action: change.action, target: 'alarm' }, () =>
      context.call(region, Operation.PutMetricAlarm, () => cw.send(new PutMetricAlarmCommand(change.input!))),
    ),
  );
}

/** Composites one at a time, children before parents, so every rule refers to alarms that exist. */
async function putCompositeAlarms(context: ApplyContext, region: string, changes: AlarmChange[]): Promise<void> {
  const cw = context.clients.cloudWatch(region);
  const writes = new Map(
    changes
      .filter(
        (c): c is Extract<AlarmChange, { kind: 'composite'; action: 'create' | 'update' }> =>
          c.kind === 'composite' && c.action !== 'delete' && c.input !== undefined,
      )
      .map((c) => [c.name, c]),
  );
  const order = childrenFirst([...writes.values()].map((c) => ({ name: c.name, rule: c.input?.AlarmRule ?? '' })));
  for (const name of order) {
    const change = writes.get(name)!;
    await record(context, { region, name, action: change.action, target: 'alarm' }, () =>
      context.call(region, Operation.PutCompositeAlarm, () => cw.send(new PutCompositeAlarmCommand(change.input!))),
    );
  }
}

/** PutMetricAlarm and PutCompositeAlarm ignore tags on update, so tag drift is repaired separately. */
async function retag(context: ApplyContext, region: string, changes: AlarmChange[]): Promise<void> {
  const cw = context.clients.cloudWatch(region);
  const updates = changes.filter((c): c is Update => c.action === 'update' && hasTagChanges(c.tags));
  await mapLimit(updates, context.concurrency, (change) =>
    record(context, { region, name: change.name, action: 'tag', target: 'alarm' }, async () => {
      const set = Object.entries(change.tags.set).map(([Key, Value]) => ({ Key, Value }));
      if (set.length > 0) {
        await context.call(region, Operation.TagResource, () =>
          cw.send(new TagResourceCommand({ ResourceARN: change.arn, Tags: set })),
        );
      }
      if (change.tags.remove.length > 0) {
        await context.call(region, Operation.UntagResource, () =>
          cw.send(new UntagResourceCommand({ ResourceARN: change.arn, TagKeys: change.tags.remove })),
        );
      }
    }),
  );
}

/**
 * DeleteAlarms takes at most one composite per call and refuses to delete a
 * composite's child first, so composites go alone, parents first (the plan's
 * order), then metric alarms in batches of 100.
 */
async function deleteAlarms(context: ApplyContext, region: string, changes: AlarmChange[]): Promise<void> {
  const cw = context.clients.cloudWatch(region);
  const deletes = changes.filter((c) => c.action === 'delete');
  const batches: { names: string[] }[] = deletes
    .filter((c) => c.kind === 'composite')
    .map((c) => ({ names: [c.name] }));
  const metric = deletes.filter((c) => c.kind === 'metric').map((c) => c.name);
  for (let i = 0; i < metric.length; i += DELETE_ALARMS_BATCH_MAX) {
    batches.push({ names: metric.slice(i, i + DELETE_ALARMS_BATCH_MAX) });
  }
  for (const { names } of batches) {
    let failure: unknown;
    try {
      await context.call(region, Operation.DeleteAlarms, () => cw.send(new DeleteAlarmsCommand({ AlarmNames: names })));
    } catch (error) {
      failure = error;
    }
    const error = failure === undefined ? undefined : describeError(failure);
    for (const name of names) {
      report(context, { region, name, action: 'delete', target: 'alarm', ok: error === undefined, error });
    }
  }
}

/**
 * Writes a region's alarm changes in a safe order: metric alarms, their
 * tags, composites (children first), then deletes (composite parents first).
 *
 * @example
 * ```ts
 * await applyAlarmChanges(context, 'eu-west-1', regionPlan.alarms);
 * ```
 */
export async function applyAlarmChanges(context: ApplyContext, region: string, changes: AlarmChange[]): Promise<void> {
  await putMetricAlarms(context, region, changes);
  await putCompositeAlarms(context, region, changes);
  await retag(context, region, changes);
  await deleteAlarms(context, region, changes);
}

/** How many results `applyAlarmChanges` records for these changes (for the progress total). */
export const countAlarmWrites = (changes: AlarmChange[]): number =>
  changes.reduce((n, c) => n + (c.action === 'update' ? (c.input ? 1 : 0) + (hasTagChanges(c.tags) ? 1 : 0) : 1), 0);
