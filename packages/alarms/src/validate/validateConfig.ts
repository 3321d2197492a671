import type { ValidationIssue } from '../errors.js';
import { buildStage } from '../synth/buildStage.js';
import type { AlarmsConfig } from '../types/config.js';
import { configSchema } from './schema.js';
import { semanticIssues } from './semantic.js';
import { fromZodIssues } from './zodIssues.js';

export interface ValidateOptions {
  /** Stages to check; all of the config's stages when absent. */
  stages?: string[];
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every problem in a config at once: its shape, its references, and every
 * payload it would send to CloudWatch, for each stage asked for. Returns an
 * empty array when the config is valid; never throws and never calls AWS.
 *
 * @example
 * ```ts
 * const issues = validateConfig(config);
 * for (const { path, message, hint } of issues) console.error(`${path}: ${message}`, hint ?? '');
 * ```
 */
export function validateConfig(config: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  try {
    return collect(config, options);
  } catch (error) {
    // A config is user code: a throwing getter, a Proxy or a self-referencing rule must become an issue, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        path: '(config)',
        message: `the config cannot be read: ${reason}`,
        hint: 'Export plain data: no getters that throw, no proxies, no rule that contains itself.',
      },
    ];
  }
}

function collect(config: unknown, options: ValidateOptions): ValidationIssue[] {
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) return dedupe(fromZodIssues(parsed.error.issues));
  const valid = config as AlarmsConfig;
  const known = Object.keys(valid.stages);
  const stages = options.stages ?? known;
  const issues: ValidationIssue[] = [];
  for (const stage of stages) {
    if (!known.includes(stage))
      issues.push({
        path: `stages.${stage}`,
        message: `stage '${stage}' is not defined`,
        hint: `Defined stages: ${known.join(', ')}.`,
      });
  }
  const existing = stages.filter((stage) => known.includes(stage));
  issues.push(...semanticIssues(valid, existing));
  for (const stage of existing) issues.push(...buildStage(valid, stage).issues);
  return dedupe(issues);
}
