import { createHmac } from 'node:crypto';
import { createScrubber, PiiConfigError } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../src/pseudonym/index.js';

const hmac = (key: string, data: string, length = 12) =>
  createHmac('sha256', key).update(data).digest('hex').slice(0, length);

describe('pseudonym (keyed HMAC replacement)', () => {
  it('writes kind:hmac, stable across calls and scrubbers, case and URL encoding', () => {
    const s = createScrubber({ replacement: pseudonym({ key: 'k1' }) });
    const expected = `email:${hmac('k1', 'email\u0000jane@example.com')}`;
    expect(s.scrubString('jane@example.com')).toBe(expected);
    expect(s.scrubString('Jane@Example.com')).toBe(expected);
    expect(s.scrubString('jane%40example.com')).toBe(expected);
    expect(s.scrubString('mail jane@example.com twice: jane@example.com')).toBe(`mail ${expected} twice: ${expected}`);
    expect(createScrubber({ replacement: pseudonym({ key: 'k1' }) }).scrubString('jane@example.com')).toBe(expected);
    expect(createScrubber({ replacement: pseudonym({ key: 'k2' }) }).scrubString('jane@example.com')).not.toBe(
      expected,
    );
  });

  it('pseudonymizes key-rule and value-rule findings of every kind', () => {
    const s = createScrubber({ replacement: pseudonym({ key: 'k1', length: 20 }) });
    expect(s.scrub({ phone: '+44 20 7946 0958', note: 'from 203.0.113.9' })).toEqual({
      phone: `phone:${hmac('k1', 'phone\u0000+44 20 7946 0958', 20)}`,
      note: `from ip:${hmac('k1', 'ip\u0000203.0.113.9', 20)}`,
    });
    expect(s.scrubString('a@b.co')).toMatch(/^email:[0-9a-f]{20}$/);
  });

  it('is a plain replacement function that can be called on its own', () => {
    const replace = pseudonym({ key: 'k1', length: 64 });
    expect(replace({ kind: 'ssn', value: '123-45-6789', rule: 'ssn' })).toBe(
      `ssn:${hmac('k1', 'ssn\u0000123-45-6789', 64)}`,
    );
  });

  it('refuses an empty key or an unusable length when created', () => {
    expect(() => pseudonym({ key: '' })).toThrow(PiiConfigError);
    expect(() => pseudonym(undefined as unknown as { key: string })).toThrow(PiiConfigError);
    expect(() => pseudonym({ key: 'k', length: 2 })).toThrow(PiiConfigError);
    expect(() => pseudonym({ key: 'k', length: 65 })).toThrow(PiiConfigError);
    expect(() => pseudonym({ key: 'k', length: 12.5 })).toThrow(PiiConfigError);
  });
});
