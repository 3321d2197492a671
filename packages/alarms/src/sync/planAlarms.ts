import type {
  CompositeAlarm,
  MetricAlarm,
  PutCompositeAlarmInput,
  PutMetricAlarmInput,
  Tag,
} from '@aws-sdk/client-cloudwatch';
import type { Ownership } from '../types/synth.js';
import type { ExistingAlarms } from './describeAllAlarms.js';
import { diffFields, diffTags, hasTagChanges, stableStringify } from './diff.js';
import type { TagMap } from './listTags.js';
import { type Normalized, normalizeCompositeAlarm, normalizeMetricAlarm } from './normalize.js';
import { childrenFirst } from './order.js';
import type { AlarmChange, AlarmKind, Conflict } from './types.js';

interface Existing {
  kind: AlarmKind;
  arn: string;
  normalized: Normalized;
  rule: string;
}

type Desired =
  | { kind: 'metric'; name: string; input: PutMetricAlarmInput; normalized: Normalized }
  | { kind: 'composite'; name: string; input: PutCompositeAlarmInput; normalized: Normalized };

/** A desired alarm that exists but must have its ownership proven by its tags before anything is written. */
export interface ToCheck {
  desired: Desired;
  existing: Existing;
  /** The definition differs (as opposed to a tags-only refresh). */
  differs: boolean;
}

export interface Matched {
  changes: AlarmChange[];
  conflicts: Conflict[];
  toCheck: ToCheck[];
  /** Existing alarms with the prefix that the config does not define, by name. */
  extras: Map<string, Existing>;
  unchanged: number;
}

const tagMap = (tags: Tag[] | undefined): TagMap => {
  const map: TagMap = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
};

function indexExisting(existing: ExistingAlarms): Map<string, Existing> {
  const byName = new Map<string, Existing>();
  for (const a of existing.metricAlarms as MetricAlarm[]) {
    byName.set(a.AlarmName ?? '', {
      kind: 'metric',
      arn: a.AlarmArn ?? '',
      normalized: normalizeMetricAlarm(a),
      rule: '',
    });
  }
  for (const a of existing.compositeAlarms as CompositeAlarm[]) {
    byName.set(a.AlarmName ?? '', {
      kind: 'composite',
      arn: a.AlarmArn ?? '',
      normalized: normalizeCompositeAlarm(a),
      rule: a.AlarmRule ?? '',
    });
  }
  return byName;
}

/**
 * First pass, without tags: new names are creates, identical definitions are
 * unchanged (unless `refreshTags`), everything else waits for its tags.
 *
 * @example
 * ```ts
 * const matched = matchAlarms(region.metricAlarms, region.compositeAlarms, existing, false);
 * ```
 */
export function matchAlarms(
  metricAlarms: PutMetricAlarmInput[],
  compositeAlarms: PutCompositeAlarmInput[],
  existing: ExistingAlarms,
  refreshTags: boolean,
  excludePrefixes: string[] = [],
): Matched {
  const extras = indexExisting(existing);
  const desired: Desired[] = [
    ...metricAlarms.map((input) => ({
      kind: 'metric' as const,
      name: input.AlarmName ?? '',
      input,
      normalized: normalizeMetricAlarm(input),
    })),
    ...compositeAlarms.map((input) => ({
      kind: 'composite' as const,
      name: input.AlarmName ?? '',
      input,
      normalized: normalizeCompositeAlarm(input),
    })),
  ];
  const matched: Matched = { changes: [], conflicts: [], toCheck: [], extras, unchanged: 0 };
  for (const d of desired) {
    const found = extras.get(d.name);
    extras.delete(d.name);
    if (!found) {
      matched.changes.push(
        d.kind === 'metric'
          ? { action: 'create', kind: 'metric', name: d.name, input: d.input }
          : { action: 'create', kind: 'composite', name: d.name, input: d.input },
      );
      continue;
    }
    if (found.kind !== d.kind) {
      matched.conflicts.push({
        name: d.name,
        reason: `exists as a ${found.kind} alarm but is defined as a ${d.kind} alarm; delete it or rename the definition`,
      });
      continue;
    }
    const differs = stableStringify(found.normalized) !== stableStringify(d.normalized);
    if (differs || refreshTags) matched.toCheck.push({ desired: d, existing: found, differs });
    else matched.unchanged += 1;
  }
  for (const name of extras.keys()) if (excludePrefixes.some((p) => name.startsWith(p))) extras.delete(name);
  return matched;
}

const owns = (tags: TagMap | undefined, ownership: Ownership): boolean =>
  tags !== undefined && tags[ownership.tagKey] === ownership.tagValue;

export interface Resolved {
  changes: AlarmChange[];
  conflicts: Conflict[];
  orphans: string[];
  unmanaged: string[];
  unchanged: number;
}

/**
 * Second pass, with the tags read: owned alarms get their updates (fields and
 * tags) and, with `prune`, their deletes; anything not owned is a conflict
 * (when the config wants its name) or unmanaged, and is never written.
 *
 * @example
 * ```ts
 * const resolved = resolveAlarms(matched, tags, stage.ownership, { prune: true, destroy: false });
 * ```
 */
export function resolveAlarms(
  matched: Matched,
  tags: Map<string, TagMap>,
  ownership: Ownership,
  mode: { prune: boolean; destroy: boolean },
): Resolved {
  const resolved: Resolved = {
    changes: [...matched.changes],
    conflicts: [...matched.conflicts],
    orphans: [],
    unmanaged: [],
    unchanged: matched.unchanged,
  };
  for (const { desired, existing, differs } of matched.toCheck) {
    const current = tags.get(existing.arn);
    if (!owns(current, ownership)) {
      resolved.conflicts.push({
        name: desired.name,
        reason: `an alarm with this name exists without the ownership tag ${ownership.tagKey}=${ownership.tagValue}; it is left untouched`,
      });
      continue;
    }
    const tagChange = diffTags(current ?? {}, tagMap(desired.input.Tags));
    if (!differs && !hasTagChanges(tagChange)) {
      resolved.unchanged += 1;
      continue;
    }
    const changes = differs ? diffFields(existing.normalized, desired.normalized) : [];
    const base = { action: 'update' as const, name: desired.name, arn: existing.arn, changes, tags: tagChange };
    resolved.changes.push(
      desired.kind === 'metric'
        ? { ...base, kind: 'metric', input: differs ? { ...desired.input, Tags: undefined } : undefined }
        : { ...base, kind: 'composite', input: differs ? { ...desired.input, Tags: undefined } : undefined },
    );
  }
  const deletable: { name: string; existing: Existing }[] = [];
  for (const [name, existing] of matched.extras) {
    if (!owns(tags.get(existing.arn), ownership)) resolved.unmanaged.push(name);
    else if (mode.prune || mode.destroy) deletable.push({ name, existing });
    else resolved.orphans.push(name);
  }
  const composites = deletable.filter((d) => d.existing.kind === 'composite');
  const parentsFirst = childrenFirst(composites.map((d) => ({ name: d.name, rule: d.existing.rule }))).reverse();
  for (const name of parentsFirst) resolved.changes.push({ action: 'delete', kind: 'composite', name });
  for (const d of deletable)
    if (d.existing.kind === 'metric') resolved.changes.push({ action: 'delete', kind: 'metric', name: d.name });
  resolved.unmanaged.sort();
  resolved.orphans.sort();
  return resolved;
}
