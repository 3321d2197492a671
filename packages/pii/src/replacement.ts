import { CACHE_SIZE, DEFAULT_HASH_LENGTH } from './constants.js';
import { PiiConfigError } from './errors.js';
import { hmacSha256, toHex, utf8 } from './sha256.js';
import type { PiiKind, Replacement, ReplacementContext } from './types.js';

/** Produces the text that stands in for one finding. Never throws. */
export type Replacer = (context: ReplacementContext) => string;

export const label = (kind: PiiKind): string => `[${kind}]`;

/** Keeps the shape and a hint, never enough to recover the value; secrets keep nothing, not even their length. */
export function mask(kind: PiiKind, value: string): string {
  const last = (n: number) => value.replace(/\D/g, '').slice(-n);
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split(/@|%40/i);
    const dot = domain.lastIndexOf('.');
    return `${local[0]}***@${domain[0]}***${domain.slice(dot)}`;
  }
  if (kind === 'card') return `**** **** **** ${last(4)}`;
  return kind === 'ssn' || kind === 'phone' ? `***${last(kind === 'ssn' ? 4 : 2)}` : '****';
}

/** Lower-cases and decodes emails so `Jane@X.com` and `jane%40x.com` get the same pseudonym. */
const canonical = (kind: PiiKind, value: string) =>
  kind === 'email' ? value.replace(/%40/gi, '@').toLowerCase() : value;

function hashReplacer(key: string, length: number): Replacer {
  if (typeof key !== 'string' || key.length === 0) {
    throw new PiiConfigError('hash.key must be a non-empty string');
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

/** Compiles the `replacement` option once per scrubber. */
export function createReplacer(replacement: Replacement | undefined): Replacer {
  if (replacement === undefined || replacement === 'label') return ({ kind }) => label(kind);
  if (replacement === 'mask') return ({ kind, value }) => mask(kind, value);
  if (typeof replacement === 'function') {
    return (context) => {
      try {
        const out = replacement(context);
        return typeof out === 'string' ? out : label(context.kind);
      } catch {
        return label(context.kind);
      }
    };
  }
  if (typeof replacement === 'object' && replacement !== null && 'hash' in replacement) {
    const length = replacement.hash.length ?? DEFAULT_HASH_LENGTH;
    if (!Number.isInteger(length) || length < 8 || length > 64) {
      throw new PiiConfigError('hash.length must be 8 to 64');
    }
    return hashReplacer(replacement.hash.key, length);
  }
  throw new PiiConfigError(`replacement: ${String(replacement)}`);
}
