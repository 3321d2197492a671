import { MetricUnit } from '../../src/constants.js';

/**
 * A validator for the CloudWatch Embedded Metric Format specification,
 * written from the spec (not from our serializer): returns every violation
 * found in one emitted line, so a test can assert `toEqual([])` and see all
 * problems at once.
 */
const UNITS = new Set<string>(Object.values(MetricUnit));
const TWO_WEEKS = 14 * 24 * 3600 * 1000;
const TWO_HOURS = 2 * 3600 * 1000;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkDirective(directive: unknown, root: Json, where: string, errors: string[]): void {
  if (!isObject(directive)) return void errors.push(`${where} is not an object`);
  const { Namespace, Dimensions, Metrics } = directive;
  const allowed = new Set(['Namespace', 'Dimensions', 'Metrics']);
  for (const key of Object.keys(directive)) if (!allowed.has(key)) errors.push(`${where}.${key} is not allowed`);
  if (typeof Namespace !== 'string' || Namespace.length < 1 || Namespace.length > 255) {
    errors.push(`${where}.Namespace must be a 1-255 char string`);
  }
  if (!Array.isArray(Dimensions)) errors.push(`${where}.Dimensions must be an array`);
  else {
    for (const [i, set] of Dimensions.entries()) {
      if (!Array.isArray(set)) {
        errors.push(`${where}.Dimensions[${i}] must be an array`);
        continue;
      }
      if (set.length > 30) errors.push(`${where}.Dimensions[${i}] has ${set.length} > 30 keys`);
      for (const key of set) {
        if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
          errors.push(`${where}.Dimensions[${i}] key ${String(key)} must be a 1-255 char string`);
        } else if (typeof root[key] !== 'string') errors.push(`dimension ${key} must be a string at the root`);
        else if ((root[key] as string).length < 1 || (root[key] as string).length > 1024) {
          errors.push(`dimension ${key} value must be 1-1024 chars`);
        }
      }
    }
  }
  if (!Array.isArray(Metrics)) return void errors.push(`${where}.Metrics must be an array`);
  if (Metrics.length > 100) errors.push(`${where}.Metrics has ${Metrics.length} > 100 metrics`);
  for (const [i, metric] of Metrics.entries()) {
    const at = `${where}.Metrics[${i}]`;
    if (!isObject(metric)) return void errors.push(`${at} is not an object`);
    const { Name, Unit, StorageResolution } = metric;
    if (typeof Name !== 'string' || Name.length < 1 || Name.length > 255) {
      errors.push(`${at}.Name must be 1-255 chars`);
      continue;
    }
    if (Unit !== undefined && (typeof Unit !== 'string' || !UNITS.has(Unit))) errors.push(`${at}.Unit ${Unit} unknown`);
    if (StorageResolution !== undefined && StorageResolution !== 1 && StorageResolution !== 60) {
      errors.push(`${at}.StorageResolution must be 1 or 60`);
    }
    const value = root[Name];
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0 || values.length > 100) errors.push(`${Name} must have 1-100 values`);
    for (const v of values) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        errors.push(`${Name} value ${String(v)} is not a finite number`);
    }
  }
}

export function emfErrors(line: string, now = Date.now()): string[] {
  const errors: string[] = [];
  if (line.includes('\n')) errors.push('a document must be one line');
  let root: unknown;
  try {
    root = JSON.parse(line);
  } catch {
    return ['not valid JSON'];
  }
  if (!isObject(root)) return ['root is not an object'];
  const aws = root._aws;
  if (!isObject(aws)) return ['_aws must be an object'];
  const { Timestamp, CloudWatchMetrics } = aws;
  if (typeof Timestamp !== 'number' || !Number.isInteger(Timestamp))
    errors.push('_aws.Timestamp must be an integer (ms)');
  else if (Timestamp < now - TWO_WEEKS || Timestamp > now + TWO_HOURS) errors.push('_aws.Timestamp outside the window');
  if (!Array.isArray(CloudWatchMetrics) || CloudWatchMetrics.length === 0) {
    errors.push('_aws.CloudWatchMetrics must be a non-empty array');
  } else {
    for (const [i, d] of CloudWatchMetrics.entries()) checkDirective(d, root, `CloudWatchMetrics[${i}]`, errors);
  }
  return errors;
}

/** Parses a line after asserting nothing in it breaks the spec. */
export function parseEmf(line: string): Json & { _aws: { Timestamp: number; CloudWatchMetrics: Json[] } } {
  const errors = emfErrors(line);
  if (errors.length > 0) throw new Error(`invalid EMF: ${errors.join('; ')}\n${line.slice(0, 500)}`);
  return JSON.parse(line);
}

/** Metric names declared in a document's first directive. */
export function metricNames(doc: { _aws: { CloudWatchMetrics: Json[] } }): string[] {
  return (doc._aws.CloudWatchMetrics[0]!.Metrics as Array<{ Name: string }>).map((m) => m.Name);
}
