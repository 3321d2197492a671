import { createScrubber, scrub } from '@valine/pii';
import { describe, expect, it } from 'vitest';

const roundTrips = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('structure walk', () => {
  it('turns errors into plain objects: name and frames kept, text scrubbed, cause and errors followed', () => {
    class PaymentError extends Error {
      code = 'card_declined';
      customer = 'jane@example.com';
    }
    const inner = new TypeError('lookup failed for 203.0.113.9');
    const err = new PaymentError('charge failed for jane@example.com', { cause: inner });
    const out = scrub({ err }) as unknown as { err: Record<string, unknown> };
    expect(out.err.name).toBe('Error');
    expect(out.err.message).toBe('charge failed for [email]');
    expect(out.err.stack).toMatch(/^Error: charge failed for \[email\]\n\s+at /);
    expect(out.err.stack).not.toContain('jane@');
    expect(out.err.code).toBe('card_declined');
    expect(out.err.customer).toBe('[email]');
    expect((out.err.cause as Record<string, unknown>).message).toBe('lookup failed for [ip]');
    expect((out.err.cause as Record<string, unknown>).name).toBe('TypeError');

    // A stack that is not a string is left out (it is not enumerable); an `errors` that is no list is an own field.
    const odd = Object.assign(new Error('x'), { stack: { frame: 'at jane@example.com' }, errors: 'a@b.co' });
    expect(scrub(odd)).toEqual({ name: 'Error', message: 'x', errors: '[email]' });

    const agg = scrub(new AggregateError([new Error('a@b.co failed'), new RangeError('x')], 'two failed')) as {
      errors: { message: string; name: string }[];
    };
    expect(agg.errors.map((e) => [e.name, e.message])).toEqual([
      ['Error', '[email] failed'],
      ['RangeError', 'x'],
    ]);
  });

  it('converts built-in types to JSON-friendly values', () => {
    const out = scrub({
      map: new Map<unknown, unknown>([
        ['email', 'a@b.co'],
        ['note', 'call 555-123-4567'],
      ]),
      objMap: new Map<unknown, unknown>([[{ k: 1 }, 'jane@example.com']]),
      set: new Set(['a@b.co', 'ok']),
      date: new Date('2024-01-15T10:30:00.000Z'),
      bad: new Date(Number.NaN),
      url: new URL('https://x.example.com/u/jane@example.com?token=abc123&page=2'),
      buf: new Uint8Array(1024),
      ab: new ArrayBuffer(16),
      boxed: [Object('a@b.co'), Object(42), Object(true)],
      big: 12n,
      bigCard: 4111111111111111n,
      numCard: 4111111111111111,
      sym: Symbol('s'),
      fn: () => 1,
      re: /jane@example.com/,
    });
    expect(out).toEqual({
      map: { email: '[email]', note: 'call [phone]' },
      objMap: [[{ k: 1 }, '[email]']],
      set: ['[email]', 'ok'],
      date: '2024-01-15T10:30:00.000Z',
      bad: 'Invalid Date',
      url: 'https://x.example.com/u/[email]?token=[token]&page=2',
      buf: '[Uint8Array(1024)]',
      ab: '[ArrayBuffer(16)]',
      boxed: ['[email]', 42, true],
      big: '12',
      bigCard: '[card]',
      numCard: '[card]',
      sym: '[Symbol]',
      fn: '[Function]',
      re: '/[email]/',
    });
  });

  it('copies class instances as own enumerable props (private fields stay invisible)', () => {
    class User {
      #secret = 'hidden';
      constructor(
        public id: string,
        public email: string,
      ) {}
      get secret() {
        return this.#secret;
      }
    }
    expect(scrub(new User('u1', 'a@b.co'))).toEqual({ id: 'u1', email: '[email]' });
  });

  it('marks cycles, throwing getters and hostile proxies, and never throws', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    cyclic.list = [cyclic];
    expect(scrub(cyclic)).toEqual({ a: 1, self: '[Circular]', list: ['[Circular]'] });

    const getter = {
      ok: 1,
      get boom(): never {
        throw new Error('no');
      },
    };
    expect(scrub(getter)).toEqual({ ok: 1, boom: '[Unreadable]' });

    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap, has: trap });
    expect(scrub({ p: hostile })).toEqual({ p: '[Unreadable]' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(scrub({ p: proxy })).toEqual({ p: '[Unreadable]' });

    const throwingToJSON = { toJSON: trap };
    expect(scrub([throwingToJSON])).toEqual(['[Unreadable]']);

    // Objects opened under a sensitive key (address, session, auth) fail closed on their own, not their parent.
    const keysTrap = new Proxy({}, { ownKeys: trap });
    for (const p of [hostile, keysTrap]) {
      expect(scrub({ id: 'u-1', address: p, session: p, auth: p })).toEqual({
        id: 'u-1',
        address: '[address]',
        session: '[token]',
        auth: '[secret]',
      });
    }
  });

  it('handles null-prototype and frozen objects without mutating input', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { email: 'a@b.co', n: 1 });
    expect(scrub(bare)).toEqual({ email: '[email]', n: 1 });
    const frozen = Object.freeze({ user: Object.freeze({ email: 'a@b.co', tags: Object.freeze(['x']) }) });
    const before = structuredClone(frozen);
    scrub(frozen);
    expect(frozen).toEqual(before);
    const proto = JSON.parse('{"__proto__": {"polluted": "jane@example.com"}}') as object;
    const out = scrub(proto) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds sparse arrays, huge objects, deep nesting and long strings with visible markers', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    sparse[0] = 'a@b.co';
    const out = scrub(sparse) as unknown[];
    expect(out).toHaveLength(1001);
    expect(out[0]).toBe('[email]');
    expect(out[1000]).toBe('[Truncated: 999999000 more]');

    const wide: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) wide[`k${i}`] = i;
    const wideOut = scrub(wide) as Record<string, unknown>;
    expect(Object.keys(wideOut)).toHaveLength(1001);
    expect(wideOut['…']).toBe('[Truncated: 199000 more]');

    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.x = next;
      deep = next;
    }
    expect(JSON.stringify(scrub(root))).toContain('[Truncated: depth]');

    const huge = `${'word '.repeat(2_000_000)}jane@example.com`;
    const hugeOut = scrub(huge);
    expect(hugeOut.length).toBeLessThan(33_000);
    expect(hugeOut).toMatch(/…\[Truncated: \d+ chars\]$/);
    expect(hugeOut).not.toContain('jane@');
  });

  it('bounds Maps and Sets at maxBreadth, whatever their keys', () => {
    const s = createScrubber({ limits: { maxBreadth: 2 } });
    const byName = new Map<unknown, unknown>([
      ['email', 'a@b.co'],
      [7, 'ok'],
      ['later', 'x'],
      [{ k: 1 }, 'never read: past the limit'],
    ]);
    expect(s.scrub(byName)).toEqual({ email: '[email]', 7: 'ok', '…': '[Truncated: 2 more]' });
    const byObject = new Map<unknown, unknown>([
      [{ id: 1 }, 'jane@example.com'],
      ['email', 'x'],
      ['c', 'y'],
    ]);
    expect(s.scrub(byObject)).toEqual([[{ id: 1 }, '[email]'], ['email', 'x'], '[Truncated: 1 more]']);
    expect(s.scrub(new Set(['a@b.co', 1, 2, 3]))).toEqual(['[email]', 1, '[Truncated: 2 more]']);
  });

  it('never leaves half a token at a string cut', () => {
    const scrubber = createScrubber({ limits: { maxStringLength: 40 } });
    const out = scrubber.scrubString(`${'x '.repeat(15)}jane.doe@example.com trailing`);
    expect(out).not.toContain('jane');
    expect(out).toMatch(/\[Truncated: \d+ chars\]$/);
  });

  it('stops at the node budget', () => {
    const scrubber = createScrubber({ limits: { maxNodes: 5 } });
    expect(scrubber.scrub([1, 2, 3, 4, 5, 6, 7])).toEqual([
      1,
      2,
      3,
      4,
      '[Truncated: size]',
      '[Truncated: size]',
      '[Truncated: size]',
    ]);
  });

  it('always gives JSON-serializable output', () => {
    const nasty = { a: 1n, b: Symbol('x'), c: new Map([[1n, 2n]]), d: [undefined, Number.NaN], e: new WeakMap() };
    expect(() => JSON.stringify(scrub(nasty))).not.toThrow();
    expect(roundTrips(scrub(nasty))).toEqual({ a: '1', b: '[Symbol]', c: [['1', '2']], d: [null, null], e: {} });
  });
});
