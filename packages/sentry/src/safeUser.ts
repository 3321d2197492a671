import { createScrubber, type Scrubber } from '@valine/pii';
import { safeId, safeUsername } from './scrubUser.js';
import type { SafeUser } from './types.js';

let defaultScrubber: Scrubber | undefined;

/**
 * Keeps only what the runbook allows on a Sentry user: an ID and a username
 * that is not an email. Any other field is dropped, whatever the caller's
 * types said.
 *
 * @example
 * ```ts
 * toSafeUser({ id: 'b3c1…', username: 'jane@example.com' }); // { id: 'b3c1…' }
 * ```
 */
export function toSafeUser(user: SafeUser, scrubber?: Scrubber): SafeUser {
  if (!scrubber) defaultScrubber ??= createScrubber();
  const rules = scrubber ?? defaultScrubber!;
  const out: SafeUser = {};
  const id = safeId(user.id, rules);
  const username = safeUsername(user.username, rules);
  if (id !== undefined) out.id = id;
  if (username !== undefined) out.username = username;
  return out;
}
