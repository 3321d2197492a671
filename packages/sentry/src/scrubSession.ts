import type { Session, SessionAggregates } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { safeId } from './scrubUser.js';

/**
 * Release-health sessions carry the client IP and a "distinct id" the SDK
 * takes from `user.id`, else `user.email`, else `user.username`. The IP
 * goes; the distinct id stays only if it is not PII. In place, as the
 * `beforeSendSession` hook expects.
 */
export function scrubSessionInPlace(session: Session | SessionAggregates, scrubber: Scrubber): void {
  if (!('sid' in session)) return;
  session.ipAddress = undefined;
  if (session.did !== undefined) session.did = safeId(session.did, scrubber);
}
