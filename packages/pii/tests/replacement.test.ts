import { createScrubber, PiiConfigError, type Replacement } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('replacement modes', () => {
  it('labels by default', () => {
    expect(createScrubber().scrubString('a@b.co')).toBe('[email]');
  });

  it('masks with a shape and a hint, never the secret', () => {
    const s = createScrubber({ replacement: 'mask' });
    expect(s.scrubString('jane@example.com')).toBe('j***@e***.com');
    expect(s.scrubString('4111 1111 1111 1111')).toBe('**** **** **** 1111');
    expect(s.scrubString('+1 555 123 4567')).toBe('***67');
    expect(s.scrubString('123-45-6789')).toBe('***6789');
    expect(s.scrub({ password: 'hunter2' })).toEqual({ password: '****' });
  });

  it('calls a replacement function with context, and falls back to a label if it throws', () => {
    const seen: unknown[] = [];
    const s = createScrubber({
      replacement: (ctx) => {
        seen.push(ctx);
        return `<${ctx.kind}>`;
      },
    });
    expect(s.scrub({ email: 'a@b.co', note: 'ip 203.0.113.9' })).toEqual({ email: '<email>', note: 'ip <ip>' });
    expect(seen).toEqual([
      { kind: 'email', value: 'a@b.co', rule: 'emailKey', key: 'email' },
      { kind: 'ip', value: '203.0.113.9', rule: 'ipv4', key: 'note' },
    ]);
    const broken = createScrubber({
      replacement: () => {
        throw new Error('bug');
      },
    });
    expect(broken.scrubString('a@b.co')).toBe('[email]');
  });

  it('rejects unusable options at creation time', () => {
    // The pre-subpath `{ hash: { key } }` form is refused with a pointer to @valine/pii/pseudonym, not ignored.
    const legacy = { hash: { key: 'k1' } } as unknown as Replacement;
    expect(() => createScrubber({ replacement: legacy })).toThrow(/@valine\/pii\/pseudonym/);
    expect(() => createScrubber({ replacement: 'hash' as Replacement })).toThrow(PiiConfigError);
    expect(() => createScrubber({ limits: { maxDepth: 0 } })).toThrow(PiiConfigError);
  });
});
