import { createLogger } from '@valine/logger';
import { createScrubber } from '@valine/pii';
import { describe, expect, it, vi } from 'vitest';
import { assertNoPii, createLineSink, PII } from '../helpers/lineSink.js';

const setup = (options: Parameters<typeof createLogger>[0] = {}) => {
  const sink = createLineSink();
  const logger = createLogger({ service: 'users', level: 'trace', destination: sink.destination, ...options });
  return { sink, logger };
};

describe('every path into a record is scrubbed', () => {
  it('the message', () => {
    const { sink, logger } = setup();
    logger.info(`invite sent to ${PII.email} from ${PII.ip}`);
    const [record] = sink.records();
    expect(record?.message).toMatch(/^invite sent to \S+ from \S+$/);
    assertNoPii(sink.raw.join(''));
  });

  it('printf-style string arguments', () => {
    const { sink, logger } = setup();
    logger.info('invite %s (call %s) status %d', PII.email, PII.phone, 201);
    const [record] = sink.records();
    expect(record?.message).toMatch(/^invite \S+ \(call .+\) status 201$/);
    assertNoPii(sink.raw.join(''));
  });

  it('printf-style object arguments, by key as well as by value', () => {
    const { sink, logger } = setup();
    logger.info('login %j', { username: 'ana', password: PII.password, note: `mail ${PII.email}` });
    const [record] = sink.records();
    expect(record?.message).toContain('"username":"ana"');
    assertNoPii(sink.raw.join(''));
  });

  it('the merge object, keeping safe fields', () => {
    const { sink, logger } = setup();
    const requestId = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';
    logger.info(
      {
        requestId,
        status: 200,
        durationMs: 12.5,
        user: { id: 'u-42', email: PII.email, ip: PII.ip },
        headers: { authorization: PII.bearer, 'content-type': 'application/json' },
        note: `card ${PII.card}, phone ${PII.phone}`,
      },
      'request done',
    );
    const record = sink.find('request done');
    expect(record).toMatchObject({ requestId, status: 200, durationMs: 12.5, user: { id: 'u-42' } });
    expect((record.headers as Record<string, unknown>)['content-type']).toBe('application/json');
    assertNoPii(sink.raw.join(''));
  });

  it('keys as well as values, with sibling context (a name next to an email is a person’s)', () => {
    const { sink, logger } = setup();
    logger.info({ [PII.email]: 'invited', name: 'Ana Lima', email: PII.email, plan: 'pro' }, 'context');
    const record = sink.find('context');
    expect(record.plan).toBe('pro');
    expect(record.name).not.toBe('Ana Lima');
    assertNoPii(sink.raw.join(''));
  });

  it('does not mutate the object it was given', () => {
    const { sink, logger } = setup();
    const err = new Error(`failed for ${PII.email}`);
    const input = { user: { email: PII.email }, err };
    const arg = { phone: PII.phone };
    logger.info(input, 'x %j', arg);
    // The record is scrubbed, so the scrubbing ran on copies.
    expect(sink.find('x {"phone":"[phone]"}')).toMatchObject({ user: { email: '[email]' } });
    assertNoPii(sink.raw.join(''));
    expect(input.user.email).toBe(PII.email);
    expect(input.err).toBe(err);
    expect(err.message).toBe(`failed for ${PII.email}`);
    expect(arg.phone).toBe(PII.phone);
  });

  it('child bindings, nested children and setBindings', () => {
    const { sink, logger } = setup();
    const child = logger.child({ email: PII.email, tenant: 't-1' });
    const grandchild = child.child({ device: { ip: PII.ip, id: 'd-9' } });
    grandchild.info('nested');
    grandchild.setBindings({ phone: PII.phone, step: 3 });
    grandchild.info('rebound');
    expect(sink.find('nested')).toMatchObject({ tenant: 't-1', device: { id: 'd-9' } });
    expect(sink.find('rebound')).toMatchObject({ tenant: 't-1', step: 3 });
    assertNoPii(sink.raw.join(''));
  });

  it('child bindings are scrubbed once, when the child is created, not on every line', () => {
    const scrubber = createScrubber();
    const { sink, logger } = setup({ scrubber });
    const scrub = vi.spyOn(scrubber, 'scrub');
    const scrubField = vi.spyOn(scrubber, 'scrubField');
    const child = logger.child({ tenant: 't-1', contact: PII.email });
    const callsAtCreation = scrub.mock.calls.length + scrubField.mock.calls.length;
    expect(scrub.mock.calls.map(([value]) => value)).toContainEqual({ tenant: 't-1', contact: PII.email });
    for (let i = 0; i < 50; i++) child.info('line');
    expect(scrub.mock.calls.length + scrubField.mock.calls.length).toBe(callsAtCreation);
    expect(sink.records()).toHaveLength(50);
    expect(sink.records()[49]).toMatchObject({ tenant: 't-1' });
    assertNoPii(sink.raw.join(''));
  });

  it('child options: serializers and a bindings formatter cannot bypass scrubbing', () => {
    const { sink, logger } = setup();
    const child = logger.child(
      { account: 'a-1' },
      {
        serializers: { account: (id: string) => ({ id, owner: PII.email }) },
        formatters: { bindings: (b) => ({ ...b, contact: PII.phone }), log: (o) => ({ ...o, leaked: PII.ip }) },
      },
    );
    child.info({ account: 'a-2' }, 'child options');
    const record = sink.find('child options');
    expect(record.account).toMatchObject({ id: 'a-2' });
    assertNoPii(sink.raw.join(''));
  });

  it('err: type and stack frames kept; message, stack text, cause chain and custom fields scrubbed', () => {
    const { sink, logger } = setup();
    const cause = new Error(`lookup failed for ${PII.email}`);
    const error = Object.assign(new TypeError(`cannot charge ${PII.card}`, { cause }), {
      customer: PII.phone,
      code: 'E_CHARGE',
    });
    logger.error({ err: error }, 'charge failed');
    logger.error(error);
    const [withMessage, alone] = sink.records();
    const err = withMessage?.err as Record<string, string>;
    expect(err.type).toBe('TypeError');
    expect(err.code).toBe('E_CHARGE');
    expect(err.stack).toMatch(/\n\s+at /);
    expect(err.stack).toContain('caused by');
    expect(alone).toMatchObject({ err: { type: 'TypeError' } });
    expect(alone?.message).toMatch(/^cannot charge /);
    assertNoPii(sink.raw.join(''));
  });

  it('AWS SDK errors keep $metadata.httpStatusCode, requestId and $fault', () => {
    const { sink, logger } = setup();
    const error = Object.assign(new Error(`User ${PII.email} not found`), {
      name: 'ResourceNotFoundException',
      $fault: 'client',
      $metadata: { httpStatusCode: 404, requestId: '0f5c7b64-5a2b-4a8e-9a0a-7d2f7c3b9e11', attempts: 1 },
    });
    logger.error({ err: error }, 'dynamo failed');
    const err = sink.find('dynamo failed').err as Record<string, unknown>;
    expect(err).toMatchObject({
      $fault: 'client',
      $metadata: { httpStatusCode: 404, requestId: '0f5c7b64-5a2b-4a8e-9a0a-7d2f7c3b9e11', attempts: 1 },
    });
    assertNoPii(sink.raw.join(''));
  });

  it('errors under other keys and among printf arguments', () => {
    const { sink, logger } = setup();
    logger.warn({ failure: new Error(`bad ${PII.email}`) }, 'retrying %o', new Error(`again ${PII.phone}`));
    const [record] = sink.records();
    expect(record).toMatchObject({ failure: { type: 'Error' } });
    assertNoPii(sink.raw.join(''));
  });

  it("custom serializers' output", () => {
    const { sink, logger } = setup({
      serializers: { req: (req: { url: string }) => ({ url: req.url, from: PII.ip, contact: PII.email }) },
    });
    logger.info({ req: { url: '/users/42?token=abc' } }, 'served');
    const record = sink.find('served');
    expect((record.req as Record<string, string>).url).toMatch(/^\/users\/42/);
    assertNoPii(sink.raw.join(''));
  });

  it("formatters.log, mixin and a user logMethod hook's output", () => {
    const { sink, logger } = setup({
      formatters: { log: (object) => ({ ...object, owner: PII.email }) },
      mixin: () => ({ caller: PII.phone, region: 'eu-west-1' }),
      hooks: {
        logMethod(args, method) {
          method.apply(this, [{ injected: PII.card }, `${String(args[0])} by ${PII.email}`]);
        },
      },
    });
    logger.info('hooked');
    const [record] = sink.records();
    expect(record?.region).toBe('eu-west-1');
    expect(record?.message).toMatch(/^hooked by /);
    assertNoPii(sink.raw.join(''));
  });

  it('base fields and msgPrefix', () => {
    const { sink, logger } = setup({ base: { owner: PII.email, stage: 'prod' }, msgPrefix: `[${PII.phone}] ` });
    logger.info('prefixed');
    const [record] = sink.records();
    expect(record?.stage).toBe('prod');
    assertNoPii(sink.raw.join(''));
  });

  it('appendKeys', () => {
    const { sink, logger } = setup();
    logger.appendKeys({ contact: PII.email, plan: 'pro' });
    logger.info('with keys');
    logger.removeKeys(['plan']);
    logger.info('without plan');
    expect(sink.find('with keys').plan).toBe('pro');
    expect(sink.find('without plan')).not.toHaveProperty('plan');
    assertNoPii(sink.raw.join(''));
  });
});
