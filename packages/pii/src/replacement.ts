import { CACHE_SIZE, DEFAULT_HASH_LENGTH } from './constants.js';
import { PiiConfigError } from './errors.js';
import { hmacSha256, toHex, utf8 } from './sha256.js';
import type { PiiKind, Replacement, ReplacementContext } from './types.js';

/** Produces the text that stands in for one finding. Never throws. */
export type Replacer = (context: ReplacementContext) => string;

export const label = (kind: PiiKind): string => `[${kind}]`;

const maskRun = (s: string, keep: number) => {
  let seen = 0;
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i] as string;
    const digit = ch >= '0' && ch <= '9';
    out = (digit && seen++ >= keep ? '*' : ch) + out;
  }
  return out;
};

/** Keeps the shape and a hint, never enough to recover the value; secrets keep nothing, not even their length. */
export function mask(kind: PiiKind, value: string): string {
  if (kind === 'email') {
    const at = value.search(/@|%40/i);
    const domain = value.slice(value.indexOf('@') >= 0 ? at + 1 : at + 3);
    const dot = domain.lastIndexOf('.');
    return `${value[0]}***@${domain[0] ?? ''}***${dot >= 0 ? domain.slice(dot) : ''}`;
  }
  if (kind === 'card') {
    const digits = value.replace(/\D/g, '');
    return `**** **** **** ${digits.slice(-4)}`;
  }
  if (kind === 'phone') return maskRun(value, 2);
  if (kind === 'ssn') return `***-**-${value.replace(/\D/g, '').slice(-4)}`;
  if (kind === 'ip') return value.includes(':') ? '****:****' : '***.***.***.***';
  return '****';
}

/** Lower-cases and decodes emails so `Jane@X.com` and `jane%40x.com` get the same pseudonym. */
const canonical = (kind: PiiKind, value: string) =>
  kind === 'email' ? value.replace(/%40/gi, '@').toLowerCase() : value;

function hashReplacer(key: string, length: number): Replacer {
  if (typeof key !== 'string' || key.length === 0) {
    throw new PiiConfigError('replacement.hash.key must be a non-empty string');
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
      throw new PiiConfigError('replacement.hash.length must be an integer from 8 to 64');
    }
    return hashReplacer(replacement.hash.key, length);
  }
  throw new PiiConfigError(`Unknown replacement: ${String(replacement)}`);
}
