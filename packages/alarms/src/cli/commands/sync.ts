import { createInterface } from 'node:readline/promises';
import {
  type ApplyResult,
  applyPlan,
  createProgressReporter,
  formatApplyResult,
  isEmptyPlan,
  type Plan,
  type SyncClients,
} from '../../sync/index.js';
import type { CliFlags, CliIO, Command } from '../types.js';
import { hasConflicts, planStages, printPlans, truthy } from './plan.js';

/** A yes/no prompt on the process's own terminal, for when the caller gave none. */
function terminalConfirm(io: CliIO): CliIO['confirm'] {
  if (io.stdout !== process.stdout || !process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
    } finally {
      rl.close();
    }
  };
}

/**
 * How to ask the user: the caller's `confirm`, else the process's own
 * terminal; `undefined` when nobody can answer (CI, pipes, scripts).
 *
 * @example
 * ```ts
 * const confirm = confirmer(io);
 * if (confirm && !(await confirm('Apply these changes?'))) return 1;
 * ```
 */
export function confirmer(io: CliIO): CliIO['confirm'] {
  if (truthy(io.env.CI)) return undefined;
  return io.confirm ?? terminalConfirm(io);
}

/**
 * Applies each plan with progress on stderr, prints every failure with its
 * AWS error, and resolves to 0 when everything was written, 1 otherwise.
 *
 * @example
 * ```ts
 * return applyPlans(plans, clients, flags, io);
 * ```
 */
export async function applyPlans(plans: Plan[], clients: SyncClients, flags: CliFlags, io: CliIO): Promise<number> {
  const results: ApplyResult[] = [];
  for (const plan of plans) {
    const progress = createProgressReporter(io.stderr);
    const result = await applyPlan(plan, clients, {
      concurrency: flags.concurrency,
      createLogGroups: flags.createLogGroups,
      onProgress: flags.json ? undefined : progress,
    });
    progress.finish();
    results.push(result);
    if (!flags.json) {
      const text = formatApplyResult(result, { color: flags.color });
      (result.ok ? io.stdout : io.stderr).write(`${plan.stack}/${plan.stage}: ${text}`);
    }
  }
  if (flags.json) io.stdout.write(`${JSON.stringify({ plans, results }, null, 2)}\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}

/** `alarms sync`: plan, confirm, apply. */
export const syncCommand: Command = {
  name: 'sync',
  summary: 'Apply the plan: create and update owned alarms and metric filters (delete with --prune)',
  usage: `Usage: alarms sync [--config <file>] [--stage <name>] [--region <region>] [--prune] [--yes]
                   [--create-log-groups] [--concurrency <n>] [--json] [--profile <name>] [--endpoint-url <url>]

Plans (see alarms plan --help), asks for confirmation on a terminal unless
--yes (never asks in CI or without a terminal), then writes: metric filters,
metric alarms, composite alarms (children first), tags, and with --prune the
deletes (composite parents first, batches of 100). Only alarms carrying the
stack's ownership tag are ever updated or deleted.

Calls are paced at CloudWatch's default quotas (PutMetricAlarm 3/s,
DescribeAlarms 9/s, DeleteAlarms 3/s) and retried with backoff on throttling;
LimitExceeded is reported as a quota. A failed write is reported with its AWS
error and the rest carries on; running sync again converges.

Exit codes: 0 everything applied (or nothing to do), 1 any failure, conflict or
a declined confirmation.`,
  async run({ flags, io }) {
    const { plans, clients } = await planStages(flags, io, 'sync');
    printPlans(plans, flags, io);
    if (plans.every(isEmptyPlan) && !hasConflicts(plans)) {
      if (flags.json) io.stdout.write(`${JSON.stringify({ plans, results: [] }, null, 2)}\n`);
      else io.stdout.write('Nothing to do: CloudWatch matches the config.\n');
      return 0;
    }
    const confirm = flags.yes ? undefined : confirmer(io);
    if (confirm && !plans.every(isEmptyPlan) && !(await confirm('Apply these changes?'))) {
      io.stderr.write('Sync cancelled; nothing was written.\n');
      return 1;
    }
    return applyPlans(plans, clients, flags, io);
  },
};
