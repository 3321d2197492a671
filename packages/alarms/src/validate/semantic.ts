import { CLOUDFRONT_REGION } from '../constants.js';
import type { ValidationIssue } from '../errors.js';
import { ruleReferences } from '../rule/render.js';
import { fillPlaceholders, PLACEHOLDER, type ResolvedAlarm, resolveStage, stageVars } from '../synth/resolve.js';
import type { AlarmDefinition, AlarmsConfig } from '../types/config.js';
import { closest } from './suggest.js';

function unknownAlarm(path: string, id: string, ids: string[], what: string): ValidationIssue {
  const suggestion = closest(id, ids);
  return {
    path,
    message: `${what} '${id}', which is not an alarm in this config`,
    hint: suggestion ? `Did you mean '${suggestion}'?` : `Known alarms: ${ids.slice(0, 10).join(', ')}.`,
  };
}

function referencesOf(definition: AlarmDefinition): string[] {
  if (definition.kind !== 'composite') return [];
  return [
    ...ruleReferences(definition.rule),
    ...(definition.actionsSuppressor ? [definition.actionsSuppressor.alarm] : []),
  ];
}

function checkReferences(config: AlarmsConfig, issues: ValidationIssue[]): void {
  const ids = Object.keys(config.alarms);
  for (const [id, definition] of Object.entries(config.alarms)) {
    if (definition.kind !== 'composite') continue;
    for (const ref of ruleReferences(definition.rule)) {
      if (ref === id) issues.push({ path: `alarms.${id}.rule`, message: 'a composite alarm cannot refer to itself' });
      else if (!(ref in config.alarms)) issues.push(unknownAlarm(`alarms.${id}.rule`, ref, ids, 'refers to'));
    }
    const suppressor = definition.actionsSuppressor?.alarm;
    if (suppressor !== undefined && !(suppressor in config.alarms))
      issues.push(unknownAlarm(`alarms.${id}.actionsSuppressor.alarm`, suppressor, ids, 'is suppressed by'));
  }
}

/** Depth-first search for a cycle through composite references; reports each cycle once. */
function checkCycles(config: AlarmsConfig, issues: ValidationIssue[]): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      issues.push({
        path: `alarms.${id}.rule`,
        message: `composite alarms form a cycle: ${cycle.join(' → ')}`,
        hint: 'A composite may only refer to alarms that do not, directly or not, refer back to it.',
      });
      return;
    }
    const definition = config.alarms[id];
    if (!definition) return;
    state.set(id, 'visiting');
    for (const ref of referencesOf(definition)) if (ref !== id) visit(ref, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of Object.keys(config.alarms)) visit(id, []);
}

function checkSeverities(config: AlarmsConfig, issues: ValidationIssue[]): void {
  const hint = (severity: string) =>
    `Add 'severities.${severity}' with its actions ({} routes it nowhere), or use a routed severity.`;
  for (const [id, definition] of Object.entries(config.alarms)) {
    if (!(definition.severity in config.severities) && !definition.actions)
      issues.push({
        path: `alarms.${id}.severity`,
        message: `severity ${definition.severity} has no routing`,
        hint: hint(definition.severity),
      });
  }
  for (const [stage, stageConfig] of Object.entries(config.stages)) {
    for (const [id, override] of Object.entries(stageConfig.overrides ?? {})) {
      if (!(id in config.alarms))
        issues.push(unknownAlarm(`stages.${stage}.overrides.${id}`, id, Object.keys(config.alarms), 'overrides'));
      if (override.severity && !(override.severity in config.severities) && !override.actions)
        issues.push({
          path: `stages.${stage}.overrides.${id}.severity`,
          message: `severity ${override.severity} has no routing`,
          hint: hint(override.severity),
        });
    }
  }
}

function isCloudFront(definition: AlarmDefinition): boolean {
  switch (definition.kind) {
    case 'metric':
      return definition.namespace === 'AWS/CloudFront';
    case 'anomaly':
      return definition.metric.namespace === 'AWS/CloudFront';
    case 'math':
      return Object.values(definition.metrics).some(
        (input) => 'namespace' in input && input.namespace === 'AWS/CloudFront',
      );
    default:
      return false;
  }
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** A `{name}` left after filling means a typo or a var the stage forgot, which would alarm on nothing. */
function checkPlaceholders(config: AlarmsConfig, stage: string, alarm: ResolvedAlarm, issues: ValidationIssue[]): void {
  const { description: _description, runbook: _runbook, ...definition } = alarm.definition;
  const filled = fillPlaceholders(
    { definition, route: alarm.route },
    { ...stageVars(config, stage), region: 'region' },
  );
  const unknown = new Set<string>();
  for (const text of strings(filled)) for (const match of text.matchAll(PLACEHOLDER)) unknown.add(match[0]);
  for (const name of unknown)
    issues.push({
      path: `alarms.${alarm.id}`,
      message: `placeholder ${name} has no value in stage ${stage}`,
      hint: `Define it in stages.${stage}.vars, or use {stack}, {stage} or {region}.`,
    });
}

/** Rules that depend on what one stage resolves to: regions, placeholders and disabled children. */
function checkStage(config: AlarmsConfig, stage: string, issues: ValidationIssue[]): void {
  const resolved = resolveStage(config, stage);
  const regionsById = new Map(resolved.map((alarm) => [alarm.id, alarm.regions]));
  for (const alarm of resolved) {
    checkPlaceholders(config, stage, alarm, issues);
    const regionPath = alarm.overriddenPaths.region ?? `alarms.${alarm.id}.region`;
    if (isCloudFront(alarm.definition) && alarm.regions.some((region) => region !== CLOUDFRONT_REGION))
      issues.push({
        path: regionPath,
        message: `CloudFront metrics exist only in ${CLOUDFRONT_REGION}, but this alarm would be created in ${alarm.regions.join(', ')}`,
        hint: `Set region: '${CLOUDFRONT_REGION}' on the alarm (the presets do).`,
      });
    for (const ref of referencesOf(alarm.definition)) {
      if (!(ref in config.alarms) || ref === alarm.id) continue;
      const childRegions = regionsById.get(ref);
      if (!childRegions) {
        issues.push({
          path: `stages.${stage}.overrides.${ref}.enabled`,
          message: `alarm '${ref}' is disabled in stage ${stage}, but composite '${alarm.id}' refers to it`,
          hint: `Disable '${alarm.id}' in this stage too, or keep '${ref}' enabled.`,
        });
        continue;
      }
      const missing = alarm.regions.filter((region) => !childRegions.includes(region));
      if (missing.length > 0)
        issues.push({
          path: `alarms.${alarm.id}.rule`,
          message: `composite '${alarm.id}' is created in ${missing.join(', ')}, where '${ref}' does not exist`,
          hint: 'A composite alarm and the alarms in its rule must live in the same region.',
        });
    }
  }
}

/** Two filters publishing the same metric would add up each other's matches. */
function checkLogMetricTargets(config: AlarmsConfig, issues: ValidationIssue[]): void {
  const seen = new Map<string, string>();
  for (const [id, definition] of Object.entries(config.alarms)) {
    if (definition.kind !== 'logMetric' || definition.metricName === undefined) continue;
    const key = `${definition.metricNamespace ?? config.defaults?.logMetricNamespace ?? ''}/${definition.metricName}`;
    const other = seen.get(key);
    if (other)
      issues.push({
        path: `alarms.${id}.metricName`,
        message: `metric ${key} is already published by '${other}'`,
        hint: 'Leave metricName out: it defaults to the alarm name, unique per stage.',
      });
    else seen.set(key, id);
  }
}

/**
 * Checks that need the whole config: references, cycles, routing, overrides,
 * regions. Runs after the schema passed, on the stages given.
 *
 * @example
 * ```ts
 * semanticIssues(config, ['staging', 'prod']); // [{ path: 'alarms.svc.rule', message: … }]
 * ```
 */
export function semanticIssues(config: AlarmsConfig, stages: string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkReferences(config, issues);
  checkCycles(config, issues);
  checkSeverities(config, issues);
  checkLogMetricTargets(config, issues);
  for (const stage of stages) checkStage(config, stage, issues);
  return issues;
}
