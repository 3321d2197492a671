import type { User } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { DROPPED_USER_KEYS } from './constants.js';
import { safely } from './safely.js';

/** An ID is kept as long as it is not itself PII (some apps use the email as ID). */
export function safeId(id: unknown, scrubber: Scrubber): string | number | undefined {
  if (typeof id === 'number' && Number.isFinite(id)) return id;
  if (typeof id === 'string' && id !== '' && !scrubber.containsPii(id)) return id;
  return undefined;
}

/** A username is kept unless it is an email or carries other PII. */
export function safeUsername(username: unknown, scrubber: Scrubber): string | undefined {
  return typeof username === 'string' && username !== '' && !scrubber.containsPii(username) ? username : undefined;
}

/**
 * `event.user` per the runbook: `id` and a non-email `username` stay, email,
 * IP address, name and geo go, anything else is scrubbed by key and value.
 */
export function scrubUser(user: User, scrubber: Scrubber): User {
  const source = user as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (DROPPED_USER_KEYS.has(key)) continue;
    const clean = safely(() => {
      const value = source[key];
      if (key === 'id') return safeId(value, scrubber);
      if (key === 'username') return safeUsername(value, scrubber);
      return scrubber.scrubField(key, value);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out as User;
}
