import { isCardNumber } from '@valine/pii';

/**
 * Content checks run before a post is stored. Posts must not carry payment
 * card numbers (people paste them by mistake); a card is 13–19 digits,
 * optionally grouped by spaces or dashes, with an issuer prefix and a valid
 * Luhn digit: the same validator the scrubber uses.
 */

const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;

/**
 * True when `text` contains something that looks like a payment card number.
 *
 * @example
 * ```ts
 * containsCardNumber('my card 4111 1111 1111 1111'); // true
 * containsCardNumber('order 1234567890123');          // false (fails Luhn)
 * ```
 */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    if (isCardNumber(match[0].replace(/[ -]/g, ''))) return true;
  }
  return false;
}
