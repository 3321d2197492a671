import { createScrubber, PiiConfigError, scrub } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { defaultScrubber } from '../src/scrub.js';

describe('createScrubber options', () => {
  it('adds value rules as regex or function, with validate and quickCheck', () => {
    const s = createScrubber({
      rules: [
        { name: 'memberNo', kind: 'member', pattern: /\bVAL-\d{6}\b/, validate: (m) => !m.endsWith('000000') },
        {
          name: 'ticket',
          kind: 'ticket',
          quickCheck: (t) => t.includes('#'),
          pattern: (t) => {
            const i = t.indexOf('#T');
            return i < 0 ? [] : [{ start: i, end: i + 6 }];
          },
        },
      ],
    });
    expect(s.scrubString('member VAL-123456 and VAL-000000, ticket #T1234')).toBe(
      'member [member] and VAL-000000, ticket [ticket]',
    );
  });

  it('adds key rules by list or predicate', () => {
    const s = createScrubber({
      keyRules: [
        { name: 'loyalty', kind: 'member', keys: ['loyalty-number'] },
        { name: 'notes', kind: 'note', keys: (k) => k.endsWith('notes') },
      ],
    });
    expect(s.scrub({ loyaltyNumber: 'L-1', internalNotes: 'x', other: 'y' })).toEqual({
      loyaltyNumber: '[member]',
      internalNotes: '[note]',
      other: 'y',
    });
  });

  it('disables built-in value and key rules by name', () => {
    const s = createScrubber({ disable: ['ipv4', 'ipKey', 'personName'] });
    expect(s.scrub({ ip: '203.0.113.9', user: { name: 'Zork Blorp' }, email: 'a@b.co' })).toEqual({
      ip: '203.0.113.9',
      user: { name: 'Zork Blorp' },
      email: '[email]',
    });
  });

  it('allowKeys skips key rules only; denyKeys always redacts', () => {
    const s = createScrubber({ allowKeys: ['client_ip'], denyKeys: ['internalNotes'] });
    expect(s.scrub({ clientIp: 'edge-1', sourceIp: 'edge-2', internal_notes: { a: 1 }, note: 'ok' })).toEqual({
      clientIp: 'edge-1',
      sourceIp: '[ip]',
      internal_notes: '[redacted]',
      note: 'ok',
    });
    expect(s.scrub({ clientIp: '203.0.113.9' })).toEqual({ clientIp: '[ip]' });
  });

  it('scrubField applies the key rules of the given key, then the value rules', () => {
    const s = createScrubber();
    expect(s.scrubField('password', 'x')).toBe('[password]');
    expect(s.scrubField('msg', 'mail a@b.co')).toBe('mail [email]');
    expect(s.scrubField('user', { email: 'a@b.co', name: 'Zork Blorp' })).toEqual({ email: '[email]', name: '[name]' });
  });

  it('containsPii and isSensitiveKey answer yes or no', () => {
    const s = createScrubber();
    expect(s.containsPii('ping 203.0.113.9')).toBe(true);
    expect(s.containsPii('request 3f1c2d3e-9b8a-4c4c-8a8a-1234567890ab took 12 ms')).toBe(false);
    expect(s.isSensitiveKey('Set-Cookie')).toBe(true);
    expect(s.isSensitiveKey('requestId')).toBe(false);
  });

  it('keeps UUIDs and ISO timestamps without a scan, unless a custom rule may want them', () => {
    const uuid = '8d1c6f2a-4b7e-4c19-9a3d-2f6e1b0c7d55';
    const times = ['2026-11-29T01:02:03Z', '2026-11-29T01:02:03.456+01:00', '2026-11-29T01:02'];
    expect(createScrubber().scrub({ id: uuid, at: times })).toEqual({ id: uuid, at: times });
    const custom = createScrubber({ rules: [{ name: 'tenant', kind: 'tenant', pattern: /^8d1c6f2a-[\w-]+$/ }] });
    expect(custom.scrubString(uuid)).toBe('[tenant]');
    // Near misses take the full scan: a UUID-length string with an email in it, a timestamp with text after it.
    expect(createScrubber().scrubString('reach jane@example.com today, please')).toBe('reach [email] today, please');
    expect(createScrubber().scrubString('2026-11-29T01:02:03Z jane@x.io')).toBe('2026-11-29T01:02:03Z [email]');
  });

  it('fences custom rules that throw', () => {
    const s = createScrubber({
      rules: [
        {
          name: 'broken',
          kind: 'x',
          pattern: () => {
            throw new Error('bug');
          },
        },
      ],
      keyRules: [
        {
          name: 'brokenKey',
          kind: 'x',
          keys: () => {
            throw new Error('bug');
          },
        },
      ],
    });
    expect(s.scrub({ a: 'mail a@b.co' })).toEqual({ a: 'mail [email]' });
  });

  it('rejects rules without a name', () => {
    expect(() => createScrubber({ rules: [{ name: '', kind: 'x', pattern: /x/g }] })).toThrow(PiiConfigError);
  });

  it('checks every limit when created, and takes the default for one left out', () => {
    for (const name of ['maxDepth', 'maxStringLength', 'maxNodes', 'maxBreadth'] as const) {
      expect(() => createScrubber({ limits: { [name]: 0 } })).toThrow(`limits.${name}: integer ≥ 1`);
      expect(() => createScrubber({ limits: { [name]: 2.5 } })).toThrow(PiiConfigError);
    }
    expect(() => createScrubber({ limits: { cleanCacheSize: Number.NaN } })).toThrow(PiiConfigError);
    const s = createScrubber({ limits: { maxBreadth: 2, maxDepth: undefined } });
    expect(s.scrub({ deep: { a: { b: 1 } }, x: 1, y: 2 })).toEqual({
      deep: { a: { b: 1 } },
      x: 1,
      '…': '[Truncated: 1 more]',
    });
  });

  it('the default scrub is one shared scrubber', () => {
    expect(scrub('a@b.co')).toBe('[email]');
    expect(defaultScrubber()).toBe(defaultScrubber());
  });
});

describe('clean-string cache', () => {
  it('remembers only clean strings: repeated PII is scrubbed every time', () => {
    const s = createScrubber({ limits: { cleanCacheSize: 2 } });
    for (let i = 0; i < 3; i++) {
      expect(s.scrubString('GET /health')).toBe('GET /health');
      expect(s.scrubString('mail jane@example.com')).toBe('mail [email]');
      expect(s.containsPii('mail jane@example.com')).toBe(true);
    }
    for (const text of ['a', 'b', 'c', 'a']) expect(s.scrubString(text)).toBe(text);
  });

  it('can be turned off and rejects a bad size', () => {
    const s = createScrubber({ limits: { cleanCacheSize: 0 } });
    expect(s.scrub({ route: 'GET /health', ip: '203.0.113.7' })).toEqual({ route: 'GET /health', ip: '[ip]' });
    expect(() => createScrubber({ limits: { cleanCacheSize: -1 } })).toThrow(PiiConfigError);
  });
});
