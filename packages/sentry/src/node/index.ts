import type { NodeClient, NodeOptions } from '@sentry/node';
import { init, setUser as setSentryUser } from '@sentry/node';
import { type RunbookInitOptions, withRunbookDefaults } from '../runbookOptions.js';
import { toSafeUser } from '../safeUser.js';
import type { SafeUser } from '../types.js';

/** `@sentry/node` init options, minus `sendDefaultPii` (always off), plus `pii`. */
export type InitSentryOptions = RunbookInitOptions<NodeOptions>;

/**
 * Starts `@sentry/node` with the runbook's defaults: enabled only in
 * production (or with `enabled: true`), environment and release set,
 * `tracesSampleRate` 0.1, `sendDefaultPii` false and the PII integration on.
 *
 * @example
 * ```ts
 * import { initSentry } from '@valine/sentry/node';
 * initSentry({ dsn: process.env.SENTRY_DSN, release: process.env.GIT_SHA });
 * ```
 */
export function initSentry(options: InitSentryOptions = {}): NodeClient | undefined {
  return init(withRunbookDefaults<NodeOptions>(options));
}

/**
 * Sets the Sentry user to an ID and a non-email username only; `null`
 * clears it. Emails, IPs, names and other fields never reach the scope.
 *
 * @example
 * ```ts
 * setUser({ id: user.id, username: user.handle });
 * ```
 */
export function setUser(user: SafeUser | null): void {
  setSentryUser(user === null ? null : toSafeUser(user));
}

export type { SafeUser } from '../types.js';
