import type { Duration, Severity, SeverityRoute } from '../types/config.js';

/** What every preset lets you change; anything else is the preset's reasoning, documented on it. */
export interface PresetOptions {
  severity?: Severity;
  threshold?: number;
  period?: Duration;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  description?: string;
  runbook?: string;
  tags?: Record<string, string>;
  region?: string;
  actions?: SeverityRoute;
  actionsEnabled?: boolean;
}

/** The common fields a preset passes through, without `undefined` keys (they would show up in diffs and JSON). */
export function common(options: PresetOptions, severity: Severity, description: string) {
  const picked: Record<string, unknown> = {
    severity: options.severity ?? severity,
    description: options.description ?? description,
  };
  for (const key of ['runbook', 'tags', 'region', 'actions', 'actionsEnabled'] as const) {
    if (options[key] !== undefined) picked[key] = options[key];
  }
  return picked as {
    severity: Severity;
    description: string;
    runbook?: string;
    tags?: Record<string, string>;
    region?: string;
    actions?: SeverityRoute;
    actionsEnabled?: boolean;
  };
}

/** Evaluation fields: the preset's defaults unless the caller gave their own. */
export function evaluationWindow(
  options: PresetOptions,
  defaults: { period: Duration; evaluationPeriods: number; datapointsToAlarm?: number },
) {
  const evaluationPeriods = options.evaluationPeriods ?? defaults.evaluationPeriods;
  return {
    period: options.period ?? defaults.period,
    evaluationPeriods,
    datapointsToAlarm:
      options.datapointsToAlarm ?? Math.min(defaults.datapointsToAlarm ?? evaluationPeriods, evaluationPeriods),
  };
}
