import { createLogger } from '@valine/logger';
import { describe, expect, it } from 'vitest';
import { assertNoPii, createLineSink, PII } from './helpers/lineSink.js';

const setup = () => {
  const sink = createLineSink();
  return { sink, logger: createLogger({ level: 'trace', destination: sink.destination }) };
};

describe('bad input never throws and never blocks', () => {
  it('cyclic objects, in the merge object, printf arguments and bindings', () => {
    const { sink, logger } = setup();
    const cyclic: Record<string, unknown> = { name: 'loop', email: PII.email };
    cyclic.self = cyclic;
    expect(() => {
      logger.info(cyclic, 'cyclic %j', cyclic);
      logger.child({ cyclic }).info('cyclic binding');
    }).not.toThrow();
    expect(sink.records()).toHaveLength(2);
    assertNoPii(sink.raw.join(''));
  });

  it('throwing getters and hostile proxies, in log calls and child bindings', () => {
    const { sink, logger } = setup();
    const getter = {
      ok: 1,
      get bad(): string {
        throw new Error('getter');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
        getPrototypeOf() {
          throw new Error('proto');
        },
      },
    );
    expect(() => {
      logger.info(getter, 'getter');
      logger.info(revoked.proxy, 'revoked');
      logger.info(hostile, 'hostile');
      logger.child(getter).info('getter binding');
      logger.child(hostile).info('hostile binding');
      logger.error(
        {
          err: Object.defineProperty(new Error('x'), 'message', {
            get: () => {
              throw new Error('m');
            },
          }),
        },
        'bad err',
      );
    }).not.toThrow();
    expect(sink.records().map((r) => r.message)).toEqual([
      'getter',
      'revoked',
      'hostile',
      'getter binding',
      'hostile binding',
      'bad err',
    ]);
    expect(sink.find('getter').ok).toBe(1);
  });

  it('reads each field of a merge object once, so a getter runs once and what is written is what was scrubbed', () => {
    const { sink, logger } = setup();
    let reads = 0;
    const record = {
      id: 'u-1',
      get contact(): string {
        reads++;
        // A second read would see a different value than the one that was scrubbed.
        return reads === 1 ? PII.email : 'second read';
      },
    };
    logger.info(record, 'getter once');
    expect(reads).toBe(1);
    expect(sink.find('getter once')).toMatchObject({ id: 'u-1', contact: '[email]' });
  });

  it('keeps a `__proto__` key from JSON.parse as data, scrubbed, without touching any prototype', () => {
    const { sink, logger } = setup();
    logger.info(JSON.parse(`{"__proto__": {"email": "${PII.email}"}, "id": "u-2"}`), 'proto key');
    const line = sink.raw.find((l) => l.includes('proto key')) ?? '';
    expect(line).toContain('"__proto__":{"email":"[email]"}');
    expect(({} as Record<string, unknown>).email).toBeUndefined();
    assertNoPii(line);
  });

  it('BigInt, symbols, functions, Maps, Sets, Dates and class instances', () => {
    const { sink, logger } = setup();
    class Account {
      constructor(
        public id: string,
        public email: string,
      ) {}
    }
    expect(() => {
      logger.info(
        { big: 10n ** 30n, when: new Date(0), map: new Map([['email', PII.email]]), set: new Set([PII.ip]) },
        'mixed',
      );
      (logger.info as (...args: unknown[]) => void)(Symbol('s'));
      logger.info('fn %s', () => PII.email);
      logger.info(new Account('a-1', PII.email), 'instance');
      (logger.info as (...args: unknown[]) => void)('big %d and %j', 5n, { n: 1n });
    }).not.toThrow();
    expect(sink.records()).toHaveLength(5);
    expect(sink.find('instance').id).toBe('a-1');
    assertNoPii(sink.raw.join(''));
  });

  it('a call with no arguments, null and undefined', () => {
    const { sink, logger } = setup();
    expect(() => {
      (logger.info as (...args: unknown[]) => void)();
      logger.info(null);
      logger.info(undefined);
      (logger.info as (...args: unknown[]) => void)(undefined, undefined);
    }).not.toThrow();
    expect(sink.records()).toHaveLength(4);
  });

  it('a 10 MB string is truncated, not scanned in full, and does not block', () => {
    const { sink, logger } = setup();
    const huge = `${'x'.repeat(10 * 1024 * 1024)} ${PII.email}`;
    const started = performance.now();
    logger.info({ body: huge }, huge);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sink.raw[0]?.length ?? 0).toBeLessThan(1024 * 1024);
    assertNoPii(sink.raw.join(''));
  });

  it('adversarial inputs stay linear (no catastrophic backtracking)', () => {
    const { sink, logger } = setup();
    const inputs = ['a@'.repeat(20_000), `${'1-'.repeat(20_000)}x`, `${'a.'.repeat(20_000)}@`, '%s'.repeat(20_000)];
    const started = performance.now();
    for (const input of inputs) logger.info({ input }, input);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sink.records()).toHaveLength(inputs.length);
  });

  it('a destination whose write throws: the call returns, the line is counted as dropped', () => {
    let calls = 0;
    const logger = createLogger({
      destination: {
        write() {
          calls++;
          throw new Error('EPIPE');
        },
      },
    });
    expect(() => {
      logger.info('one');
      logger.error({ err: new Error('two') }, 'two');
    }).not.toThrow();
    expect(calls).toBe(2);
    expect(logger.droppedLines).toBe(2);
  });

  it('a user serializer or hook that throws does not throw into the caller', () => {
    const sink = createLineSink();
    const logger = createLogger({
      destination: sink.destination,
      serializers: {
        user: () => {
          throw new Error('serializer');
        },
      },
    });
    expect(() => logger.info({ user: { id: 1 } }, 'serializer threw')).not.toThrow();
    expect(sink.find('serializer threw').user).toBe('[Unreadable]');
    const hooked = createLogger({
      destination: sink.destination,
      hooks: {
        logMethod() {
          throw new Error('hook');
        },
      },
      mixin: () => {
        throw new Error('mixin');
      },
    });
    expect(() => hooked.info('hook threw')).not.toThrow();
    const mixed = createLogger({
      destination: sink.destination,
      mixin: () => {
        throw new Error('mixin');
      },
    });
    expect(() => mixed.info('mixin threw')).not.toThrow();
    expect(sink.find('mixin threw').level).toBe('INFO');
  });
});
