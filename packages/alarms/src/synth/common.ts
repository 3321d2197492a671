import type { Statistic as CloudWatchStatistic, Tag } from '@aws-sdk/client-cloudwatch';
import {
  ComparisonOperator,
  DEFAULT_EVALUATION_PERIODS,
  DEFAULT_PERIOD_SECONDS,
  DEFAULT_TREAT_MISSING_DATA,
  MANAGED_BY_TAG_KEY,
  MANAGED_BY_TAG_VALUE,
  OWNERSHIP_TAG_KEY,
  SEVERITY_TAG_KEY,
  StandardStatistics,
} from '../constants.js';
import { parseDuration } from '../duration.js';
import type { AlarmsConfig, Comparison, Dimensions, Duration, Statistic } from '../types/config.js';
import type { Ownership } from '../types/synth.js';
import type { ResolvedAlarm } from './resolve.js';

/** What every payload builder needs besides the alarm itself. */
export interface SynthContext {
  config: AlarmsConfig;
  stage: string;
  region: string;
  ownership: Ownership;
}

/**
 * The ownership of one stack and stage: the alarm name prefix and the tag.
 *
 * @example
 * ```ts
 * ownershipOf('shop', 'prod'); // { namePrefix: 'shop-prod-', tagKey: 'valine:alarms:stack', tagValue: 'shop/prod' }
 * ```
 */
export function ownershipOf(stack: string, stage: string): Ownership {
  return { namePrefix: `${stack}-${stage}-`, tagKey: OWNERSHIP_TAG_KEY, tagValue: `${stack}/${stage}` };
}

export function alarmName(context: SynthContext, id: string): string {
  return `${context.ownership.namePrefix}${id}`;
}

/** `AlarmDescription`, with the runbook link appended; absent when there is neither. */
export function describe(alarm: ResolvedAlarm): { AlarmDescription?: string } {
  const { description: text, runbook } = alarm.definition;
  if (!runbook) return text === undefined ? {} : { AlarmDescription: text };
  return { AlarmDescription: text ? `${text} Runbook: ${runbook}` : `Runbook: ${runbook}` };
}

/** Ownership, severity and managed-by tags win over user tags of the same key; sorted for stable output. */
export function tags(context: SynthContext, alarm: ResolvedAlarm): Tag[] {
  const all: Record<string, string> = {
    ...alarm.tags,
    [MANAGED_BY_TAG_KEY]: MANAGED_BY_TAG_VALUE,
    [SEVERITY_TAG_KEY]: alarm.definition.severity,
    [context.ownership.tagKey]: context.ownership.tagValue,
  };
  return Object.keys(all)
    .sort()
    .map((Key) => ({ Key, Value: all[Key]! }));
}

export function actions(alarm: ResolvedAlarm) {
  return {
    ActionsEnabled: alarm.actionsEnabled,
    AlarmActions: [...(alarm.route.alarm ?? [])],
    OKActions: [...(alarm.route.ok ?? [])],
    InsufficientDataActions: [...(alarm.route.insufficientData ?? [])],
  };
}

export function dimensions(dims: Dimensions | undefined) {
  return Object.keys(dims ?? {})
    .sort()
    .map((Name) => ({ Name, Value: dims![Name]! }));
}

/** `Statistic` for the five standard ones, `ExtendedStatistic` for percentiles and trimmed forms. */
export function statisticFields(statistic: Statistic): { Statistic?: CloudWatchStatistic; ExtendedStatistic?: string } {
  return (StandardStatistics as readonly string[]).includes(statistic)
    ? { Statistic: statistic as CloudWatchStatistic }
    : { ExtendedStatistic: statistic };
}

export function comparison(value: Comparison): string {
  return ComparisonOperator[value];
}

/** Unparseable durations pass through as NaN so the payload validator reports them. */
export function seconds(value: Duration | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return parseDuration(value) ?? Number.NaN;
}

export function evaluation(context: SynthContext, alarm: ResolvedAlarm) {
  const defaults = context.config.defaults ?? {};
  const def = alarm.definition as ResolvedAlarm['definition'] & {
    period?: Duration;
    evaluationPeriods?: number;
    datapointsToAlarm?: number;
    treatMissingData?: string;
  };
  const period = seconds(def.period ?? defaults.period, DEFAULT_PERIOD_SECONDS);
  const evaluationPeriods = def.evaluationPeriods ?? defaults.evaluationPeriods ?? DEFAULT_EVALUATION_PERIODS;
  return {
    Period: period,
    EvaluationPeriods: evaluationPeriods,
    DatapointsToAlarm: def.datapointsToAlarm ?? defaults.datapointsToAlarm ?? evaluationPeriods,
    TreatMissingData: def.treatMissingData ?? defaults.treatMissingData ?? DEFAULT_TREAT_MISSING_DATA,
  };
}
