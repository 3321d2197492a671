import type {
  AlarmChange,
  ApplyResult,
  FieldChange,
  MetricFilterChange,
  Plan,
  RegionPlan,
  TagChange,
} from './types.js';

export interface FormatOptions {
  /** ANSI colours (off for `NO_COLOR`, pipes and CI logs). */
  color?: boolean;
}

const MAX_VALUE_CHARS = 200;
const ANSI = { green: 32, yellow: 33, red: 31, dim: 2, bold: 1 } as const;

type Paint = (text: string, style: keyof typeof ANSI) => string;

const painter =
  (color: boolean): Paint =>
  (text, style) =>
    color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;

/** A value as the plan prints it: `(none)` for absent, JSON otherwise, cut at 200 characters. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS - 1)}…` : json;
}

const fieldLines = (changes: FieldChange[]): string[] =>
  changes.map((c) => `      ${c.field}: ${formatValue(c.from)} → ${formatValue(c.to)}`);

function tagLine(tags: TagChange): string[] {
  const parts = [...Object.entries(tags.set).map(([k, v]) => `${k}=${v}`), ...tags.remove.map((k) => `-${k}`)];
  return parts.length > 0 ? [`      tags: ${parts.join(', ')}`] : [];
}

const symbol = { create: '+', update: '~', delete: '-' } as const;
const style = { create: 'green', update: 'yellow', delete: 'red' } as const;

function alarmLines(change: AlarmChange, paint: Paint): string[] {
  const head = paint(`  ${symbol[change.action]} ${change.action}`, style[change.action]);
  const lines = [`${head} ${change.name} (${change.kind} alarm)`];
  if (change.action === 'update') lines.push(...fieldLines(change.changes), ...tagLine(change.tags));
  return lines;
}

function filterLines(change: MetricFilterChange, paint: Paint): string[] {
  const head = paint(`  ${symbol[change.action]} ${change.action}`, style[change.action]);
  const lines = [`${head} ${change.name} (metric filter in ${change.logGroupName})`];
  if (change.action === 'update') lines.push(...fieldLines(change.changes));
  return lines;
}

function regionLines(region: RegionPlan, plan: Plan, paint: Paint): string[] {
  const lines = [paint(`Region ${region.region}`, 'bold')];
  for (const change of region.alarms) lines.push(...alarmLines(change, paint));
  for (const change of region.metricFilters) lines.push(...filterLines(change, paint));
  for (const c of region.conflicts) lines.push(paint(`  ! conflict ${c.name}: ${c.reason}`, 'red'));
  for (const group of region.missingLogGroups) {
    lines.push(
      paint(`  ! log group ${group} does not exist (sync fails its filters unless --create-log-groups)`, 'red'),
    );
  }
  if (region.orphans.length > 0) {
    const what = plan.mode === 'sync' ? 'not in the config, kept (--prune deletes them)' : 'kept';
    lines.push(paint(`  · ${region.orphans.length} owned ${what}: ${region.orphans.join(', ')}`, 'dim'));
  }
  if (region.unmanaged.length > 0) {
    const names = region.unmanaged.join(', ');
    lines.push(paint(`  · ${region.unmanaged.length} with the prefix but not owned, never touched: ${names}`, 'dim'));
  }
  lines.push(paint(`  ${region.unchanged} unchanged`, 'dim'));
  return lines;
}

/**
 * The plan as people read it: per region `+ create`, `~ update` with each
 * changed field `old → new`, `- delete`, conflicts, then the summary line
 * `Plan: 3 to create, 1 to update, 0 to delete.`
 *
 * @example
 * ```ts
 * process.stdout.write(formatPlan(plan, { color: process.stdout.isTTY }));
 * ```
 */
export function formatPlan(plan: Plan, options: FormatOptions = {}): string {
  const paint = painter(options.color === true);
  const lines = [`${plan.mode === 'destroy' ? 'Destroy' : 'Sync'} plan for stack ${plan.stack}, stage ${plan.stage}`];
  for (const region of plan.regions) lines.push('', ...regionLines(region, plan, paint));
  const { create, update, delete: deletes, conflicts } = plan.summary;
  lines.push('', paint(`Plan: ${create} to create, ${update} to update, ${deletes} to delete.`, 'bold'));
  if (conflicts > 0)
    lines.push(
      paint(
        `${conflicts} conflict${conflicts === 1 ? '' : 's'}: names taken by alarms this stack does not own.`,
        'red',
      ),
    );
  return `${lines.join('\n')}\n`;
}

/**
 * Every failed write with its AWS error, then a one-line tally.
 *
 * @example
 * ```ts
 * process.stderr.write(formatApplyResult(result));
 * ```
 */
export function formatApplyResult(result: ApplyResult, options: FormatOptions = {}): string {
  const paint = painter(options.color === true);
  const lines = result.failed.map((f) => {
    const hint = f.error?.quota
      ? ' (a service quota, not throttling: raise it in Service Quotas or remove alarms)'
      : '';
    return paint(`✗ ${f.region} ${f.action} ${f.name}: ${f.error?.name}: ${f.error?.message}${hint}`, 'red');
  });
  const ok = result.results.length - result.failed.length;
  lines.push(`Applied: ${ok} succeeded, ${result.failed.length} failed.`);
  return `${lines.join('\n')}\n`;
}
