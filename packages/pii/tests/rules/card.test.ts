import { isCardNumber, luhn, scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('card rule', () => {
  it('takes an expiry written right after a card number with it', () => {
    expect(scrubString('my card 6011 3324 8276 1112 exp 09/29 and')).toBe('my card [card] exp [card] and');
    expect(scrubString('order 4111 paid on 09/29')).toBe('order 4111 paid on 09/29');
    expect(scrubString('refund to card 5425-8708-9079-4946 (exp 08/28)')).toBe('refund to card [card] (exp [card])');
  });

  it('takes an expiry anywhere in a text that holds a card, and only then', () => {
    expect(scrubString('read out card 4179284425590236 on the call, expiry 09/29; ok')).toBe(
      'read out card [card] on the call, expiry [card]; ok',
    );
    expect(scrubString('fingerprint_src | 4553 7467 4167 6614\nexp             | 08/28')).toBe(
      'fingerprint_src | [card]\nexp             | [card]',
    );
    expect(scrubString('subscription expires 09/29, card ending 4242')).toBe(
      'subscription expires 09/29, card ending 4242',
    );
  });

  it.each([
    ['Visa', '4111 1111 1111 1111'],
    ['Visa 13', '4222222222222'],
    ['Mastercard', '5500-0000-0000-0004'],
    ['Mastercard 2-series', '2223003122003222'],
    ['Amex', '3714 496353 98431'],
    ['Discover', '6011111111111117'],
    ['JCB', '3530111333300000'],
    ['Diners', '30569309025904'],
    ['UnionPay', '6200000000000005'],
    ['Maestro', '6759649826438453'],
  ])('replaces %s', (_network, card) => {
    expect(scrubString(`card ${card} declined`)).toBe('card [card] declined');
  });

  it('finds a card followed by another number group', () => {
    expect(scrubString('4111 1111 1111 1111 12/29')).toBe('[card] 12/29');
  });

  it.each([
    '4111111111111112',
    '1234567890123456',
    '1700000000123',
    '9111111111111111',
    '41111111111111111111111',
    '4111.1111.1111.1111',
    'v4111111111111111',
  ])('keeps %j (fails prefix, Luhn or shape)', (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it('validates with Luhn and known prefixes', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isCardNumber('0000000000000000')).toBe(false);
  });
});
