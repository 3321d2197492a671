import type { RequestEventData } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { FILTERED } from './constants.js';
import { scrubQuery, scrubQueryString, scrubRecord, scrubUrl } from './queryString.js';
import { isRecord, safely } from './safely.js';

const FORM_BODY = /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/;

/**
 * A body as Sentry holds it: JSON text is parsed so key rules (password,
 * card number) apply, form bodies go pair by pair, anything else is text.
 */
export function scrubBody(data: unknown, scrubber: Scrubber): unknown {
  if (typeof data !== 'string') return scrubber.scrub(data);
  const text = data.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    const parsed = safely(() => JSON.parse(text) as unknown);
    if (parsed !== undefined) return JSON.stringify(scrubber.scrub(parsed));
  }
  if (text.length <= 65_536 && FORM_BODY.test(text)) return scrubQueryString(text, scrubber);
  return scrubber.scrubString(data);
}

function scrubRequestField(key: string, value: unknown, scrubber: Scrubber): unknown {
  switch (key) {
    case 'method':
      return typeof value === 'string' ? value : undefined;
    case 'url':
      return typeof value === 'string' ? scrubUrl(value, scrubber) : undefined;
    case 'query_string':
      return scrubQuery(value, scrubber);
    case 'headers':
    case 'env':
      return isRecord(value) ? scrubRecord(value, scrubber) : undefined;
    case 'cookies':
      return isRecord(value) ? Object.fromEntries(Object.keys(value).map((name) => [name, FILTERED])) : undefined;
    case 'data':
      return scrubBody(value, scrubber);
    default:
      return scrubber.scrubField(key, value);
  }
}

/**
 * `event.request`: url, query string (string, object or pairs), headers,
 * cookies (names kept, values are session secrets), body and CGI env.
 * A field that cannot be read is left out.
 */
export function scrubRequest(request: RequestEventData, scrubber: Scrubber): RequestEventData {
  const source = request as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const clean = safely(() => scrubRequestField(key, source[key], scrubber));
    if (clean !== undefined) out[key] = clean;
  }
  return out as RequestEventData;
}
