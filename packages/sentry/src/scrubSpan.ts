import type { SpanJSON, StreamedSpanJSON } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { FILTERED } from './constants.js';
import { scrubUrl } from './queryString.js';
import { isRecord, safely } from './safely.js';
import { scrubAttributes } from './scrubAttributes.js';

type Linked = { links?: Array<{ attributes?: unknown }> };

function scrubLinks<L extends Linked['links']>(links: L, scrubber: Scrubber): L {
  if (!Array.isArray(links)) return undefined as L;
  return links.map((link) =>
    isRecord(link.attributes) ? { ...link, attributes: scrubAttributes(link.attributes, scrubber) } : link,
  ) as L;
}

/**
 * A span of a transaction event (`traceLifecycle: 'static'`): description
 * (often `GET /users/jane@example.com`) and data; ids and timings stay.
 */
export function scrubStaticSpan(span: SpanJSON, scrubber: Scrubber): SpanJSON {
  const out: SpanJSON = { ...span, data: {} };
  if (isRecord(span.data)) out.data = scrubAttributes(span.data, scrubber) as SpanJSON['data'];
  if (typeof span.description === 'string') out.description = safely(() => scrubUrl(span.description!, scrubber));
  if (span.links) out.links = safely(() => scrubLinks(span.links, scrubber));
  return out;
}

/**
 * Scrubs a streamed span where it lies: the SDK's `processSpan` hook
 * expects in-place changes. Name and attributes that cannot be scrubbed are
 * replaced, never left raw.
 */
export function scrubStreamedSpanInPlace(span: StreamedSpanJSON, scrubber: Scrubber): void {
  span.name = safely(() => scrubUrl(span.name, scrubber)) ?? FILTERED;
  const attributes = safely(() => (isRecord(span.attributes) ? scrubAttributes(span.attributes, scrubber) : {}));
  span.attributes = (attributes ?? {}) as StreamedSpanJSON['attributes'];
  if (span.links) span.links = safely(() => scrubLinks(span.links, scrubber));
}
