import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { metricNames, parseEmf } from '../helpers/emfSchema.js';

async function environment() {
  vi.resetModules();
  const { metricsMiddleware } = await import('../../src/middy/index.js');
  const { capture } = await import('../helpers/capture.js');
  return { metricsMiddleware, ...capture() };
}

const context = { functionName: 'orders-fn', awsRequestId: 'req-1' } as Context;

describe('@valine/metrics/middy', () => {
  it('emits ColdStart once and flushes after each invocation, with duration', async () => {
    const { metricsMiddleware, metrics, lines } = await environment();
    const handler = middy(async (event: { n: number }) => {
      metrics.add('Items', 'Count', event.n);
      return event.n;
    }).use(metricsMiddleware(metrics, { captureDuration: true }));
    expect(await handler({ n: 2 }, context)).toBe(2);
    expect(await handler({ n: 3 }, context)).toBe(3);
    const docs = lines.map((l) => parseEmf(l));
    expect(docs.map((d) => metricNames(d))).toEqual([
      ['ColdStart'],
      ['Items'],
      ['InvocationDuration'],
      ['Items'],
      ['InvocationDuration'],
    ]);
    expect(docs[0]).toMatchObject({ function_name: 'orders-fn', ColdStart: 1 });
    expect(docs.map((d) => d.Items)).toEqual([undefined, 2, undefined, 3, undefined]);
  });

  it('flushes when the handler throws and middy rethrows the error', async () => {
    const { metricsMiddleware, metrics, lines } = await environment();
    const failure = new Error('boom');
    const handler = middy(async () => {
      metrics.addDimensions({ route: '/fail' });
      metrics.add('Attempt', 'Count', 1);
      throw failure;
    }).use(metricsMiddleware(metrics, { captureColdStart: false }));
    await expect(handler({}, context)).rejects.toBe(failure);
    await expect(handler({}, context)).rejects.toBe(failure);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(parseEmf(line)).toMatchObject({ route: '/fail', Attempt: 1 });
  });
});
