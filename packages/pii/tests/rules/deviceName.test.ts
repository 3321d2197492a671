import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe("device names that carry their owner's name", () => {
  it.each([
    [
      'Device Name:         Tomás’s iPhone\nDate/Time: 2026-11-29',
      'Device Name:         [name]\nDate/Time: 2026-11-29',
    ],
    ['"device":"Lucía\'s iPad","os":"iPadOS 18"', '"device":"[name]","os":"iPadOS 18"'],
    ['paired with iPhone de Valeria Gómez today', 'paired with [name] today'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each(['Valine/2.8.0 (iPhone; iOS 18.1; Scale/3.00)', 'iPhone 15 Pro', "the app's iPad layout"])(
    'keeps %j',
    (input) => {
      expect(scrubString(input)).toBe(input);
    },
  );
});
