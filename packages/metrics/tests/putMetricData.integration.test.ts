import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudWatchClient, GetMetricDataCommand, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort, type Moto, startMoto } from '../../../tools/test/moto.js';
import { createPutMetricDataEmitter } from '../src/putMetricData/emitter.js';
import type { Warning } from './helpers/capture.js';

let moto: Moto;
let cloudwatch: CloudWatchClient;

beforeAll(async () => {
  moto = await startMoto();
  cloudwatch = new CloudWatchClient(moto.clientConfig);
});
afterAll(async () => {
  cloudwatch?.destroy();
  await moto?.stop();
});
beforeEach(() => moto.reset());

const window = () => ({ StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(Date.now() + 3_600_000) });

async function statistics(metricName: string, dimensions: Record<string, string>) {
  const { Datapoints = [] } = await cloudwatch.send(
    new GetMetricStatisticsCommand({
      Namespace: 'Integration',
      MetricName: metricName,
      Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
      ...window(),
      Period: 7200,
      Statistics: ['Sum', 'SampleCount', 'Maximum'],
    }),
  );
  return Datapoints.reduce(
    (acc, d) => ({
      sum: acc.sum + (d.Sum ?? 0),
      count: acc.count + (d.SampleCount ?? 0),
      max: Math.max(acc.max, d.Maximum ?? 0),
    }),
    { sum: 0, count: 0, max: 0 },
  );
}

/**
 * A loopback proxy in front of moto answering the first requests with the
 * failures CloudWatch really sends (throttling as a JSON error body, 503),
 * then passing requests through. The SDK parses these real HTTP answers.
 */
async function flakyProxy(failures: Array<{ status: number; body: string }>) {
  let received = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const failure = failures[received++];
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/x-amz-json-1.0' }).end(failure.body);
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length'),
    ) as Record<string, string>;
    const upstream = await fetch(`${moto.endpoint}${req.url}`, {
      method: req.method,
      headers,
      body: Buffer.concat(chunks),
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('PutMetricData emitter against moto', () => {
  it('sends aggregated data in batches that GetMetricStatistics and GetMetricData read back', async () => {
    const emitter = createPutMetricDataEmitter({
      namespace: 'Integration',
      service: 'worker',
      ...moto.clientConfig,
      flushIntervalMs: 0,
      // moto's server cannot read the gzip bodies the SDK sends above 10 KB (getmoto/moto#7377).
      disableRequestCompression: true,
    });
    for (let i = 0; i < 1200; i++) emitter.add('Latency', 'Milliseconds', i, { dimensions: { route: `r${i}` } });
    for (let round = 0; round < 2; round++) {
      for (let v = 1; v <= 300; v++) emitter.add('Latency', 'Milliseconds', v, { dimensions: { route: 'hot' } });
    }
    emitter.add('Jobs', 'Count', 1, { resolution: 1 });
    await emitter.close();

    expect(emitter.stats()).toMatchObject({
      requests: 2,
      sentDatums: 1203,
      droppedValues: 0,
      failedRequests: 0,
      buffered: 0,
    });
    expect(await statistics('Latency', { route: 'hot', service: 'worker' })).toEqual({
      sum: 2 * 45_150,
      count: 600,
      max: 300,
    });
    expect(await statistics('Latency', { route: 'r1199', service: 'worker' })).toEqual({
      sum: 1199,
      count: 1,
      max: 1199,
    });
    expect(await statistics('Jobs', { service: 'worker' })).toMatchObject({ sum: 1, count: 1 });

    const { MetricDataResults = [] } = await cloudwatch.send(
      new GetMetricDataCommand({
        ...window(),
        MetricDataQueries: ['r0', 'r600'].map((route) => ({
          Id: route,
          MetricStat: {
            Metric: {
              Namespace: 'Integration',
              MetricName: 'Latency',
              Dimensions: [
                { Name: 'route', Value: route },
                { Name: 'service', Value: 'worker' },
              ],
            },
            Period: 60,
            Stat: 'Sum',
          },
        })),
      }),
    );
    const sums = Object.fromEntries(MetricDataResults.map((r) => [r.Id, (r.Values ?? []).reduce((a, b) => a + b, 0)]));
    expect(sums).toEqual({ r0: 0, r600: 600 });
  });

  it('retries real throttling and 503 answers with backoff, then delivers', async () => {
    const proxy = await flakyProxy([
      { status: 400, body: JSON.stringify({ __type: 'Throttling', message: 'Rate exceeded' }) },
      { status: 429, body: JSON.stringify({ __type: 'ThrottlingException', message: 'Too many requests' }) },
      { status: 503, body: '' },
    ]);
    const emitter = createPutMetricDataEmitter({
      namespace: 'Integration',
      ...moto.clientConfig,
      endpoint: proxy.endpoint,
      flushIntervalMs: 0,
      baseDelayMs: 5,
    });
    emitter.add('Orders', 'Count', 3);
    await emitter.close();
    await proxy.close();
    expect(proxy.requests()).toBe(4);
    expect(emitter.stats()).toMatchObject({ retries: 3, requests: 1, failedRequests: 0, sentDatums: 1 });
    expect(await statistics('Orders', {})).toMatchObject({ sum: 3, count: 1 });
  });

  it('stays bounded while CloudWatch is unreachable, counts drops, and close() resolves', async () => {
    const warnings: Warning[] = [];
    const emitter = createPutMetricDataEmitter({
      namespace: 'Integration',
      ...moto.clientConfig,
      endpoint: `http://127.0.0.1:${await freePort()}`,
      flushIntervalMs: 0,
      maxBufferedDatums: 100,
      maxAttempts: 3,
      baseDelayMs: 5,
      logger: { warn: (obj, msg) => warnings.push({ obj, msg }) },
    });
    for (let i = 0; i < 300; i++) emitter.add(`m${i}`, 'Count', 1);
    expect(emitter.stats()).toMatchObject({ buffered: 100, droppedValues: 200 });
    await emitter.flush();
    expect(emitter.stats()).toMatchObject({ buffered: 100, retries: 2, failedRequests: 1, requests: 0 });
    await expect(emitter.close()).resolves.toBeUndefined();
    expect(emitter.stats()).toMatchObject({ buffered: 0, droppedValues: 300, retries: 4, failedRequests: 2 });
    expect(warnings.map((w) => w.msg)).toEqual([
      'PutMetricData still failing after retries; data kept for the next flush',
      'PutMetricData still failing after retries; data kept for the next flush',
    ]);
  });
});
