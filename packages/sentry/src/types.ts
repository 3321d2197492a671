import type { Scrubber, ScrubberOptions } from '@valine/pii';

/**
 * How the Sentry filters find PII: pass the `Scrubber` the logger uses (one
 * rule set for the whole app), or scrubber options to build one. With
 * neither, the default rule set of `@valine/pii` applies.
 */
export interface PiiFilterOptions extends ScrubberOptions {
  /** A ready scrubber; when given, the scrubber options above are ignored. */
  scrubber?: Scrubber;
}

/**
 * A filter option plus the app's own hook. `next` receives the already
 * scrubbed value and its return is what the SDK gets, so an app can still
 * drop or enrich events; what it adds is not scrubbed again.
 */
export type ComposedHookOptions<Hook> = PiiFilterOptions & {
  next?: Hook;
};

/** What `setUser` accepts: only the fields the runbook calls safe. */
export type SafeUser = {
  /** A user ID (a UUID or a number); dropped if it looks like PII (an email). */
  id?: string | number;
  /** A username; dropped when it is an email or contains other PII. */
  username?: string;
};
