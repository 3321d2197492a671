import {
  createClients,
  createPlan,
  formatPlan,
  isEmptyPlan,
  type Plan,
  planDestroy,
  type ReadOptions,
  type SyncClients,
} from '../../sync/index.js';
import { ownershipOf } from '../../synth/common.js';
import { loadCliConfig, loadStages } from '../loadStage.js';
import type { CliFlags, CliIO, Command } from '../types.js';

/** Reads every matched alarm's tags, so tag drift on otherwise unchanged alarms shows up (one call per alarm). */
export const REFRESH_TAGS_ENV = 'ALARMS_REFRESH_TAGS';

/** `1`, `true`, `yes`: set; empty, `0`, `false`: not set. */
export const truthy = (value: string | undefined): boolean =>
  value !== undefined && !['', '0', 'false'].includes(value);

/**
 * SDK clients for the flags: `--profile` and `--endpoint-url`; regions come
 * from the config (narrowed by `--region`). Credentials come from the SDK's
 * provider chain and are never printed.
 *
 * @example
 * ```ts
 * const clients = clientsFromFlags(flags);
 * ```
 */
export function clientsFromFlags(flags: CliFlags): SyncClients {
  return createClients({ profile: flags.profile, endpoint: flags.endpointUrl });
}

/**
 * Read options shared by plan, sync and destroy.
 *
 * @example
 * ```ts
 * readOptions({ ...flags, refreshTags: true }, io).refreshTags; // true, as with ALARMS_REFRESH_TAGS=1
 * ```
 */
export function readOptions(flags: CliFlags, io: CliIO): ReadOptions {
  return {
    prune: flags.prune,
    concurrency: flags.concurrency,
    refreshTags: flags.refreshTags || truthy(io.env[REFRESH_TAGS_ENV]),
  };
}

/**
 * Loads the selected stages and plans each against CloudWatch.
 *
 * @example
 * ```ts
 * const { plans, clients } = await planStages(flags, io, 'sync');
 * ```
 */
export async function planStages(
  flags: CliFlags,
  io: CliIO,
  mode: 'sync' | 'destroy',
): Promise<{ plans: Plan[]; clients: SyncClients }> {
  const stages = await loadStages(flags, io);
  const config = await loadCliConfig(flags, io);
  // Every stage's prefix: the planner skips those nested under the one it plans (`app-prod-eu-` under `app-prod-`).
  const excludePrefixes = Object.keys(config.stages).map((name) => ownershipOf(config.stack, name).namePrefix);
  const clients = clientsFromFlags(flags);
  const options = { ...readOptions(flags, io), excludePrefixes };
  const plans: Plan[] = [];
  for (const stage of stages) {
    plans.push(
      mode === 'destroy' ? await planDestroy(stage, clients, options) : await createPlan(stage, clients, options),
    );
  }
  return { plans, clients };
}

/**
 * Plans as text, one block per stage; with `--json` the caller prints them instead.
 *
 * @example
 * ```ts
 * printPlans(plans, flags, io);
 * ```
 */
export function printPlans(plans: Plan[], flags: CliFlags, io: CliIO): void {
  if (flags.json) return;
  for (const plan of plans) io.stdout.write(`${formatPlan(plan, { color: flags.color })}\n`);
}

/** True when a config name is taken by an alarm the stack does not own (exit 1). */
export const hasConflicts = (plans: Plan[]): boolean => plans.some((p) => p.summary.conflicts > 0);

/** `alarms plan`: what sync would change, nothing written. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what sync would create, update and (with --prune) delete in CloudWatch',
  usage: `Usage: alarms plan [--config <file>] [--stage <name>] [--region <region>] [--prune]
                   [--json] [--detailed-exitcode] [--profile <name>] [--endpoint-url <url>]

Reads the alarms and metric filters the stack owns (name prefix + ownership tag)
and prints, per region: + create, ~ update (each changed field old → new),
- delete (only with --prune), conflicts, then "Plan: N to create, N to update,
N to delete." Nothing is written.

A no-op plan costs one DescribeAlarms call per 100 alarms: tags are read only
for alarms whose definition differs or that the config no longer names. Set
${REFRESH_TAGS_ENV}=1 to also read every alarm's tags and find tag drift on
otherwise unchanged alarms (one extra call per alarm).

Exit codes: 0 no changes (or changes without --detailed-exitcode), 2 changes
with --detailed-exitcode, 1 error or a conflict (a name taken by an alarm the
stack does not own).`,
  async run({ flags, io }) {
    const { plans } = await planStages(flags, io, 'sync');
    if (flags.json) io.stdout.write(`${JSON.stringify({ plans }, null, 2)}\n`);
    printPlans(plans, flags, io);
    if (hasConflicts(plans)) return 1;
    return flags.detailedExitcode && !plans.every(isEmptyPlan) ? 2 : 0;
  },
};
