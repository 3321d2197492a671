import * as Sentry from '@sentry/node';
import { piiIntegration } from '@valine/sentry';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectCleanEnvelopes, waitForScenario } from './helpers/assertNoPii.js';
import { type EnvelopeSink, startEnvelopeSink } from './helpers/envelopeSink.js';
import { runNodeScenario } from './helpers/nodeScenario.js';

describe('@sentry/node with piiIntegration()', () => {
  let sink: EnvelopeSink;

  beforeAll(async () => {
    sink = await startEnvelopeSink();
    Sentry.init({
      dsn: sink.dsn,
      environment: 'production',
      tracesSampleRate: 1,
      integrations: [
        Sentry.httpIntegration({ ignoreIncomingRequests: (url) => url.includes('/envelope/') }),
        piiIntegration(),
      ],
    });
  });

  afterAll(async () => {
    await Sentry.close(2_000);
    await sink.close();
  });

  it('sends errors, messages, logs and spans with none of the planted PII', async () => {
    await runNodeScenario(sink.port);
    await waitForScenario(sink);
    expectCleanEnvelopes(sink);
  });
});
