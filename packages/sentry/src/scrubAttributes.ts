import type { Scrubber } from '@valine/pii';
import { DROPPED_ATTRIBUTE_KEYS, HEADER_ATTRIBUTE_PREFIXES, QUERY_ATTRIBUTE_KEYS } from './constants.js';
import { scrubKeyed, scrubQueryString, scrubUrl } from './queryString.js';
import { isRecord, safely } from './safely.js';
import { scrubBody } from './scrubRequest.js';
import { safeId, safeUsername } from './scrubUser.js';

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

function scrubAttributeValue(key: string, value: unknown, scrubber: Scrubber): unknown {
  if (key === 'user.id') return safeId(value, scrubber);
  if (key === 'user.name' || key === 'user.username') return safeUsername(value, scrubber);
  const header = HEADER_ATTRIBUTE_PREFIXES.find((prefix) => key.startsWith(prefix));
  if (header) return scrubKeyed(key.slice(header.length), value, scrubber);
  if (typeof value !== 'string') return scrubber.scrubField(key, value);
  if (QUERY_ATTRIBUTE_KEYS.has(key)) return scrubQueryString(value, scrubber);
  if (key.endsWith('.body.data') || /^\s*[[{]/.test(value)) return scrubBody(value, scrubber);
  if (URL_LIKE.test(value) || value.startsWith('/')) return scrubUrl(value, scrubber);
  return scrubber.scrubField(key, value);
}

/**
 * Span data, streamed span attributes and log attributes. Values may be raw
 * or `{ value, type, unit }` objects; the wrapper is kept, its value scrubbed.
 */
export function scrubAttributes(attributes: Record<string, unknown>, scrubber: Scrubber): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) {
    if (DROPPED_ATTRIBUTE_KEYS.has(key)) continue;
    const clean = safely(() => {
      const value = attributes[key];
      if (isRecord(value) && 'value' in value) {
        const inner = scrubAttributeValue(key, value.value, scrubber);
        if (inner === undefined) return undefined;
        if (inner === value.value) return value;
        // A redacted value is text; the declared type must follow or ingestion rejects the attribute.
        if (Array.isArray(value.value)) return { ...value, value: Array.isArray(inner) ? inner : [String(inner)] };
        return { ...value, value: inner, type: typeof inner === 'string' ? 'string' : value.type };
      }
      return scrubAttributeValue(key, value, scrubber);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out;
}
