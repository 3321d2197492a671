/**
 * Content checks run before a post is stored. Posts must not carry payment
 * card numbers (people paste them by mistake); a card is 13–19 digits,
 * optionally grouped by spaces or dashes, that pass the Luhn check.
 */

const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;

function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

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
    if (passesLuhn(match[0].replace(/[ -]/g, ''))) return true;
  }
  return false;
}
