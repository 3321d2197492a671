import {
  CreateLogGroupCommand,
  DeleteMetricFilterCommand,
  PutMetricFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { type ApplyContext, record, report } from './applyContext.js';
import { mapLimit } from './concurrency.js';
import { Operation } from './constants.js';
import type { MetricFilterChange, RegionPlan } from './types.js';

type Put = Exclude<MetricFilterChange, { action: 'delete' }>;
type Delete = Extract<MetricFilterChange, { action: 'delete' }>;

const label = (change: MetricFilterChange) => `${change.logGroupName}:${change.name}`;

/** Log groups to create first; without `createLogGroups` their filters fail with a clear message instead. */
async function ensureLogGroups(context: ApplyContext, plan: RegionPlan): Promise<Set<string>> {
  const logs = context.clients.logs(plan.region);
  const unavailable = new Set<string>();
  for (const group of plan.missingLogGroups) {
    if (!context.createLogGroups) {
      unavailable.add(group);
      continue;
    }
    const ok = await record(
      context,
      { region: plan.region, name: group, action: 'create-log-group', target: 'log-group' },
      () =>
        context.call(plan.region, Operation.CreateLogGroup, () =>
          logs.send(new CreateLogGroupCommand({ logGroupName: group })),
        ),
    );
    if (!ok) unavailable.add(group);
  }
  return unavailable;
}

/**
 * Creates, updates and deletes a region's owned metric filters through
 * CloudWatch Logs, after creating missing log groups when allowed.
 *
 * @example
 * ```ts
 * await applyMetricFilterChanges(context, regionPlan);
 * ```
 */
export async function applyMetricFilterChanges(context: ApplyContext, plan: RegionPlan): Promise<void> {
  const { region } = plan;
  const logs = context.clients.logs(region);
  const unavailable = await ensureLogGroups(context, plan);
  const puts = plan.metricFilters.filter((c): c is Put => c.action !== 'delete');
  await mapLimit(puts, context.concurrency, async (change) => {
    const item = { region, name: label(change), action: change.action, target: 'metric-filter' as const };
    if (unavailable.has(change.logGroupName)) {
      report(context, {
        ...item,
        ok: false,
        error: {
          name: 'LogGroupNotFound',
          message: `log group ${change.logGroupName} does not exist; create it (deploy the function first) or pass --create-log-groups`,
          quota: false,
        },
      });
      return;
    }
    await record(context, item, () =>
      context.call(region, Operation.PutMetricFilter, () => logs.send(new PutMetricFilterCommand(change.input))),
    );
  });
  const deletes = plan.metricFilters.filter((c): c is Delete => c.action === 'delete');
  await mapLimit(deletes, context.concurrency, (change) =>
    record(context, { region, name: label(change), action: 'delete', target: 'metric-filter' }, async () => {
      for (let copy = 0; copy < change.copies; copy += 1) {
        await context.call(region, Operation.DeleteMetricFilter, () =>
          logs.send(new DeleteMetricFilterCommand({ logGroupName: change.logGroupName, filterName: change.name })),
        );
      }
    }),
  );
}

/** How many results `applyMetricFilterChanges` records (for the progress total). */
export const countFilterWrites = (plan: RegionPlan, createLogGroups: boolean): number =>
  plan.metricFilters.length + (createLogGroups ? plan.missingLogGroups.length : 0);
