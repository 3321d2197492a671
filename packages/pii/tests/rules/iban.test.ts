import { isIban, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('iban rule', () => {
  it.each([
    'GB82 WEST 1234 5698 7654 32',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
  ])('replaces %j', (iban) => {
    expect(scrubString(`pay to ${iban} today`)).toBe('pay to [iban] today');
  });

  it.each(['GB82 WEST 1234 5698 7654 33', 'DE89370400440532013001', 'XX89370400440532013000', 'AB12CDEF34567890'])(
    'keeps %j (fails mod-97 or length)',
    (input) => {
      expect(scrubString(input)).toBe(input);
      expect(isIban(input)).toBe(false);
    },
  );
});
