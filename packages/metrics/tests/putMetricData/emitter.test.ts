import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { createScrubber } from '@valine/pii';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPutMetricDataEmitter } from '../../src/putMetricData/emitter.js';
import type { PutMetricDataEmitterOptions } from '../../src/putMetricData/types.js';
import type { Warning } from '../helpers/capture.js';

const cloudwatch = mockClient(CloudWatchClient);
afterEach(() => cloudwatch.reset());

function emitter(options: PutMetricDataEmitterOptions = {}) {
  const warnings: Warning[] = [];
  const instance = createPutMetricDataEmitter({
    namespace: 'Test',
    service: 'worker',
    client: new CloudWatchClient({ region: 'us-east-1' }),
    scrubber: createScrubber(),
    flushIntervalMs: 0,
    baseDelayMs: 1,
    maxDelayMs: 5,
    logger: { warn: (obj, msg) => warnings.push({ obj, msg }) },
    ...options,
  });
  return { emitter: instance, warnings };
}

const sent = () => cloudwatch.commandCalls(PutMetricDataCommand).map((call) => call.args[0].input);
const awsError = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe('createPutMetricDataEmitter', () => {
  it('aggregates values into Values/Counts with sorted, scrubbed dimensions', async () => {
    cloudwatch.on(PutMetricDataCommand).resolves({});
    const { emitter: e } = emitter({ defaultDimensions: { stage: 'prod' } });
    for (const v of [5, 5, 7]) e.add('JobDuration', 'Milliseconds', v, { dimensions: { job: 'invoices' } });
    e.add('Jobs', 'Count', 1, { dimensions: { owner: 'jane.doe@example.com' } });
    await e.close();
    const [input] = sent();
    expect(input!.Namespace).toBe('Test');
    expect(input!.MetricData).toHaveLength(2);
    expect(input!.MetricData![0]).toMatchObject({
      MetricName: 'JobDuration',
      Unit: 'Milliseconds',
      StorageResolution: 60,
      Values: [5, 7],
      Counts: [2, 1],
      Dimensions: [
        { Name: 'job', Value: 'invoices' },
        { Name: 'service', Value: 'worker' },
        { Name: 'stage', Value: 'prod' },
      ],
    });
    expect(JSON.stringify(input)).not.toContain('jane.doe@example.com');
    expect(e.stats()).toMatchObject({ sentDatums: 2, requests: 1, droppedValues: 0, buffered: 0 });
  });

  it('never sends NaN or Infinity and drops invalid data with one warning per kind', async () => {
    cloudwatch.on(PutMetricDataCommand).resolves({});
    const { emitter: e, warnings } = emitter();
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, 'x' as unknown as number]) e.add('Bad', 'Count', v);
    e.add('Bad', 'Parsecs' as 'Count', 1);
    e.add('Good', 'Count', 1, { resolution: 1 });
    expect(e.stats().droppedValues).toBe(4);
    await e.flush();
    expect(sent()[0]!.MetricData!.map((d) => [d.MetricName, d.StorageResolution])).toEqual([['Good', 1]]);
    expect(warnings.map((w) => [w.obj.reason, w.obj.dropped])).toEqual([
      ['invalid_value', 3],
      ['invalid_unit', 1],
    ]);
    await e.close();
  });

  it('retries throttling and 5xx with backoff, then succeeds with the same data', async () => {
    cloudwatch
      .on(PutMetricDataCommand)
      .rejectsOnce(awsError('Throttling', 400))
      .rejectsOnce(awsError('TooManyRequests', 429))
      .rejectsOnce(awsError('InternalServiceFault', 500))
      .resolves({});
    const { emitter: e } = emitter();
    e.add('Hits', 'Count', 1);
    await e.close();
    const inputs = sent();
    expect(inputs).toHaveLength(4);
    expect(new Set(inputs.map((i) => JSON.stringify(i))).size).toBe(1);
    expect(e.stats()).toMatchObject({ retries: 3, requests: 1, sentDatums: 1, failedRequests: 0 });
  });

  it('drops a request CloudWatch rejects for good, without retrying, and counts the values', async () => {
    cloudwatch.on(PutMetricDataCommand).rejects(awsError('InvalidParameterValue', 400));
    const { emitter: e, warnings } = emitter();
    e.add('Hits', 'Count', 1);
    e.add('Hits', 'Count', 1);
    await e.flush();
    expect(sent()).toHaveLength(1);
    expect(e.stats()).toMatchObject({ failedRequests: 1, droppedValues: 2, buffered: 0, retries: 0 });
    expect(warnings[0]!.msg).toContain('rejected');
    expect((warnings[0]!.obj.err as { name: string }).name).toBe('PutMetricDataError');
    await e.close();
  });

  it('keeps memory bounded during an outage, drops the oldest, and close() still resolves', async () => {
    cloudwatch.on(PutMetricDataCommand).rejects(awsError('ServiceUnavailable', 503));
    const { emitter: e } = emitter({ maxBufferedDatums: 50, maxAttempts: 3 });
    for (let i = 0; i < 200; i++) expect(() => e.add(`m${i}`, 'Count', i)).not.toThrow();
    expect(e.stats()).toMatchObject({ buffered: 50, droppedValues: 150 });
    await e.flush();
    expect(sent()).toHaveLength(3);
    expect(sent()[0]!.MetricData!.map((d) => d.MetricName)).toEqual(
      Array.from({ length: 50 }, (_, i) => `m${150 + i}`),
    );
    expect(e.stats()).toMatchObject({ buffered: 50, retries: 2, failedRequests: 1 });
    for (let i = 0; i < 10; i++) e.add(`late${i}`, 'Count', i);
    expect(e.stats()).toMatchObject({ buffered: 50, droppedValues: 160 });
    await expect(e.close()).resolves.toBeUndefined();
    expect(e.stats()).toMatchObject({ buffered: 0, droppedValues: 210 });
    e.add('afterClose', 'Count', 1);
    expect(e.stats().droppedValues).toBe(211);
  });

  it('flushes on its interval, and on its own once 1000 datums wait', async () => {
    cloudwatch.on(PutMetricDataCommand).resolves({});
    const timed = emitter({ flushIntervalMs: 20 }).emitter;
    timed.add('Tick', 'Count', 1);
    await expect.poll(() => sent().length, { timeout: 2000 }).toBe(1);
    await timed.close();

    cloudwatch.reset();
    cloudwatch.on(PutMetricDataCommand).resolves({});
    const { emitter: e } = emitter();
    for (let i = 0; i < 1000; i++) e.add(`m${i}`, 'Count', 1);
    await expect.poll(() => sent().length, { timeout: 2000 }).toBe(1);
    expect(sent()[0]!.MetricData).toHaveLength(1000);
    await e.close();
  });

  it('close() waits for a flush already in flight', async () => {
    let release: () => void = () => undefined;
    cloudwatch.on(PutMetricDataCommand).callsFake(() => new Promise<object>((r) => (release = () => r({}))));
    const { emitter: e } = emitter();
    e.add('Hits', 'Count', 1);
    const flushing = e.flush();
    let closed = false;
    const closing = e.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    release();
    await Promise.all([flushing, closing]);
    expect(e.stats()).toMatchObject({ requests: 1, sentDatums: 1 });
  });

  it('drops buffered data that has become too old for CloudWatch instead of sending it', async () => {
    cloudwatch.on(PutMetricDataCommand).resolves({});
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { emitter: e } = emitter();
      e.add('Old', 'Count', 1);
      e.add('Old', 'Count', 2);
      vi.setSystemTime(Date.now() + 15 * 24 * 3600 * 1000);
      e.add('Fresh', 'Count', 1);
      await e.close();
      expect(sent()[0]!.MetricData!.map((d) => d.MetricName)).toEqual(['Fresh']);
      expect(e.stats()).toMatchObject({ droppedValues: 2, sentDatums: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects a timestamp outside the accepted window and buckets accepted ones by resolution', async () => {
    cloudwatch.on(PutMetricDataCommand).resolves({});
    const { emitter: e, warnings } = emitter();
    const minute = Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000;
    const at = minute + 45_678;
    e.add('Late', 'Count', 1, { timestamp: at - 15 * 24 * 3600 * 1000 });
    e.add('Std', 'Count', 1, { timestamp: at });
    e.add('Std', 'Count', 1, { timestamp: new Date(at + 500) });
    e.add('High', 'Count', 1, { timestamp: at, resolution: 1 });
    await e.close();
    const data = sent()[0]!.MetricData!;
    expect(data.map((d) => [d.MetricName, d.Timestamp?.toISOString(), d.Counts])).toEqual([
      ['Std', new Date(minute).toISOString(), [2]],
      ['High', new Date(minute + 45_000).toISOString(), [1]],
    ]);
    expect(warnings.map((w) => w.obj.reason)).toEqual(['invalid_timestamp']);
  });
});
