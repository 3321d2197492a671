import middy from '@middy/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { httpApiEvent, lambdaContext } from '../helpers/lambda.js';
import { assertNoPii, createLineSink, PII } from '../helpers/lineSink.js';

const fresh = async (options: Record<string, unknown> = {}) => {
  vi.resetModules();
  const { createLogger } = await import('@valine/logger');
  const { injectLambdaContext } = await import('@valine/logger/middy');
  const sink = createLineSink();
  const logger = createLogger({ service: 'posts', destination: sink.destination, ...options });
  return { sink, logger, injectLambdaContext };
};

beforeEach(() => {
  vi.unstubAllEnvs();
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  vi.stubEnv('_X_AMZN_TRACE_ID', 'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1');
});

describe('@valine/logger/middy with @middy/core', () => {
  it('adds the invocation fields and scopes appended keys to the invocation', async () => {
    const { sink, logger, injectLambdaContext } = await fresh();
    const handler = middy(async (event: { rawPath: string }) => {
      logger.appendKeys({ path: event.rawPath });
      logger.info('handled');
      return { statusCode: 200 };
    }).use(injectLambdaContext(logger));
    await expect(handler(httpApiEvent('v2-a'), lambdaContext('m-1') as never)).resolves.toEqual({ statusCode: 200 });
    await handler({ rawPath: '/second' } as never, lambdaContext('m-2') as never);
    logger.info('after');
    const [first, second, after] = sink.records();
    expect(first).toMatchObject({
      function_request_id: 'm-1',
      cold_start: true,
      correlation_id: 'v2-a',
      xray_trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      path: '/users',
    });
    expect(second).toMatchObject({ function_request_id: 'm-2', cold_start: false, path: '/second' });
    expect(after).not.toHaveProperty('path');
    expect(after).not.toHaveProperty('function_request_id');
  });

  it('logs the error once (scrubbed), flushes the buffer before it, and middy rethrows', async () => {
    const { sink, logger, injectLambdaContext } = await fresh({ buffer: true });
    const handler = middy(async () => {
      logger.debug(`loading ${PII.email}`);
      throw new Error(`no profile for ${PII.email}`);
    }).use(injectLambdaContext(logger, { logEvent: true }));
    await expect(
      handler(httpApiEvent('v2-b', { cookie: 'session=abc' }), lambdaContext('m-3') as never),
    ).rejects.toThrow(/no profile/);
    const records = sink.records();
    expect(records.map((r) => r.message)).toEqual(['Lambda invocation event', 'loading [email]', 'Invocation failed']);
    expect(records.filter((r) => r.level === 'ERROR')).toHaveLength(1);
    assertNoPii(sink.raw.join(''));
  });
});
