import { describe, expect, it } from 'vitest';
import { toBatches } from '../../src/putMetricData/batch.js';
import { createDatumBuffer, type DatumIdentity } from '../../src/putMetricData/buffer.js';
import { isRetryable } from '../../src/putMetricData/retry.js';

const identity = (name: string, dimensionValue = 'v'): DatumIdentity => ({
  key: `${name}|${dimensionValue}`,
  name,
  unit: 'Count',
  resolution: 60,
  dimensions: [{ Name: 'd', Value: dimensionValue }],
  timestamp: 1_700_000_040_000,
});

describe('datum buffer', () => {
  it('aggregates repeated values into counts and opens a new datum after 150 distinct values', () => {
    const buffer = createDatumBuffer(100, () => undefined);
    for (let round = 0; round < 2; round++) for (let v = 0; v < 200; v++) buffer.add(identity('Latency'), v);
    for (let i = 0; i < 5; i++) buffer.add(identity('Hits'), 1);
    const datums = buffer.take();
    expect(datums.map((d) => [d.name, d.counts.size, d.total])).toEqual([
      ['Latency', 150, 300],
      ['Latency', 50, 100],
      ['Hits', 1, 5],
    ]);
    expect(buffer.size).toBe(0);
  });

  it('drops the oldest datums past the bound and reports how many values it lost', () => {
    let dropped = 0;
    const buffer = createDatumBuffer(3, (values) => {
      dropped += values;
    });
    for (let i = 0; i < 6; i++) {
      buffer.add(identity(`m${i}`), 1);
      buffer.add(identity(`m${i}`), 2);
    }
    expect(buffer.size).toBe(3);
    expect(dropped).toBe(6);
    expect(buffer.take().map((d) => d.name)).toEqual(['m3', 'm4', 'm5']);
  });

  it('requeues unsent datums as the oldest ones', () => {
    let dropped = 0;
    const buffer = createDatumBuffer(3, (values) => {
      dropped += values;
    });
    buffer.add(identity('a'), 1);
    buffer.add(identity('b'), 1);
    const unsent = buffer.take();
    buffer.add(identity('c'), 1);
    buffer.add(identity('d'), 1);
    buffer.requeue(unsent);
    expect(dropped).toBe(1);
    expect(buffer.take().map((d) => d.name)).toEqual(['b', 'c', 'd']);
  });
});

describe('batches', () => {
  it('puts at most 1000 datums in one request', () => {
    const buffer = createDatumBuffer(10_000, () => undefined);
    for (let i = 0; i < 2500; i++) buffer.add(identity(`m${i}`), i);
    const batches = toBatches(buffer.take());
    expect(batches.map((b) => b.metricData.length)).toEqual([1000, 1000, 500]);
    expect(batches[0]!.metricData[0]).toEqual({
      MetricName: 'm0',
      Dimensions: [{ Name: 'd', Value: 'v' }],
      Timestamp: new Date(1_700_000_040_000),
      Unit: 'Count',
      StorageResolution: 60,
      Values: [0],
      Counts: [1],
    });
  });

  it('keeps each request under 1 MB', () => {
    const buffer = createDatumBuffer(10_000, () => undefined);
    const long = 'x'.repeat(1000);
    for (let i = 0; i < 900; i++) {
      for (let v = 0; v < 150; v++) buffer.add(identity(`m${i}`, `${long}${i}`), v + 0.123456789);
    }
    const batches = toBatches(buffer.take());
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(Buffer.byteLength(JSON.stringify({ Namespace: 'Test', MetricData: batch.metricData }))).toBeLessThan(
        1_000_000,
      );
    }
    expect(batches.reduce((n, b) => n + b.metricData.length, 0)).toBe(900);
  });
});

describe('retry classification', () => {
  const sdkError = (name: string, status?: number) =>
    Object.assign(new Error(name), { name, $metadata: status === undefined ? {} : { httpStatusCode: status } });

  it('retries throttling, 429, 5xx and network failures; not client errors', () => {
    expect(isRetryable(sdkError('Throttling', 400))).toBe(true);
    expect(isRetryable(sdkError('Whatever', 429))).toBe(true);
    expect(isRetryable(sdkError('InternalServiceFault', 500))).toBe(true);
    expect(isRetryable(sdkError('ServiceUnavailable', 503))).toBe(true);
    expect(isRetryable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isRetryable(sdkError('InvalidParameterValue', 400))).toBe(false);
    expect(isRetryable(sdkError('LimitExceeded', 400))).toBe(false);
    expect(isRetryable(sdkError('AccessDenied', 403))).toBe(false);
  });
});
