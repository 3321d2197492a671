import { AlarmsValidationError } from '../../errors.js';
import { buildStage } from '../../synth/buildStage.js';
import { validateConfig } from '../../validate/validateConfig.js';
import { configPath, loadCliConfig } from '../loadStage.js';
import { createStyle } from '../style.js';
import type { Command } from '../types.js';

/** `alarms validate`: every problem at once, no AWS call. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check the config against CloudWatch’s rules without calling AWS',
  usage: `Usage: alarms validate [--config <file>] [--stage <name>] [--json]

Loads the config, checks its shape, references, routing and regions, renders
every payload and checks it against CloudWatch's API limits. Prints every
problem with its path and a hint. Exit code 0 when valid, 1 otherwise.`,
  async run({ flags, io }) {
    const file = configPath(flags, io);
    const config = await loadCliConfig(flags, io);
    const issues = validateConfig(config, flags.stage ? { stages: [flags.stage] } : {});
    if (issues.length > 0) throw new AlarmsValidationError(issues);
    const stages = (flags.stage ? [flags.stage] : Object.keys(config.stages)).map(
      (name) => buildStage(config, name).stage,
    );
    const count = (stage: (typeof stages)[number]) =>
      stage.regions.reduce((sum, region) => sum + region.metricAlarms.length + region.compositeAlarms.length, 0);
    if (flags.json) {
      const summary = stages.map((stage) => ({
        stage: stage.stage,
        alarms: count(stage),
        regions: stage.regions.map((region) => region.region),
      }));
      io.stdout.write(`${JSON.stringify({ valid: true, config: file, stages: summary }, null, 2)}\n`);
      return 0;
    }
    const style = createStyle(flags.color);
    io.stdout.write(`${style.green('✔')} ${file} is valid\n`);
    for (const stage of stages) {
      const regions = stage.regions.map((region) => region.region).join(', ');
      io.stdout.write(`  ${style.bold(stage.stage)}: ${count(stage)} alarms in ${regions || 'no region'}\n`);
    }
    return 0;
  },
};
