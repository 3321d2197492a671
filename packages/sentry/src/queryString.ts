import { normalizeKey, type Scrubber } from '@valine/pii';
import { FILTERED, SENSITIVE_REQUEST_KEYS } from './constants.js';
import { isRecord } from './safely.js';

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A value under `key`: key rules (ours and the scrubber's) first, then value rules. */
export function scrubKeyed(key: string, value: unknown, scrubber: Scrubber): unknown {
  if (SENSITIVE_REQUEST_KEYS.has(normalizeKey(key))) return FILTERED;
  return scrubber.scrubField(key, value);
}

/** Keeps labels like `[email]` readable while escaping what would split the query. */
function encodeValue(text: string): string {
  return text.replace(/[%&=#+\s]/g, (c) => encodeURIComponent(c));
}

function scrubPair(pair: string, scrubber: Scrubber): string {
  const eq = pair.indexOf('=');
  if (eq < 0) {
    const text = decode(pair);
    const clean = scrubber.scrubString(text);
    return clean === text ? pair : encodeValue(clean);
  }
  const key = pair.slice(0, eq);
  const text = decode(pair.slice(eq + 1));
  const clean = scrubKeyed(decode(key), text, scrubber);
  return clean === text ? pair : `${key}=${encodeValue(String(clean))}`;
}

/**
 * Scrubs `a=1&email=x%40y.z` pair by pair so harmless parameters stay
 * byte-identical and a parameter named like a secret (`token=…`) goes even
 * when its value looks innocent.
 */
export function scrubQueryString(query: string, scrubber: Scrubber): string {
  const prefix = query.startsWith('?') ? '?' : '';
  const body = prefix ? query.slice(1) : query;
  if (body === '') return query;
  return (
    prefix +
    body
      .split('&')
      .map((pair) => scrubPair(pair, scrubber))
      .join('&')
  );
}

/** Sentry's `query_string`: a string, an object or an array of `[key, value]` pairs. */
export function scrubQuery(query: unknown, scrubber: Scrubber): unknown {
  if (typeof query === 'string') return scrubQueryString(query, scrubber);
  if (Array.isArray(query)) {
    return query.map((pair) =>
      Array.isArray(pair) && typeof pair[0] === 'string'
        ? [pair[0], scrubKeyed(pair[0], pair[1], scrubber)]
        : scrubber.scrub(pair),
    );
  }
  if (isRecord(query)) return scrubRecord(query, scrubber);
  return scrubber.scrub(query);
}

/** Every entry of a header-like bag through `scrubKeyed`. */
export function scrubRecord(record: Record<string, unknown>, scrubber: Scrubber): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = scrubKeyed(key, record[key], scrubber);
  return out;
}

/**
 * A URL, route or span name: the part before `?` through the value rules
 * (emails in paths), the query pair by pair, the fragment as text.
 */
export function scrubUrl(url: string, scrubber: Scrubber): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : `#${scrubber.scrubString(url.slice(hashAt + 1))}`;
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return scrubber.scrubString(beforeHash) + fragment;
  return (
    scrubber.scrubString(beforeHash.slice(0, queryAt)) +
    scrubQueryString(beforeHash.slice(queryAt), scrubber) +
    fragment
  );
}
