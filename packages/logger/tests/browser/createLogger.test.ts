import { createLogger } from '@valine/logger/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertNoPii, PII } from '../helpers/lineSink.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const capture = () => {
  const calls: { method: string; record: Record<string, unknown> }[] = [];
  for (const method of ['debug', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((record: Record<string, unknown>) => {
      calls.push({ method, record });
    });
  }
  return calls;
};

describe('@valine/logger/browser in a DOM-less runtime', () => {
  it('has no DOM here: the test proves the build needs none', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('writes one scrubbed record per call to the matching console method', () => {
    const calls = capture();
    const logger = createLogger({ service: 'web', level: 'trace', base: { release: '1.2.3' } });
    logger.trace('t');
    logger.debug('d');
    logger.info({ user: { id: 'u-1', email: PII.email } }, 'invite %s to %s', PII.email, 'team-1');
    logger.warn('slow %d ms', 1200);
    logger.error(new Error(`failed for ${PII.phone}`));
    logger.fatal({ ip: PII.ip }, 'fatal');
    expect(calls.map((c) => c.method)).toEqual(['debug', 'debug', 'info', 'warn', 'error', 'error']);
    expect(calls.map((c) => c.record.level)).toEqual(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']);
    expect(calls[2]?.record).toMatchObject({
      service: 'web',
      release: '1.2.3',
      user: { id: 'u-1' },
      message: expect.stringMatching(/^invite \S+ to team-1$/),
    });
    expect(calls[3]?.record.message).toBe('slow 1200 ms');
    expect(calls[4]?.record.message).toMatch(/^failed for /);
    expect(Date.parse(calls[0]?.record.timestamp as string)).not.toBeNaN();
    assertNoPii(JSON.stringify(calls));
  });

  it('children carry scrubbed bindings; levels filter and can change', () => {
    const calls = capture();
    const logger = createLogger({ level: 'warn' });
    const child = logger.child({ email: PII.email, page: 'settings' });
    child.info('hidden');
    child.warn('shown');
    expect(child.bindings()).toMatchObject({ page: 'settings' });
    logger.level = 'debug';
    expect(logger.isLevelEnabled('debug')).toBe(true);
    child.debug('now shown');
    expect(calls.map((c) => c.record.message)).toEqual(['shown', 'now shown']);
    expect(calls[0]?.record.page).toBe('settings');
    assertNoPii(JSON.stringify(calls));
  });

  it('never throws: cycles, BigInt, throwing getters, no arguments, a console that throws', () => {
    const calls = capture();
    const logger = createLogger();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const getter = Object.defineProperty({}, 'bad', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(() => {
      logger.info(cyclic, 'cyclic %j', cyclic);
      logger.info({ n: 10n }, 'big %d', 3n);
      logger.info(getter, 'getter');
      (logger.info as () => void)();
    }).not.toThrow();
    // Each call still wrote its record, with what could not be copied replaced by a marker.
    const records = calls.map((c) => JSON.parse(JSON.stringify(c.record)) as Record<string, unknown>);
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ self: '[Circular]', message: 'cyclic {"self":"[Circular]"}' });
    expect(records[1]).toMatchObject({ n: '10' });
    expect(records[2]).toMatchObject({ bad: '[Unreadable]', message: 'getter' });
    expect(records[3]).toMatchObject({ level: 'INFO' });
    const broken = createLogger({
      console: {
        debug: () => undefined,
        info: () => {
          throw new Error('console gone');
        },
        warn: () => undefined,
        error: () => undefined,
      },
    });
    expect(() => broken.info('x')).not.toThrow();
  });
});
