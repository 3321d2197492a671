import { CACHE_SIZE, DEFAULT_HASH_LENGTH } from '../constants.js';
import { PiiConfigError } from '../errors.js';
import type { PiiKind, ReplacementContext } from '../types.js';
import { hmacSha256, toHex, utf8 } from './sha256.js';

export interface PseudonymOptions {
  /** The HMAC key. Keep it secret and the same everywhere a user must be followed (Lambda and browser). */
  key: string;
  /** Hex characters kept from the digest, 8 to 64. Default 12 (48 bits). */
  length?: number;
}

/** Lower-cases and decodes emails so `Jane@X.com` and `jane%40x.com` get the same pseudonym. */
const canonical = (kind: PiiKind, value: string) =>
  kind === 'email' ? value.replace(/%40/gi, '@').toLowerCase() : value;

/**
 * A `replacement` that writes a keyed HMAC-SHA-256 pseudonym (`email:9f2c1a0e2b7d`) for each finding:
 * the same value gives the same pseudonym across calls, processes and runtimes for one key, so an
 * on-call engineer can follow one user across log lines without seeing the address. Kept out of the
 * core entry so apps that only label or mask do not ship SHA-256.
 *
 * @throws {PiiConfigError} when `key` is empty or `length` is not an integer from 8 to 64.
 * @example
 * ```ts
 * import { createScrubber } from '@valine/pii';
 * import { pseudonym } from '@valine/pii/pseudonym';
 *
 * const scrubber = createScrubber({ replacement: pseudonym({ key: process.env.PII_HASH_KEY! }) });
 * scrubber.scrubString('refund for jane@example.com'); // → 'refund for email:5c1f9a0e2b7d'
 * ```
 */
export function pseudonym(options: PseudonymOptions): (context: ReplacementContext) => string {
  const key = options?.key;
  const length = options?.length ?? DEFAULT_HASH_LENGTH;
  if (typeof key !== 'string' || key.length === 0)
    throw new PiiConfigError('pseudonym: key must be a non-empty string');
  if (!Number.isInteger(length) || length < 8 || length > 64) {
    throw new PiiConfigError('pseudonym: length must be an integer from 8 to 64');
  }
  const keyBytes = utf8(key);
  const cache = new Map<string, string>();
  return ({ kind, value }) => {
    const id = `${kind}\u0000${canonical(kind, value)}`;
    let digest = cache.get(id);
    if (digest === undefined) {
      digest = toHex(hmacSha256(keyBytes, utf8(id))).slice(0, length);
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(id, digest);
    }
    return `${kind}:${digest}`;
  };
}
