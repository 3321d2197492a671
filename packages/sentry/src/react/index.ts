import type { Client } from '@sentry/core';
import { init, setUser as setSentryUser } from '@sentry/react';
import { type RunbookInitOptions, withRunbookDefaults } from '../runbookOptions.js';
import { toSafeUser } from '../safeUser.js';
import type { SafeUser } from '../types.js';

/** `@sentry/react`'s options (typed through its `init`, so `@sentry/browser` need not be a dependency). */
type BrowserOptions = NonNullable<Parameters<typeof init>[0]>;

/** `@sentry/react` init options, minus `sendDefaultPii` (always off), plus `pii`. */
export type InitSentryOptions = RunbookInitOptions<BrowserOptions>;

/**
 * Starts `@sentry/react` with the runbook's defaults: enabled only in
 * production (or with `enabled: true`), environment and release set,
 * `tracesSampleRate` 0.1, `sendDefaultPii` false and the PII integration on.
 *
 * @example
 * ```ts
 * import { initSentry } from '@valine/sentry/react';
 * initSentry({ dsn: import.meta.env.VITE_SENTRY_DSN, environment: import.meta.env.MODE });
 * ```
 */
export function initSentry(options: InitSentryOptions = {}): Client | undefined {
  return init(withRunbookDefaults<BrowserOptions>(options));
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
