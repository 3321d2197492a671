import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metricNames, parseEmf } from '../helpers/emfSchema.js';

/** A fresh module graph per test = a fresh Lambda execution environment. */
async function environment() {
  vi.resetModules();
  const { withMetrics } = await import('../../src/lambda/withMetrics.js');
  const { capture } = await import('../helpers/capture.js');
  return { withMetrics, ...capture({ defaultDimensions: { stage: 'prod' } }) };
}

const context = { functionName: 'orders-fn', awsRequestId: 'req-1' };

describe('withMetrics', () => {
  beforeEach(() => {
    vi.unstubAllEnvs();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('emits ColdStart once per execution environment, in its own document', async () => {
    const { withMetrics, metrics, lines } = await environment();
    const handler = withMetrics(metrics, async (_event: unknown) => {
      metrics.addDimensions({ route: '/orders' });
      metrics.add('OrderCreated', 'Count', 1);
      return 'ok';
    });
    expect(await handler({}, context)).toBe('ok');
    expect(await handler({}, context)).toBe('ok');
    const docs = lines.map((l) => parseEmf(l));
    expect(docs.map((d) => metricNames(d))).toEqual([['ColdStart'], ['OrderCreated'], ['OrderCreated']]);
    expect(docs[0]!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'function_name']]);
    expect(docs[0]).toMatchObject({ ColdStart: 1, function_name: 'orders-fn', service: 'checkout' });
    expect(docs[0]).not.toHaveProperty('stage');
    expect(docs[1]!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'stage', 'route']]);
  });

  it('shares the cold start between two wrapped handlers of one environment', async () => {
    const { withMetrics, metrics, lines } = await environment();
    const a = withMetrics(metrics, () => 1);
    const b = withMetrics(metrics, () => 2);
    await a({}, context);
    await b({}, context);
    expect(lines.filter((l) => l.includes('"ColdStart"'))).toHaveLength(1);
  });

  it('falls back to AWS_LAMBDA_FUNCTION_NAME and skips provisioned-concurrency environments', async () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'from-env');
    const first = await environment();
    await first.withMetrics(first.metrics, () => 1)({}, {});
    expect(parseEmf(first.lines[0]!).function_name).toBe('from-env');

    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'provisioned-concurrency');
    const second = await environment();
    await second.withMetrics(second.metrics, () => 1)({}, context);
    expect(second.lines).toEqual([]);
  });

  it('flushes when the handler throws and rethrows the same error', async () => {
    const { withMetrics, metrics, lines } = await environment();
    const failure = new Error('db down');
    const handler = withMetrics(
      metrics,
      async () => {
        metrics.add('Attempt', 'Count', 1);
        throw failure;
      },
      { captureColdStart: false },
    );
    await expect(handler({}, context)).rejects.toBe(failure);
    expect(lines).toHaveLength(1);
    expect(parseEmf(lines[0]!).Attempt).toBe(1);
  });

  it('carries nothing across invocations', async () => {
    const { withMetrics, metrics, lines } = await environment();
    let call = 0;
    const handler = withMetrics(
      metrics,
      (_event: unknown) => {
        call++;
        if (call === 1) {
          metrics.addDimensions({ tenant: 't-1' });
          metrics.addMetadata('requestId', 'r-1');
          metrics.setTimestamp(Date.now() - 60_000);
        }
        metrics.add('Calls', 'Count', call);
      },
      { captureColdStart: false },
    );
    await handler({}, context);
    const secondStart = Date.now();
    await handler({}, context);
    const [first, second] = lines.map((l) => parseEmf(l));
    expect(first).toMatchObject({ tenant: 't-1', requestId: 'r-1', Calls: 1, stage: 'prod' });
    expect(second).not.toHaveProperty('tenant');
    expect(second).not.toHaveProperty('requestId');
    expect(second).toMatchObject({ Calls: 2, stage: 'prod' });
    expect(second!._aws.Timestamp).toBeGreaterThanOrEqual(secondStart);
  });

  it('emits InvocationDuration with only the service dimension when captureDuration is on', async () => {
    const { withMetrics, metrics, lines } = await environment();
    const handler = withMetrics(
      metrics,
      async () => {
        metrics.addDimensions({ route: '/slow' });
        metrics.add('Calls', 'Count', 1);
        await new Promise((r) => setTimeout(r, 20));
      },
      { captureDuration: true, captureColdStart: false },
    );
    await handler({}, context);
    const [calls, duration] = lines.map((l) => parseEmf(l));
    expect(metricNames(calls!)).toEqual(['Calls']);
    expect(duration!._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'Test',
        Dimensions: [['service']],
        Metrics: [{ Name: 'InvocationDuration', Unit: 'Milliseconds' }],
      },
    ]);
    expect(duration!.InvocationDuration as number).toBeGreaterThanOrEqual(15);
    expect(duration).not.toHaveProperty('route');
  });
});
