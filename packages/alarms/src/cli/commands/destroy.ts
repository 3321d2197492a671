import { AlarmsCliError } from '../../errors.js';
import { isEmptyPlan } from '../../sync/index.js';
import type { Command } from '../types.js';
import { planStages, printPlans } from './plan.js';
import { applyPlans, confirmer } from './sync.js';

/** `alarms destroy`: delete everything the stack owns in the selected stages. */
export const destroyCommand: Command = {
  name: 'destroy',
  summary: 'Delete every alarm and metric filter the stack owns (after confirmation)',
  usage: `Usage: alarms destroy [--config <file>] [--stage <name>] [--region <region>] [--yes]
                      [--json] [--profile <name>] [--endpoint-url <url>]

Deletes every alarm (name prefix + ownership tag) and metric filter (name
prefix) the stack owns in each selected stage and region, and nothing else:
alarms with the prefix but without the tag are listed and left alone. Asks on
a terminal; without one (CI, pipes) it needs --yes.

Exit codes: 0 everything deleted (or nothing owned), 1 any failure or no
confirmation.`,
  async run({ flags, io }) {
    const { plans, clients } = await planStages(flags, io, 'destroy');
    printPlans(plans, flags, io);
    if (plans.every(isEmptyPlan)) {
      if (flags.json) io.stdout.write(`${JSON.stringify({ plans, results: [] }, null, 2)}\n`);
      else io.stdout.write('Nothing to destroy: the stack owns no alarms or metric filters here.\n');
      return 0;
    }
    if (!flags.yes) {
      const confirm = confirmer(io);
      if (!confirm)
        throw new AlarmsCliError('destroy deletes everything the stack owns: pass --yes to run it without a terminal');
      const count = plans.reduce((n, p) => n + p.summary.delete, 0);
      if (!(await confirm(`Delete the ${count} owned alarms and metric filters listed above?`))) {
        io.stderr.write('Destroy cancelled; nothing was deleted.\n');
        return 1;
      }
    }
    return applyPlans(plans, clients, flags, io);
  },
};
