/**
 * A check of Embedded Metric Format documents against the specification
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
 * returns the problems found, empty when the document is valid.
 */

const MAX_METRICS = 100;
const MAX_DIMENSIONS = 30;
const MAX_VALUES = 100;
const TWO_WEEKS_MS = 14 * 24 * 3600 * 1000;
const TWO_HOURS_MS = 2 * 3600 * 1000;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function emfProblems(doc: Json, now = Date.now()): string[] {
  const problems: string[] = [];
  const aws = doc._aws;
  if (!isObject(aws)) return ['_aws is not an object'];
  const timestamp = aws.Timestamp;
  if (typeof timestamp !== 'number' || !Number.isInteger(timestamp)) problems.push('_aws.Timestamp is not an integer');
  else if (timestamp < now - TWO_WEEKS_MS || timestamp > now + TWO_HOURS_MS)
    problems.push('_aws.Timestamp out of window');
  const directives = aws.CloudWatchMetrics;
  if (!Array.isArray(directives) || directives.length === 0) return [...problems, 'CloudWatchMetrics is empty'];
  for (const directive of directives) {
    if (!isObject(directive)) {
      problems.push('directive is not an object');
      continue;
    }
    if (typeof directive.Namespace !== 'string' || directive.Namespace === '') problems.push('Namespace missing');
    const dimensionSets = directive.Dimensions;
    if (!Array.isArray(dimensionSets)) problems.push('Dimensions is not an array');
    for (const set of Array.isArray(dimensionSets) ? dimensionSets : []) {
      if (!Array.isArray(set) || set.length > MAX_DIMENSIONS) problems.push('dimension set invalid');
      for (const key of Array.isArray(set) ? set : []) {
        if (typeof doc[key] !== 'string') problems.push(`dimension ${String(key)} is not a string at the root`);
      }
    }
    const metrics = directive.Metrics;
    if (!Array.isArray(metrics) || metrics.length === 0 || metrics.length > MAX_METRICS) {
      problems.push('Metrics missing or over 100');
      continue;
    }
    for (const metric of metrics) {
      if (!isObject(metric) || typeof metric.Name !== 'string') {
        problems.push('metric without Name');
        continue;
      }
      if (metric.Unit !== undefined && typeof metric.Unit !== 'string')
        problems.push(`${metric.Name}: Unit not a string`);
      if (metric.StorageResolution !== undefined && metric.StorageResolution !== 1 && metric.StorageResolution !== 60) {
        problems.push(`${metric.Name}: StorageResolution not 1 or 60`);
      }
      const value = doc[metric.Name];
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.length > MAX_VALUES) problems.push(`${metric.Name}: 1–100 values expected`);
      if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        problems.push(`${metric.Name}: value is not a finite number`);
      }
    }
  }
  return problems;
}

/** The metric names a document declares. */
export function metricNames(doc: Json): string[] {
  const aws = doc._aws as { CloudWatchMetrics?: { Metrics?: { Name: string }[] }[] } | undefined;
  return (aws?.CloudWatchMetrics ?? []).flatMap((d) => (d.Metrics ?? []).map((m) => m.Name));
}
