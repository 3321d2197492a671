import type { Integration } from '@sentry/core';
import * as Sentry from '@sentry/node';
import { afterAll, beforeAll } from 'vitest';
import { type SentryEndpoint, startSentryEndpoint } from '../../../../tools/test/sentryEndpoint.js';

/** The SDK options every node test shares, pointed at the test's own sink. */
export type BaseNodeOptions = Sentry.NodeOptions & { dsn: string; integrations: Integration[] };

/**
 * Starts an envelope sink before the suite, lets `init` start the SDK (through
 * `Sentry.init` or the package's own wrapper) with the shared base options, and
 * closes both after. The http integration ignores the sink's own traffic so the
 * SDK does not trace its uploads. Returns the sink, readable once the suite runs.
 */
export function useNodeSdk(init: (base: BaseNodeOptions) => void): () => SentryEndpoint {
  let sink: SentryEndpoint | undefined;

  beforeAll(async () => {
    sink = await startSentryEndpoint();
    init({
      dsn: sink.dsn,
      environment: 'production',
      tracesSampleRate: 1,
      integrations: [Sentry.httpIntegration({ ignoreIncomingRequests: (url) => url.includes('/envelope/') })],
    });
  });

  afterAll(async () => {
    await Sentry.close(2_000);
    await sink?.close();
  });

  return () => {
    if (!sink) throw new Error('the envelope sink is read before the suite started');
    return sink;
  };
}
