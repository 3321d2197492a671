import type { Breadcrumb } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { scrubKeyed, scrubUrl } from './queryString.js';
import { isRecord, safely } from './safely.js';

const KEPT_KEYS: ReadonlySet<string> = new Set(['type', 'category', 'level', 'timestamp', 'event_id']);
/** Where fetch, xhr and navigation breadcrumbs put URLs. */
const URL_KEYS: ReadonlySet<string> = new Set(['url', 'from', 'to']);

function scrubData(data: Record<string, unknown>, scrubber: Scrubber): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    const clean = safely(() => {
      const value = data[key];
      return URL_KEYS.has(key) && typeof value === 'string'
        ? scrubUrl(value, scrubber)
        : scrubKeyed(key, value, scrubber);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out;
}

/**
 * A breadcrumb: its message as text, its data by key and value, URLs of
 * fetch / xhr / navigation breadcrumbs path-and-query aware. Type,
 * category, level and timestamp stay.
 */
export function scrubBreadcrumb(breadcrumb: Breadcrumb, scrubber: Scrubber): Breadcrumb {
  const source = breadcrumb as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const clean = safely(() => {
      const value = source[key];
      if (KEPT_KEYS.has(key)) return value;
      if (key === 'message') return typeof value === 'string' ? scrubUrl(value, scrubber) : undefined;
      if (key === 'data') return isRecord(value) ? scrubData(value, scrubber) : undefined;
      return scrubber.scrubField(key, value);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out as Breadcrumb;
}
