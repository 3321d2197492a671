import { createScrubber } from './scrubber.js';
import type { Scrubber } from './types.js';

let shared: Scrubber | undefined;

/** The default scrubber, built on first use so importing the package costs nothing. */
export const defaultScrubber = (): Scrubber => {
  shared ??= createScrubber();
  return shared;
};

/**
 * Returns a scrubbed, JSON-serializable copy of `value` using the default
 * rules. Never throws and never mutates its input.
 *
 * @example
 * ```ts
 * import { scrub } from '@valine/pii';
 *
 * scrub({ user: { id: 'u_42', email: 'jane@example.com' }, msg: 'card 4111 1111 1111 1111 declined' });
 * // → { user: { id: 'u_42', email: '[email]' }, msg: 'card [card] declined' }
 * ```
 */
export function scrub<T>(value: T): T {
  return defaultScrubber().scrub(value);
}

/**
 * Scrubs one string with the default value rules.
 *
 * @example
 * ```ts
 * scrubString('login failed for jane@example.com from 203.0.113.7');
 * // → 'login failed for [email] from [ip]'
 * ```
 */
export function scrubString(text: string): string {
  return defaultScrubber().scrubString(text);
}

/**
 * True when the default value rules find PII in `text`.
 *
 * @example
 * ```ts
 * containsPii('call +44 20 7946 0958'); // → true
 * containsPii('request 9f1c2d3e-0000-4c4c-8a8a-1234567890ab'); // → false
 * ```
 */
export function containsPii(text: string): boolean {
  return defaultScrubber().containsPii(text);
}
