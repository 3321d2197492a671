import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { createJsonReplacer, piiRedaction } from '@valine/logger';
import { createScrubber } from '@valine/pii';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertNoPii, createLineSink, PII } from './helpers/lineSink.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const plainPino = (options: Parameters<typeof piiRedaction>[0] = {}) => {
  const sink = createLineSink();
  const logger = pino({ ...piiRedaction(options), level: 'debug' }, sink.destination);
  const records = () => sink.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { sink, logger, records };
};

describe('piiRedaction() in a plain pino()', () => {
  it('scrubs message, printf args, merge object and err, with pino’s own keys', () => {
    const { sink, logger, records } = plainPino();
    logger.info({ user: { id: 'u-1', email: PII.email }, note: `call ${PII.phone}` }, 'invite %s', PII.email);
    logger.error({ err: new Error(`failed for ${PII.card}`) }, 'boom');
    const [info, error] = records();
    expect(info).toMatchObject({ level: 30, user: { id: 'u-1' } });
    expect(info?.msg).toMatch(/^invite /);
    expect(error).toMatchObject({ err: { type: 'Error' } });
    assertNoPii(sink.raw.join(''));
  });

  it('scrubs child bindings, nested children and setBindings', () => {
    const { sink, logger, records } = plainPino();
    const child = logger.child({ email: PII.email, tenant: 't-1' });
    child.child({ ip: PII.ip }).info('nested');
    child.setBindings({ phone: PII.phone });
    child.info('rebound');
    expect(records()[0]).toMatchObject({ tenant: 't-1', msg: 'nested' });
    assertNoPii(sink.raw.join(''));
  });

  it('wraps the serializers, formatters and mixin passed through it', () => {
    const { sink, logger, records } = plainPino({
      serializers: { req: (req: { url: string }) => ({ url: req.url, ip: PII.ip }) },
      formatters: { log: (object) => ({ ...object, owner: PII.email }) },
      mixin: () => ({ contact: PII.phone, region: 'eu-west-1' }),
    });
    logger.info({ req: { url: '/health' } }, 'served');
    expect(records()[0]).toMatchObject({ req: { url: '/health' }, region: 'eu-west-1' });
    assertNoPii(sink.raw.join(''));
  });

  it('honours a custom messageKey and a shared scrubber with custom options', () => {
    const scrubber = createScrubber({ denyKeys: ['internalNote'] });
    const sink = createLineSink();
    const logger = pino(
      { ...piiRedaction({ scrubber, messageKey: 'message' }), messageKey: 'message' },
      sink.destination,
    );
    logger.info({ internalNote: 'anything at all' }, `for ${PII.email}`);
    const record = JSON.parse(sink.raw[0] ?? '{}') as Record<string, unknown>;
    expect(record.internalNote).not.toBe('anything at all');
    expect(record.message).toMatch(/^for /);
    assertNoPii(sink.raw.join(''));
  });
});

describe('Powertools Logger recipe: jsonReplacerFn: createJsonReplacer()', () => {
  it('scrubs what the real Powertools Logger writes to stdout', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const written: string[] = [];
    // Powertools writes through its own Console: info to stdout, error to stderr.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    }
    const logger = new PowertoolsLogger({ serviceName: 'users', jsonReplacerFn: createJsonReplacer() });
    logger.info(`invite sent to ${PII.email}`, {
      user: { id: 'u-7', email: PII.email },
      headers: { authorization: PII.bearer },
    });
    logger.error('charge failed', new Error(`card ${PII.card} declined`));
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    const lines = written.join('').trim().split('\n');
    expect(lines).toHaveLength(2);
    const [info, error] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(info).toMatchObject({ level: 'INFO', service: 'users', user: { id: 'u-7' } });
    expect(info?.message).toMatch(/^invite sent to /);
    expect(error).toMatchObject({ level: 'ERROR', message: 'charge failed' });
    assertNoPii(written.join(''));
  });
});
