import type { Client, DynamicSamplingContext, Integration } from '@sentry/core';
import { INTEGRATION_NAME } from './constants.js';
import { scrubUrl } from './queryString.js';
import { safely } from './safely.js';
import { resolveScrubber } from './scrubber.js';
import { scrubEvent } from './scrubEvent.js';
import { scrubLogInPlace } from './scrubLog.js';
import { scrubSessionInPlace } from './scrubSession.js';
import { scrubStreamedSpanInPlace } from './scrubSpan.js';
import type { PiiFilterOptions } from './types.js';

/**
 * The Sentry integration doing what all the `create*` hooks do, in one line
 * of `integrations`: every event (errors, messages, transactions, with their
 * breadcrumbs) through `processEvent`, streamed spans through `processSpan`,
 * logs through the client's `beforeCaptureLog` hook, release-health
 * sessions (IP, distinct id) through `beforeSendSession`, and the
 * transaction name in the trace header through `createDsc`. It runs after the SDK's own
 * integrations (so it sees the request data they add) and before the app's
 * `beforeSend`.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, integrations: [piiIntegration({ scrubber: appScrubber })] });
 * ```
 */
export function piiIntegration(options: PiiFilterOptions = {}): Integration {
  const scrubber = resolveScrubber(options);
  return {
    name: INTEGRATION_NAME,
    setup(client: Client) {
      client.on('beforeCaptureLog', (log) => scrubLogInPlace(log, scrubber));
      client.on('beforeSendSession', (session) => scrubSessionInPlace(session, scrubber));
      client.on('createDsc', (dsc: DynamicSamplingContext) => {
        if (typeof dsc.transaction === 'string') {
          dsc.transaction = safely(() => scrubUrl(dsc.transaction!, scrubber));
        }
      });
    },
    processEvent(event) {
      return scrubEvent(event, scrubber);
    },
    processSpan(span) {
      scrubStreamedSpanInPlace(span, scrubber);
    },
  };
}
