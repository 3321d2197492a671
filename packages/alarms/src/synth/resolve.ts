import { DEFAULT_REGION } from '../constants.js';
import type { AlarmDefinition, AlarmOverride, AlarmsConfig, SeverityRoute } from '../types/config.js';

/** One alarm as a stage sees it: overrides applied, placeholders filled, routing picked. */
export interface ResolvedAlarm {
  id: string;
  definition: AlarmDefinition;
  regions: string[];
  route: SeverityRoute;
  actionsEnabled: boolean;
  tags: Record<string, string>;
  /** Config path of each field a stage override set, so issues point at the override. */
  overriddenPaths: Record<string, string>;
}

/** `{name}` placeholders; JSON filter patterns (`{ $.x = 1 }`) never match, they contain spaces or `$`. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Values placeholders take: `stack`, `stage`, `region` and the stage's `vars`. */
export type PlaceholderVars = Record<string, string | undefined>;

/**
 * Replaces `{stack}`, `{stage}`, `{region}` and the stage's `{vars}` in every
 * string of a value. Unknown placeholders stay as they are (validation reports them).
 *
 * @example
 * ```ts
 * fillPlaceholders('/aws/lambda/shop-{stage}-users', { stack: 'shop', stage: 'prod' }); // '/aws/lambda/shop-prod-users'
 * ```
 */
export function fillPlaceholders<T>(value: T, vars: PlaceholderVars): T {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, key: string) =>
      Object.hasOwn(vars, key) ? (vars[key] ?? whole) : whole,
    ) as T;
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, vars)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = fillPlaceholders(item, vars);
    return out as T;
  }
  return value;
}

/**
 * The placeholder values of one stage, without `region` (filled per region at synth).
 *
 * @example
 * ```ts
 * stageVars(config, 'prod'); // { apiId: 'x9y8z7', stack: 'valine', stage: 'prod' }
 * ```
 */
export function stageVars(config: AlarmsConfig, stage: string): PlaceholderVars {
  return { ...config.stages[stage]?.vars, stack: config.stack, stage };
}

const OVERRIDABLE = [
  'threshold',
  'severity',
  'period',
  'evaluationPeriods',
  'datapointsToAlarm',
  'treatMissingData',
  'region',
  'actionsEnabled',
  'actions',
] as const;

function applyOverride(definition: AlarmDefinition, override: AlarmOverride | undefined): AlarmDefinition {
  if (!override) return definition;
  const merged: Record<string, unknown> = { ...definition };
  for (const key of OVERRIDABLE) {
    if (override[key] !== undefined) merged[key] = override[key];
  }
  return merged as unknown as AlarmDefinition;
}

/**
 * The alarms one stage synthesizes, in config order, with stage overrides,
 * routing and tags resolved. Disabled alarms are left out. Assumes the config
 * passed schema validation.
 *
 * @example
 * ```ts
 * const alarms = resolveStage(config, 'prod');
 * alarms.map((a) => a.id);
 * ```
 */
export function resolveStage(config: AlarmsConfig, stage: string): ResolvedAlarm[] {
  const stageConfig = config.stages[stage] ?? {};
  const stageRegions = stageConfig.regions ?? [config.defaults?.region ?? DEFAULT_REGION];
  const vars = stageVars(config, stage);
  const resolved: ResolvedAlarm[] = [];
  for (const [id, raw] of Object.entries(config.alarms)) {
    const override = stageConfig.overrides?.[id];
    if ((override?.enabled ?? raw.enabled) === false) continue;
    const definition = fillPlaceholders(applyOverride(raw, override), vars);
    const overriddenPaths: Record<string, string> = {};
    for (const key of Object.keys(override ?? {})) overriddenPaths[key] = `stages.${stage}.overrides.${id}.${key}`;
    resolved.push({
      id,
      definition,
      regions: definition.region ? [definition.region] : stageRegions,
      route:
        definition.actions ??
        stageConfig.severities?.[definition.severity] ??
        config.severities[definition.severity] ??
        {},
      actionsEnabled: definition.actionsEnabled ?? stageConfig.actionsEnabled ?? true,
      tags: { ...config.tags, ...stageConfig.tags, ...definition.tags, ...override?.tags },
      overriddenPaths,
    });
  }
  return resolved;
}
