import type { SynthesizedStage } from '../types/synth.js';
import { applyAlarmChanges, countAlarmWrites } from './applyAlarms.js';
import { type ApplyContext, report } from './applyContext.js';
import { applyMetricFilterChanges, countFilterWrites } from './applyMetricFilters.js';
import { createCaller } from './caller.js';
import type { SyncClients } from './clients.js';
import { DEFAULT_CONCURRENCY } from './constants.js';
import { planDestroy } from './plan.js';
import type { ApplyOptions, ApplyResult, Plan, ReadOptions } from './types.js';

/**
 * Writes what `plan` lists, region by region: metric filters, metric alarms,
 * composites (children first), tags, then deletes (composite parents first,
 * batches of 100). Every write is paced and retried on throttling; a failure
 * is recorded with the AWS error and the rest carries on. Conflicts (names
 * taken by alarms the stack does not own) are reported as failures.
 * Re-running `createPlan` + `applyPlan` after a partial failure converges.
 *
 * @example
 * ```ts
 * const result = await applyPlan(plan, clients, { concurrency: 4 });
 * if (!result.ok) for (const f of result.failed) console.error(f.name, f.error?.name, f.error?.message);
 * ```
 */
export async function applyPlan(plan: Plan, clients: SyncClients, options: ApplyOptions = {}): Promise<ApplyResult> {
  const createLogGroups = options.createLogGroups === true;
  const context: ApplyContext = {
    clients,
    call: createCaller({ rateLimits: options.rateLimits, maxAttempts: options.maxAttempts }),
    concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    createLogGroups,
    results: [],
    total: plan.regions.reduce(
      (n, r) => n + r.conflicts.length + countAlarmWrites(r.alarms) + countFilterWrites(r, createLogGroups),
      0,
    ),
    onProgress: options.onProgress,
  };
  for (const region of plan.regions) {
    for (const conflict of region.conflicts) {
      report(context, {
        region: region.region,
        name: conflict.name,
        action: 'update',
        target: 'alarm',
        ok: false,
        error: { name: 'OwnershipConflict', message: conflict.reason, quota: false },
      });
    }
    await applyMetricFilterChanges(context, region);
    await applyAlarmChanges(context, region.region, region.alarms);
  }
  const failed = context.results.filter((r) => !r.ok);
  return { ok: failed.length === 0, results: context.results, failed };
}

/**
 * Deletes every alarm and metric filter `stage` owns, without asking: the CLI
 * asks first (`planDestroy` + `formatPlan` + `applyPlan`).
 *
 * @example
 * ```ts
 * const result = await destroy(stage, createClients());
 * ```
 */
export async function destroy(
  stage: SynthesizedStage,
  clients: SyncClients,
  options: ReadOptions & ApplyOptions = {},
): Promise<ApplyResult> {
  return applyPlan(await planDestroy(stage, clients, options), clients, options);
}
