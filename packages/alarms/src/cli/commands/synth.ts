import type { PutCompositeAlarmInput, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { PutMetricFilterRequest } from '@aws-sdk/client-cloudwatch-logs';
import { loadStages } from '../loadStage.js';
import { createStyle, type Style } from '../style.js';
import type { Command } from '../types.js';

const SYMBOLS: Record<string, string> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '>=',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
  LessThanLowerOrGreaterThanUpperThreshold: 'outside',
  GreaterThanUpperThreshold: 'above',
  LessThanLowerThreshold: 'below',
};

function condition(input: PutMetricAlarmInput): string {
  const op = SYMBOLS[input.ComparisonOperator ?? ''] ?? input.ComparisonOperator;
  const target = input.ThresholdMetricId ? `band ${input.ThresholdMetricId}` : String(input.Threshold);
  const window = `${input.DatapointsToAlarm ?? input.EvaluationPeriods}/${input.EvaluationPeriods}`;
  if (input.Metrics) {
    const returned = input.Metrics.filter((query) => query.ReturnData !== false);
    const shown = returned.map((query) => query.Expression ?? query.MetricStat?.Metric?.MetricName).join(' vs ');
    const period = input.Metrics.find((query) => query.MetricStat)?.MetricStat?.Period;
    return `${shown} ${op} ${target}, ${window} × ${period}s`;
  }
  const stat = input.Statistic ?? input.ExtendedStatistic;
  return `${input.Namespace} ${input.MetricName} ${stat} ${op} ${target}, ${window} × ${input.Period}s`;
}

function severity(input: { Tags?: { Key?: string; Value?: string }[] }): string {
  return input.Tags?.find((tag) => tag.Key === 'severity')?.Value ?? '--';
}

function metricLine(style: Style, input: PutMetricAlarmInput): string {
  const actions = input.AlarmActions?.length ?? 0;
  return `    ${style.bold(input.AlarmName ?? '')} [${severity(input)}] ${condition(input)} ${style.dim(`→ ${actions} action(s), missing: ${input.TreatMissingData}`)}\n`;
}

function compositeLine(style: Style, input: PutCompositeAlarmInput): string {
  return `    ${style.bold(input.AlarmName ?? '')} [${severity(input)}] ${input.AlarmRule}\n`;
}

function filterLine(style: Style, input: PutMetricFilterRequest): string {
  const metric = input.metricTransformations?.[0];
  return `    ${style.bold(input.filterName ?? '')} on ${input.logGroupName}: '${input.filterPattern}' → ${metric?.metricNamespace}/${metric?.metricName}\n`;
}

/** `alarms synth`: the exact request payloads, readable or as JSON. */
export const synthCommand: Command = {
  name: 'synth',
  summary: 'Print the PutMetricAlarm / PutCompositeAlarm / PutMetricFilter payloads per stage and region',
  usage: `Usage: alarms synth [--config <file>] [--stage <name>] [--region <region>] [--json]

Validates the config, then renders each stage into the exact CloudWatch request
payloads, grouped by region. Human-readable by default; --json prints
{ "stages": [ { stack, stage, ownership, regions: [ { region, metricAlarms,
compositeAlarms, metricFilters } ] } ] }. No AWS call is made.`,
  async run({ flags, io }) {
    const stages = await loadStages(flags, io);
    if (flags.json) {
      io.stdout.write(`${JSON.stringify({ stages }, null, 2)}\n`);
      return 0;
    }
    const style = createStyle(flags.color);
    for (const stage of stages) {
      io.stdout.write(
        `${style.bold(`stage ${stage.stage}`)} ${style.dim(`(prefix ${stage.ownership.namePrefix}, tag ${stage.ownership.tagKey}=${stage.ownership.tagValue})`)}\n`,
      );
      for (const region of stage.regions) {
        io.stdout.write(
          `  ${style.yellow(region.region)}: ${region.metricAlarms.length} metric alarms, ${region.compositeAlarms.length} composite alarms, ${region.metricFilters.length} metric filters\n`,
        );
        for (const input of region.metricFilters) io.stdout.write(filterLine(style, input));
        for (const input of region.metricAlarms) io.stdout.write(metricLine(style, input));
        for (const input of region.compositeAlarms) io.stdout.write(compositeLine(style, input));
      }
    }
    return 0;
  },
};
