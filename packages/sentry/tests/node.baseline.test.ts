import * as Sentry from '@sentry/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForScenario } from './helpers/assertNoPii.js';
import { type EnvelopeSink, startEnvelopeSink } from './helpers/envelopeSink.js';
import { PLANTED, runNodeScenario } from './helpers/nodeScenario.js';

/**
 * The control for the filtered variants: the same scenario through the
 * SDK's defaults alone must leak, or the other tests would prove nothing.
 */
describe('@sentry/node with its defaults only (control)', () => {
  let sink: EnvelopeSink;

  beforeAll(async () => {
    sink = await startEnvelopeSink();
    Sentry.init({
      dsn: sink.dsn,
      environment: 'production',
      tracesSampleRate: 1,
      integrations: [Sentry.httpIntegration({ ignoreIncomingRequests: (url) => url.includes('/envelope/') })],
    });
  });

  afterAll(async () => {
    await Sentry.close(2_000);
    await sink.close();
  });

  it('sends the planted PII', async () => {
    await runNodeScenario(sink.port);
    await waitForScenario(sink);
    const text = sink.text();
    const leaked = Object.entries(PLANTED)
      .filter(([, value]) => text.includes(value))
      .map(([name]) => name);
    expect(leaked).toEqual(
      expect.arrayContaining(['email', 'card', 'password', 'clientIp', 'ssn', 'phone', 'fullName']),
    );
  });
});
