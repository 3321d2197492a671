import { describe, expect, it } from 'vitest';
import { containsCardNumber } from '../src/moderation.js';

describe('containsCardNumber', () => {
  it('finds Luhn-valid card numbers written with spaces, dashes or none', () => {
    expect(containsCardNumber('use 4111 1111 1111 1111 please')).toBe(true);
    expect(containsCardNumber('card: 5500-0000-0000-0004')).toBe(true);
    expect(containsCardNumber('378282246310005 is amex')).toBe(true);
  });

  it('keeps digit runs that fail Luhn, and short numbers', () => {
    expect(containsCardNumber('order 4111 1111 1111 1112')).toBe(false);
    expect(containsCardNumber('epoch 1732834800123')).toBe(false);
    expect(containsCardNumber('call 415 555 0132')).toBe(false);
  });

  it('runs in linear time on long adversarial input', () => {
    const adversarial = `${'1 '.repeat(200_000)}x${'9-'.repeat(200_000)}`;
    const started = performance.now();
    containsCardNumber(adversarial);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
