import { createScrubber } from '@valine/pii';
import { createPiiMatchers, fixtures, piiMatchers } from '@valine/pii/testing';
import { describe, expect, it } from 'vitest';

piiMatchers();

describe('@valine/pii/testing matchers', () => {
  it('toContainNoPII passes on safe values and fails on PII', () => {
    expect('user 42 logged in, status 200').toContainNoPII();
    expect({ requestId: '3f1c2d3e-9b8a-4c4c-8a8a-1234567890ab', at: new Date(0) }).toContainNoPII();
    expect({ msg: 'paid by jane@example.com' }).not.toContainNoPII();
    expect({ password: 'x' }).not.toContainNoPII();
  });

  it('toScrubTo compares the scrubbed copy', () => {
    expect({ email: 'a@b.co', n: 1 }).toScrubTo({ email: '[email]', n: 1 });
    expect('call 555-123-4567').toScrubTo('call [phone]');
    expect('call 555-123-4567').not.toScrubTo('call 555-123-4567');
  });

  it('reports what changed when a check fails', () => {
    expect(() => expect('mail a@b.co').toContainNoPII()).toThrow(/scrubbed: mail \[email\]/);
  });

  it('every fixture is handled as intended', () => {
    for (const [kind, list] of Object.entries(fixtures.pii)) {
      for (const sample of list) expect(`${kind}: ${sample}`).not.toContainNoPII();
    }
    for (const list of Object.values(fixtures.safe)) {
      for (const sample of list) expect(`value ${sample} end`).toContainNoPII();
    }
  });
});

// The pattern an app follows to unit-test its own rule (documented in the README).
describe('an app testing its own custom rule', () => {
  const appScrubber = createScrubber({
    rules: [{ name: 'memberNo', kind: 'member', pattern: /\bVAL-\d{6}\b/g }],
  });
  expect.extend(createPiiMatchers(appScrubber));

  it('removes member numbers and keeps order numbers', () => {
    expect('refund for VAL-123456').toScrubTo('refund for [member]');
    expect('refund for VAL-123456').not.toContainNoPII();
    expect('order ORD-123456 shipped').toContainNoPII();
  });
});
