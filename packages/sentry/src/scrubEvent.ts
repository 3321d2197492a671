import type { Breadcrumb, Event, Exception, SpanJSON, Thread } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { METADATA_KEYS_TO_DROP, PASSTHROUGH_EVENT_KEYS } from './constants.js';
import { scrubUrl } from './queryString.js';
import { isRecord, safely } from './safely.js';
import { scrubBreadcrumb } from './scrubBreadcrumb.js';
import { scrubException, scrubThread } from './scrubException.js';
import { scrubRequest } from './scrubRequest.js';
import { scrubStaticSpan } from './scrubSpan.js';
import { scrubUser } from './scrubUser.js';

/** Maps an array item by item; an item that cannot be scrubbed is left out, not the array. */
function mapSafely<T>(items: unknown, scrub: (item: T) => T): T[] {
  if (!Array.isArray(items)) throw new TypeError('expected an array');
  const out: T[] = [];
  for (const item of items as T[]) {
    const clean = safely(() => scrub(item));
    if (clean !== undefined) out.push(clean);
  }
  return out;
}

/**
 * The SDK keeps scopes and the sampling context in `sdkProcessingMetadata`
 * (they must keep their identity), next to the raw incoming request and the
 * client address, which go.
 */
function scrubMetadata(metadata: Record<string, unknown>, scrubber: Scrubber): Record<string, unknown> {
  const out: Record<string, unknown> = { ...metadata };
  for (const key of METADATA_KEYS_TO_DROP) delete out[key];
  const dsc = out.dynamicSamplingContext;
  if (isRecord(dsc) && typeof dsc.transaction === 'string') {
    out.dynamicSamplingContext = { ...dsc, transaction: scrubUrl(dsc.transaction, scrubber) };
  }
  return out;
}

function scrubPart(key: string, value: unknown, scrubber: Scrubber): unknown {
  switch (key) {
    case 'message':
    case 'transaction':
      return typeof value === 'string' ? scrubUrl(value, scrubber) : undefined;
    case 'logentry':
      return isRecord(value)
        ? {
            message: typeof value.message === 'string' ? scrubber.scrubString(value.message) : undefined,
            params: Array.isArray(value.params) ? scrubber.scrub(value.params) : undefined,
          }
        : undefined;
    case 'exception':
      return isRecord(value)
        ? { values: mapSafely(value.values, (ex: Exception) => scrubException(ex, scrubber)) }
        : undefined;
    case 'threads':
      return isRecord(value) ? { values: mapSafely(value.values, (t: Thread) => scrubThread(t, scrubber)) } : undefined;
    case 'user':
      return isRecord(value) ? scrubUser(value, scrubber) : undefined;
    case 'request':
      return isRecord(value) ? scrubRequest(value, scrubber) : undefined;
    case 'breadcrumbs':
      return mapSafely(value, (crumb: Breadcrumb) => scrubBreadcrumb(crumb, scrubber));
    case 'spans':
      return mapSafely(value, (span: SpanJSON) => scrubStaticSpan(span, scrubber));
    case 'fingerprint':
      return mapSafely(value, (part: unknown) => scrubber.scrubString(String(part)));
    case 'extra':
    case 'contexts':
    case 'tags':
      return scrubber.scrub(value);
    case 'sdkProcessingMetadata':
      return isRecord(value) ? scrubMetadata(value, scrubber) : undefined;
    default:
      return scrubber.scrubField(key, value);
  }
}

/**
 * Returns a scrubbed copy of a Sentry event (error, message or transaction).
 * Each top-level part is scrubbed on its own; one that cannot be read or
 * scrubbed is dropped and the rest of the event is still sent.
 *
 * @example
 * ```ts
 * const clean = scrubEvent(event, createScrubber());
 * ```
 */
export function scrubEvent<E extends Event>(event: E, scrubber: Scrubber): E {
  const source = event as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = safely(() => Object.keys(source)) ?? [];
  for (const key of keys) {
    const clean = safely(() => {
      const value = source[key];
      return PASSTHROUGH_EVENT_KEYS.has(key) ? value : scrubPart(key, value, scrubber);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out as E;
}
