import {
  MAX_DIMENSION_NAME_LENGTH,
  MAX_DIMENSION_VALUE_LENGTH,
  MAX_METRIC_NAME_LENGTH,
  MAX_TIMESTAMP_FUTURE_MS,
  MAX_TIMESTAMP_PAST_MS,
  MAX_VALUE_MAGNITUDE,
  MetricResolution,
  MetricUnit,
  MIN_VALUE_MAGNITUDE,
} from './constants.js';
import type { MetricResolutionValue, MetricUnitValue } from './types.js';

const units: ReadonlySet<string> = new Set(Object.values(MetricUnit));

export function isValidUnit(unit: unknown): unit is MetricUnitValue {
  return typeof unit === 'string' && units.has(unit);
}

export function isValidResolution(resolution: unknown): resolution is MetricResolutionValue {
  return resolution === MetricResolution.Standard || resolution === MetricResolution.High;
}

/** Finite and inside the magnitude range CloudWatch stores; anything else would be rejected server-side. */
export function isValidValue(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const magnitude = Math.abs(value);
  return magnitude === 0 || (magnitude <= MAX_VALUE_MAGNITUDE && magnitude >= MIN_VALUE_MAGNITUDE);
}

function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}

export function isValidMetricName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= MAX_METRIC_NAME_LENGTH && hasNonSpace(name);
}

/** CloudWatch: printable ASCII, at least one non-space, not starting with `:`. */
export function isValidDimensionName(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_DIMENSION_NAME_LENGTH) return false;
  if (name.charCodeAt(0) === 0x3a) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return hasNonSpace(name);
}

export function isValidDimensionValue(value: string): boolean {
  return value.length <= MAX_DIMENSION_VALUE_LENGTH && hasNonSpace(value);
}

/** Dimension values are strings; numbers and booleans have an obvious string form, anything else is refused. */
export function dimensionValueToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Milliseconds since epoch when `timestamp` is inside CloudWatch's accepted window at `now`, else undefined. */
export function acceptedTimestamp(timestamp: unknown, now: number): number | undefined {
  let ms: number;
  if (timestamp instanceof Date) ms = timestamp.getTime();
  else if (typeof timestamp === 'number') ms = timestamp;
  else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  if (ms < now - MAX_TIMESTAMP_PAST_MS || ms > now + MAX_TIMESTAMP_FUTURE_MS) return undefined;
  return Math.trunc(ms);
}
