import { AlarmsError, ErrorCode } from '../errors.js';
import type { SynthesizedRegion, SynthesizedStage } from '../types/synth.js';
import { type Caller, createCaller } from './caller.js';
import type { SyncClients } from './clients.js';
import { DEFAULT_CONCURRENCY } from './constants.js';
import { describeAllAlarms } from './describeAllAlarms.js';
import { listTags } from './listTags.js';
import { planMetricFilters, readMetricFilters } from './metricFilters.js';
import { matchAlarms, resolveAlarms } from './planAlarms.js';
import { describeError } from './retry.js';
import type { Plan, PlanSummary, ReadOptions, RegionPlan } from './types.js';

interface RegionContext {
  stage: SynthesizedStage;
  clients: SyncClients;
  call: Caller;
  concurrency: number;
  prune: boolean;
  destroy: boolean;
  refreshTags: boolean;
  excludePrefixes: string[];
}

async function planRegion(context: RegionContext, desired: SynthesizedRegion): Promise<RegionPlan> {
  const { stage, clients, call, concurrency, destroy } = context;
  const { region } = desired;
  const prefix = stage.ownership.namePrefix;
  const cw = clients.cloudWatch(region);
  const existing = await describeAllAlarms(cw, prefix, call, region);
  const matched = destroy
    ? matchAlarms([], [], existing, false, context.excludePrefixes)
    : matchAlarms(
        desired.metricAlarms,
        desired.compositeAlarms,
        existing,
        context.refreshTags,
        context.excludePrefixes,
      );
  const arns = [...matched.toCheck.map((c) => c.existing.arn), ...[...matched.extras.values()].map((e) => e.arn)];
  const tags = await listTags(cw, arns, call, region, concurrency);
  const alarms = resolveAlarms(matched, tags, stage.ownership, { prune: context.prune, destroy });

  const filtersWanted = destroy ? [] : desired.metricFilters;
  const read = await readMetricFilters(
    { logs: clients.logs(region), call, region, prefix, concurrency },
    filtersWanted,
    context.prune || destroy,
  );
  const filters = planMetricFilters(filtersWanted, read.existing, context.prune || destroy, context.excludePrefixes);
  return {
    region,
    alarms: alarms.changes,
    metricFilters: filters.changes,
    conflicts: alarms.conflicts,
    missingLogGroups: read.missingLogGroups,
    orphans: [...alarms.orphans, ...filters.orphans],
    unmanaged: alarms.unmanaged,
    unchanged: alarms.unchanged + filters.unchanged,
  };
}

function summarize(regions: RegionPlan[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, conflicts: 0 };
  for (const region of regions) {
    for (const change of [...region.alarms, ...region.metricFilters]) summary[change.action] += 1;
    summary.conflicts += region.conflicts.length;
  }
  return summary;
}

async function buildPlan(
  stage: SynthesizedStage,
  clients: SyncClients,
  options: ReadOptions,
  destroy: boolean,
): Promise<Plan> {
  const context: RegionContext = {
    stage,
    clients,
    call: createCaller({ rateLimits: options.rateLimits, maxAttempts: options.maxAttempts }),
    concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    prune: destroy || options.prune === true,
    destroy,
    refreshTags: options.refreshTags === true,
    excludePrefixes: (options.excludePrefixes ?? []).filter(
      (p) => p !== stage.ownership.namePrefix && p.startsWith(stage.ownership.namePrefix),
    ),
  };
  const regions: RegionPlan[] = [];
  for (const region of stage.regions) {
    try {
      regions.push(await planRegion(context, region));
    } catch (error) {
      const { name, message } = describeError(error);
      throw new AlarmsError(`cannot read CloudWatch in ${region.region}: ${name}: ${message}`, ErrorCode.Aws, {
        cause: error,
      });
    }
  }
  return {
    stack: stage.stack,
    stage: stage.stage,
    ownership: stage.ownership,
    mode: destroy ? 'destroy' : 'sync',
    prune: context.prune,
    regions,
    summary: summarize(regions),
  };
}

/**
 * Reads what exists in each region of `stage` and works out what `applyPlan`
 * must write so CloudWatch matches the config: one DescribeAlarms page per 100
 * alarms with the stack's prefix, tags only for alarms whose definition
 * differs or that the config no longer names (ownership is proven before any
 * update or delete), one DescribeMetricFilters per log group.
 *
 * @example
 * ```ts
 * const plan = await createPlan(stage, createClients({ profile: 'ops' }), { prune: true });
 * console.log(formatPlan(plan));
 * ```
 */
export function createPlan(stage: SynthesizedStage, clients: SyncClients, options: ReadOptions = {}): Promise<Plan> {
  return buildPlan(stage, clients, options, false);
}

/**
 * A plan that deletes every alarm and metric filter the stage owns (name
 * prefix and ownership tag) in the stage's regions, and nothing else.
 *
 * @example
 * ```ts
 * const plan = await planDestroy(stage, clients);
 * if (await confirm(formatPlan(plan))) await applyPlan(plan, clients);
 * ```
 */
export function planDestroy(stage: SynthesizedStage, clients: SyncClients, options: ReadOptions = {}): Promise<Plan> {
  return buildPlan(stage, clients, options, true);
}

/**
 * True when applying `plan` would write nothing (conflicts are counted apart).
 *
 * @example
 * ```ts
 * if (isEmptyPlan(plan)) console.log('CloudWatch matches the config');
 * ```
 */
export const isEmptyPlan = (plan: Plan): boolean =>
  plan.summary.create + plan.summary.update + plan.summary.delete === 0;
