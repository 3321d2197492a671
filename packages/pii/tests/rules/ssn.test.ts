import { createScrubber, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('ssn rule', () => {
  it.each(['123-45-6789', '234 56 7890', '078-05-1120'])('replaces %j', (ssn) => {
    expect(scrubString(`ssn ${ssn} on file`)).toBe('ssn [ssn] on file');
  });

  it.each([
    '000-12-3456',
    '666-12-3456',
    '900-12-3456',
    '123-00-4567',
    '123-45-0000',
    '123-45 6789',
    '123 45-6789',
    '1123-45-6789',
    '123-45-67890',
  ])('keeps %j (area/group/serial or separators invalid)', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it('treats a bare nine-digit number as an SSN only under an SSN key', () => {
    expect(scrubString('order 123456789')).toBe('order 123456789');
    expect(createScrubber().scrub({ ssn: '123456789', orderNo: '123456789' })).toEqual({
      ssn: '[ssn]',
      orderNo: '123456789',
    });
    expect(scrubString('ssn=123456789')).toBe('ssn=[ssn]');
  });
});
