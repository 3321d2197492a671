import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { MAX_DATUMS_PER_REQUEST, MAX_REQUEST_BYTES } from '../constants.js';
import type { Datum } from './buffer.js';

/** Namespace, action and JSON punctuation around the datums; generous so the estimate errs on the safe side. */
const REQUEST_OVERHEAD_BYTES = 1024;

export interface Batch {
  datums: Datum[];
  metricData: MetricDatum[];
}

export function toMetricDatum(datum: Datum): MetricDatum {
  const values: number[] = [];
  const counts: number[] = [];
  for (const [value, count] of datum.counts) {
    values.push(value);
    counts.push(count);
  }
  return {
    MetricName: datum.name,
    Dimensions: datum.dimensions.length > 0 ? [...datum.dimensions] : undefined,
    Timestamp: new Date(datum.timestamp),
    Unit: datum.unit,
    StorageResolution: datum.resolution,
    Values: values,
    Counts: counts,
  };
}

/** Bytes this datum adds to a request, estimated from its JSON form (the SDK's wire format). */
function estimateBytes(metricDatum: MetricDatum): number {
  return Buffer.byteLength(JSON.stringify(metricDatum), 'utf8') + 1;
}

/**
 * Splits datums into PutMetricData requests of at most 1000 datums and
 * 1 MB each, keeping their order.
 *
 * @example
 * ```ts
 * for (const batch of toBatches(buffer.take())) await send(batch.metricData);
 * ```
 */
export function toBatches(datums: Datum[]): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { datums: [], metricData: [] };
  let bytes = REQUEST_OVERHEAD_BYTES;
  for (const datum of datums) {
    const metricDatum = toMetricDatum(datum);
    const size = estimateBytes(metricDatum);
    if (
      current.datums.length > 0 &&
      (current.datums.length >= MAX_DATUMS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES)
    ) {
      batches.push(current);
      current = { datums: [], metricData: [] };
      bytes = REQUEST_OVERHEAD_BYTES;
    }
    current.datums.push(datum);
    current.metricData.push(metricDatum);
    bytes += size;
  }
  if (current.datums.length > 0) batches.push(current);
  return batches;
}
