import { createLogger } from '@valine/logger/browser';
import { createScrubber } from '@valine/pii';
import { initSentry } from '@valine/sentry/react';

/** One rule set for the console logger and Sentry, as the runbook asks. */
const scrubber = createScrubber();

export const logger = createLogger({ scrubber, service: 'web' });

/**
 * Sentry for the SPA: the DSN and release come from the build
 * (`VITE_SENTRY_DSN`, `VITE_RELEASE`); Vite's mode names the environment,
 * so only production builds report.
 */
export function startObservability(): void {
  initSentry({
    dsn: import.meta.env.VITE_SENTRY_DSN,
    environment: import.meta.env.MODE,
    release: import.meta.env.VITE_RELEASE,
    pii: { scrubber },
  });
}
