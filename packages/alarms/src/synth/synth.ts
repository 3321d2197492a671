import { AlarmsValidationError } from '../errors.js';
import type { AlarmsConfig } from '../types/config.js';
import type { SynthesizedStage } from '../types/synth.js';
import { validateConfig } from '../validate/validateConfig.js';
import { buildStage } from './buildStage.js';

/**
 * Renders one stage of a config into the exact PutMetricAlarm,
 * PutCompositeAlarm and PutMetricFilter payloads, grouped by region. Validates
 * first and throws `AlarmsValidationError` listing every problem; nothing it
 * returns breaks CloudWatch's API constraints.
 *
 * @example
 * ```ts
 * const prod = synth(config, { stage: 'prod' });
 * for (const region of prod.regions) console.log(region.region, region.metricAlarms.length);
 * ```
 */
export function synth(config: AlarmsConfig, options: { stage: string }): SynthesizedStage {
  const issues = validateConfig(config, { stages: [options.stage] });
  if (issues.length > 0) throw new AlarmsValidationError(issues);
  return buildStage(config, options.stage).stage;
}
