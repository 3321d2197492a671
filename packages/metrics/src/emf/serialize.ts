import { MAX_METRICS_PER_DOCUMENT, MAX_VALUES_PER_METRIC, MetricResolution } from '../constants.js';
import type { MetricResolutionValue, MetricUnitValue } from '../types.js';

/** A validated metric definition with its JSON fragments computed once and reused across flushes. */
export interface MetricDefinition {
  name: string;
  unit: MetricUnitValue;
  resolution: MetricResolutionValue;
  /** `{"Name":"Latency","Unit":"Milliseconds"}` */
  directive: string;
  /** `,"Latency":` */
  member: string;
}

export interface MetricEntry {
  definition: MetricDefinition;
  values: number[];
}

export function defineMetric(name: string, unit: MetricUnitValue, resolution: MetricResolutionValue): MetricDefinition {
  const nameJson = JSON.stringify(name);
  const storage = resolution === MetricResolution.High ? ',"StorageResolution":1' : '';
  return {
    name,
    unit,
    resolution,
    directive: `{"Name":${nameJson},"Unit":${JSON.stringify(unit)}${storage}}`,
    member: `,${nameJson}:`,
  };
}

function document(head: string, tail: string, entries: MetricEntry[], from: number, to: number, round: number): string {
  let directives = '';
  let members = '';
  const start = round * MAX_VALUES_PER_METRIC;
  for (let i = from; i < to; i++) {
    const entry = entries[i]!;
    const values =
      round === 0 && entry.values.length <= MAX_VALUES_PER_METRIC
        ? entry.values
        : entry.values.slice(start, start + MAX_VALUES_PER_METRIC);
    directives += i === from ? entry.definition.directive : `,${entry.definition.directive}`;
    // Array#join and String() print numbers exactly as JSON.stringify does.
    members += entry.definition.member + (values.length === 1 ? String(values[0]) : `[${values.join(',')}]`);
  }
  return `${head}${directives}]}]}${tail}${members}}`;
}

/**
 * Turns buffered metrics into EMF documents, splitting at 100 metrics per
 * document and 100 values per metric: the k-th document of a metric holds
 * values 100k..100k+99, alongside the other metrics that still have values
 * left. Each document repeats the dimensions and metadata, so each is
 * valid on its own.
 *
 * @example
 * ```ts
 * const head = '{"_aws":{"Timestamp":1,"CloudWatchMetrics":[{"Namespace":"App","Dimensions":[["service"]],"Metrics":[';
 * serializeDocuments(head, ',"service":"api"', entries, (line) => lines.push(line));
 * ```
 */
export function serializeDocuments(
  head: string,
  tail: string,
  entries: MetricEntry[],
  output: (line: string) => void,
): void {
  let active = entries;
  let round = 0;
  while (active.length > 0) {
    for (let from = 0; from < active.length; from += MAX_METRICS_PER_DOCUMENT) {
      output(document(head, tail, active, from, Math.min(from + MAX_METRICS_PER_DOCUMENT, active.length), round));
    }
    round++;
    const remaining = round * MAX_VALUES_PER_METRIC;
    active = active.filter((entry) => entry.values.length > remaining);
  }
}

/** The part of an EMF line before the metric directives. */
export function documentHead(timestamp: number, namespaceJson: string, dimensionKeys: string): string {
  return `{"_aws":{"Timestamp":${timestamp},"CloudWatchMetrics":[{"Namespace":${namespaceJson},"Dimensions":[[${dimensionKeys}]],"Metrics":[`;
}
