import { beforeEach, describe, expect, it, vi } from 'vitest';
import { httpApiEvent, lambdaContext, restApiEvent } from '../helpers/lambda.js';
import { assertNoPii, createLineSink, PII } from '../helpers/lineSink.js';

// A fresh module per test is a fresh execution environment: the cold start flag lives in module state.
const freshLogger = async (options: Record<string, unknown> = {}) => {
  vi.resetModules();
  const mod = await import('@valine/logger');
  const sink = createLineSink();
  const logger = mod.createLogger({ service: 'users', level: 'info', destination: sink.destination, ...options });
  return { mod, sink, logger };
};

beforeEach(() => {
  vi.unstubAllEnvs();
  vi.stubEnv('_X_AMZN_TRACE_ID', '');
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
});

describe('withLambdaContext', () => {
  it('adds the function fields, request id per invocation, cold start true then false', async () => {
    const { mod, sink, logger } = await freshLogger();
    const handler = mod.withLambdaContext(logger, async (event: { n: number }) => {
      logger.info('handling %d', event.n);
      return event.n;
    });
    await expect(handler({ n: 1 }, lambdaContext('req-1'))).resolves.toBe(1);
    await handler({ n: 2 }, lambdaContext('req-2'));
    const [first, second] = sink.records();
    expect(first).toMatchObject({
      service: 'users',
      function_name: 'users-api',
      function_version: '$LATEST',
      function_arn: 'arn:aws:lambda:eu-west-1:123456789012:function:users-api',
      function_memory_size: 256,
      function_request_id: 'req-1',
      cold_start: true,
      message: 'handling 1',
    });
    expect(second).toMatchObject({ function_request_id: 'req-2', cold_start: false, message: 'handling 2' });
    logger.info('between invocations');
    expect(sink.find('between invocations')).not.toHaveProperty('function_request_id');
  });

  it('is never a cold start under provisioned concurrency', async () => {
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'provisioned-concurrency');
    const { mod, sink, logger } = await freshLogger();
    await mod.withLambdaContext(logger, async () => logger.info('pc'))({}, lambdaContext('r'));
    expect(sink.find('pc').cold_start).toBe(false);
  });

  it('reads the X-Ray trace id per invocation', async () => {
    const { mod, sink, logger } = await freshLogger();
    const handler = mod.withLambdaContext(logger, async (event: { n: number }) => logger.info(`n${event.n}`));
    vi.stubEnv('_X_AMZN_TRACE_ID', 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1');
    await handler({ n: 1 }, lambdaContext('a'));
    vi.stubEnv('_X_AMZN_TRACE_ID', 'Root=1-67891233-abcdef012345678912345678;Parent=1;Sampled=0');
    await handler({ n: 2 }, lambdaContext('b'));
    expect(sink.find('n1').xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
    expect(sink.find('n2').xray_trace_id).toBe('1-67891233-abcdef012345678912345678');
  });

  it('takes the correlation id from x-correlation-id (any case), else API Gateway v2 / v1 request ids', async () => {
    const { mod, sink, logger } = await freshLogger();
    const handler = mod.withLambdaContext(logger, async (_event: unknown, context: { awsRequestId: string }) =>
      logger.info(context.awsRequestId),
    );
    await handler(httpApiEvent('apigw-v2-id'), lambdaContext('v2'));
    await handler(restApiEvent('apigw-v1-id'), lambdaContext('v1'));
    await handler(httpApiEvent('ignored', { 'X-Correlation-ID': 'corr-123' }), lambdaContext('header'));
    await handler(restApiEvent('ignored', { 'x-correlation-id': `by ${PII.email}` }), lambdaContext('pii-header'));
    await handler({ source: 'aws.events' }, lambdaContext('scheduled'));
    expect(sink.find('v2').correlation_id).toBe('apigw-v2-id');
    expect(sink.find('v1').correlation_id).toBe('apigw-v1-id');
    expect(sink.find('header').correlation_id).toBe('corr-123');
    expect(sink.find('scheduled')).not.toHaveProperty('correlation_id');
    assertNoPii(sink.raw.join(''));
  });

  it('keys appended during one invocation do not leak into the next; module-scope keys stay', async () => {
    const { mod, sink, logger } = await freshLogger();
    logger.appendKeys({ stage: 'prod' });
    const handler = mod.withLambdaContext(logger, async (event: { user?: string }) => {
      if (event.user !== undefined) logger.appendKeys({ user_id: event.user, contact: PII.email });
      logger.info('work');
    });
    await handler({ user: 'u-1' }, lambdaContext('first'));
    await handler({}, lambdaContext('second'));
    const [first, second] = sink.records();
    expect(first).toMatchObject({ stage: 'prod', user_id: 'u-1', function_request_id: 'first' });
    expect(second).toMatchObject({ stage: 'prod', function_request_id: 'second' });
    expect(second).not.toHaveProperty('user_id');
    expect(second).not.toHaveProperty('contact');
    assertNoPii(sink.raw.join(''));
  });

  it('keys do not leak even when the invocation throws', async () => {
    const { mod, sink, logger } = await freshLogger();
    const handler = mod.withLambdaContext(logger, async (event: { fail: boolean }) => {
      logger.appendKeys({ order: 'o-1' });
      if (event.fail) throw new Error('boom');
      logger.info('ok');
    });
    await expect(handler({ fail: true }, lambdaContext('a'))).rejects.toThrow('boom');
    await expect(
      mod.withLambdaContext(logger, async () => logger.info('next'))({ fail: false }, lambdaContext('b')),
    ).resolves.toBeUndefined();
    expect(sink.find('next')).not.toHaveProperty('order');
  });

  it('logs the thrown error once, scrubbed, and rethrows the same error', async () => {
    const { mod, sink, logger } = await freshLogger();
    const error = new Error(`no account for ${PII.email}`);
    const inner = mod.withLambdaContext(logger, async () => {
      throw error;
    });
    const outer = mod.withLambdaContext(logger, inner);
    await expect(outer({}, lambdaContext('err-1'))).rejects.toBe(error);
    const errors = sink.records().filter((r) => r.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'Invocation failed', function_request_id: 'err-1' });
    expect(errors[0]).toMatchObject({ err: { type: 'Error' } });
    assertNoPii(sink.raw.join(''));
  });

  it('logs the event only when asked, scrubbed', async () => {
    const { mod, sink, logger } = await freshLogger();
    await mod.withLambdaContext(logger, async () => undefined)(httpApiEvent('quiet'), lambdaContext('q'));
    expect(sink.raw).toHaveLength(0);
    const handler = mod.withLambdaContext(logger, async () => undefined, { logEvent: true });
    await handler(httpApiEvent('loud', { authorization: PII.bearer }), lambdaContext('l'));
    const record = sink.find('Lambda invocation event');
    expect(record).toMatchObject({ event: { routeKey: 'POST /users', requestContext: { requestId: 'loud' } } });
    assertNoPii(sink.raw.join(''));
  });
});

describe('log buffering', () => {
  it('drops debug lines of an invocation that succeeds', async () => {
    const { mod, sink, logger } = await freshLogger({ buffer: true });
    await mod.withLambdaContext(logger, async () => {
      logger.debug('detail 1');
      logger.info('visible');
      logger.trace('not buffered: below the buffer level');
    })({}, lambdaContext('ok'));
    expect(sink.records().map((r) => r.message)).toEqual(['visible']);
  });

  it('writes them, in order, before the error line, when the invocation logs an error', async () => {
    const { mod, sink, logger } = await freshLogger({ buffer: true });
    await mod.withLambdaContext(logger, async () => {
      logger.debug('step 1');
      logger.info('info line');
      logger.debug(`step 2 for ${PII.email}`);
      logger.error('handled failure');
      logger.debug('after the error: buffered again, then dropped');
    })({}, lambdaContext('logged-error'));
    const records = sink.records();
    expect(records.map((r) => r.message)).toEqual(['info line', 'step 1', `step 2 for [email]`, 'handled failure']);
    expect(records.map((r) => r.level)).toEqual(['INFO', 'DEBUG', 'DEBUG', 'ERROR']);
    expect(records.every((r) => r.function_request_id === 'logged-error')).toBe(true);
  });

  it('writes them before the error line when the handler throws', async () => {
    const { mod, sink, logger } = await freshLogger({ buffer: { maxLines: 2 } });
    await expect(
      mod.withLambdaContext(logger, async () => {
        logger.debug('a');
        logger.debug('b');
        logger.debug('c');
        throw new Error('thrown');
      })({}, lambdaContext('thrown')),
    ).rejects.toThrow('thrown');
    const records = sink.records();
    expect(records.map((r) => r.message)).toEqual([
      'Log buffer full: 1 older lines were dropped',
      'b',
      'c',
      'Invocation failed',
    ]);
    expect(records[0]).toMatchObject({ level: 'WARN', buffer_evicted_lines: 1 });
  });

  it('does not carry buffered lines into the next invocation', async () => {
    const { mod, sink, logger } = await freshLogger({ buffer: true });
    const handler = mod.withLambdaContext(logger, async (event: { fail: boolean }) => {
      logger.debug(event.fail ? 'second' : 'first');
      if (event.fail) logger.error('failed');
    });
    await handler({ fail: false }, lambdaContext('1'));
    await handler({ fail: true }, lambdaContext('2'));
    expect(sink.records().map((r) => r.message)).toEqual(['second', 'failed']);
    logger.debug('outside an invocation: below the level');
    expect(sink.records()).toHaveLength(2);
  });
});

describe('debug sampling', () => {
  it('sampleRate 1 logs every invocation at debug, then restores the level', async () => {
    const { mod, sink, logger } = await freshLogger({ sampleRate: 1 });
    await mod.withLambdaContext(logger, async () => logger.debug('sampled'))({}, lambdaContext('s'));
    expect(sink.find('sampled')).toMatchObject({ level: 'DEBUG', sampling_rate: 1 });
    expect(logger.level).toBe('info');
  });

  it('a fraction of invocations, by rate', async () => {
    const { mod, sink, logger } = await freshLogger({ sampleRate: 0.25 });
    const handler = mod.withLambdaContext(logger, async () => logger.debug('maybe'));
    for (let i = 0; i < 800; i++) await handler({}, lambdaContext(`r${i}`));
    // Binomial(800, 0.25): mean 200, sd ≈ 12; ±80 fails about once in 10^10 runs.
    expect(sink.records().length).toBeGreaterThan(120);
    expect(sink.records().length).toBeLessThan(280);
  });

  it('sampleRate 0 (the default) never logs debug', async () => {
    const { mod, sink, logger } = await freshLogger();
    const handler = mod.withLambdaContext(logger, async () => logger.debug('never'));
    for (let i = 0; i < 50; i++) await handler({}, lambdaContext(`r${i}`));
    expect(sink.raw).toHaveLength(0);
  });
});

it('refuses a logger it did not create, when wrapping (not per request)', async () => {
  const { mod } = await freshLogger();
  const { pino } = await import('pino');
  expect(() => mod.withLambdaContext(pino() as never, async () => undefined)).toThrow(mod.LoggerConfigurationError);
});
