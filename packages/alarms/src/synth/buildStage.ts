import type { PutCompositeAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { ValidationIssue } from '../errors.js';
import type { AlarmsConfig } from '../types/config.js';
import type { SynthesizedRegion, SynthesizedStage } from '../types/synth.js';
import { validateCompositeAlarmInput } from '../validate/payload/compositeAlarm.js';
import { validateMetricAlarmInput } from '../validate/payload/metricAlarm.js';
import { validateMetricFilterInput } from '../validate/payload/metricFilter.js';
import type { PayloadIssue } from '../validate/payload/types.js';
import { configPathOf } from '../validate/payloadPath.js';
import { ownershipOf, type SynthContext } from './common.js';
import { compositeAlarmInput } from './compositeAlarm.js';
import { metricAlarmInput } from './metricAlarm.js';
import { metricFilterInput } from './metricFilter.js';
import { fillPlaceholders, type ResolvedAlarm, resolveStage, stageVars } from './resolve.js';

/** Composite parents after their children, keeping config order otherwise. */
function childrenFirst(composites: PutCompositeAlarmInput[]): PutCompositeAlarmInput[] {
  const byName = new Map(composites.map((input) => [input.AlarmName!, input]));
  const ordered: PutCompositeAlarmInput[] = [];
  const placed = new Set<string>();
  const place = (input: PutCompositeAlarmInput, depth: number): void => {
    if (placed.has(input.AlarmName!) || depth > composites.length) return;
    for (const name of byName.keys()) {
      const referenced = input.AlarmRule?.includes(`("${name}")`) || input.ActionsSuppressor === name;
      if (name !== input.AlarmName && referenced) place(byName.get(name)!, depth + 1);
    }
    placed.add(input.AlarmName!);
    ordered.push(input);
  };
  for (const input of composites) place(input, 0);
  return ordered;
}

/** The synthesized stage plus every API-level problem, mapped back to config paths. */
export interface BuiltStage {
  stage: SynthesizedStage;
  issues: ValidationIssue[];
}

/**
 * Renders one stage into payloads and checks each against CloudWatch's API
 * constraints. Does not throw: `synth` decides what to do with the issues.
 *
 * @example
 * ```ts
 * const { stage, issues } = buildStage(config, 'prod');
 * ```
 */
export function buildStage(config: AlarmsConfig, stageName: string): BuiltStage {
  const ownership = ownershipOf(config.stack, stageName);
  const stageRouting = config.stages[stageName]?.severities ?? {};
  const issues: ValidationIssue[] = [];
  const regions = new Map<string, SynthesizedRegion>();
  const report = (alarm: ResolvedAlarm, found: PayloadIssue[]) => {
    for (const issue of found) {
      const stageRouted = alarm.definition.severity in stageRouting;
      issues.push({
        path: configPathOf(alarm, stageName, stageRouted, issue.field),
        message: issue.message,
        ...(issue.hint ? { hint: issue.hint } : {}),
      });
    }
  };
  for (const resolved of resolveStage(config, stageName)) {
    for (const region of resolved.regions) {
      const alarm = fillPlaceholders(resolved, { ...stageVars(config, stageName), region });
      const context: SynthContext = { config, stage: stageName, region, ownership };
      let target = regions.get(region);
      if (!target) {
        target = { region, metricAlarms: [], compositeAlarms: [], metricFilters: [] };
        regions.set(region, target);
      }
      const filter = metricFilterInput(context, alarm);
      if (filter) {
        report(alarm, validateMetricFilterInput(filter));
        target.metricFilters.push(filter);
      }
      const metric = metricAlarmInput(context, alarm);
      if (metric) {
        report(alarm, validateMetricAlarmInput(metric, { region }));
        target.metricAlarms.push(metric);
      }
      const composite = compositeAlarmInput(context, alarm);
      if (composite) {
        report(alarm, validateCompositeAlarmInput(composite, { region }));
        target.compositeAlarms.push(composite);
      }
    }
  }
  for (const region of regions.values()) region.compositeAlarms = childrenFirst(region.compositeAlarms);
  return {
    stage: { stack: config.stack, stage: stageName, ownership, regions: [...regions.values()] },
    issues,
  };
}
