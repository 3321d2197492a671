import { RESERVED_TAG_PREFIX } from './constants.js';
import type { TagMap } from './listTags.js';
import type { Normalized, NormalizedValue } from './normalize.js';
import type { FieldChange, TagChange } from './types.js';

const isRecord = (value: NormalizedValue | undefined): value is Normalized =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON with object keys sorted, so two equal normalized values print the same.
 *
 * @example
 * ```ts
 * stableStringify({ b: 1, a: 2 }); // '{"a":2,"b":1}'
 * ```
 */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Field-level differences between two normalized definitions, as dotted
 * paths (`Threshold`, `Dimensions.FunctionName`, `Metrics.e.MetricStat.Period`).
 *
 * @example
 * ```ts
 * diffFields({ Threshold: 5 }, { Threshold: 10 }); // [{ field: 'Threshold', from: 5, to: 10 }]
 * ```
 */
export function diffFields(current: Normalized, desired: Normalized, path = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(current), ...Object.keys(desired)])].sort();
  for (const key of keys) {
    const from = current[key];
    const to = desired[key];
    const field = path ? `${path}.${key}` : key;
    if (isRecord(from) && isRecord(to)) {
      changes.push(...diffFields(from, to, field));
    } else if (stableStringify(from) !== stableStringify(to)) {
      changes.push({ field, from, to });
    }
  }
  return changes;
}

/**
 * What TagResource / UntagResource must do to make `current` equal `desired`.
 * Keys under `aws:` belong to AWS and are left alone.
 *
 * @example
 * ```ts
 * diffTags({ team: 'a', old: 'x' }, { team: 'b' }); // { set: { team: 'b' }, remove: ['old'] }
 * ```
 */
export function diffTags(current: TagMap, desired: TagMap): TagChange {
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(desired)) if (current[key] !== value) set[key] = value;
  const remove = Object.keys(current)
    .filter((key) => !(key in desired) && !key.startsWith(RESERVED_TAG_PREFIX))
    .sort();
  return { set, remove };
}

export const hasTagChanges = (change: TagChange): boolean =>
  Object.keys(change.set).length > 0 || change.remove.length > 0;
