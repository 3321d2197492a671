import * as Sentry from '@sentry/node';
import {
  createBeforeBreadcrumb,
  createBeforeSend,
  createBeforeSendLog,
  createBeforeSendSpan,
  createBeforeSendTransaction,
} from '@valine/sentry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanEnvelopes, waitForScenario } from './helpers/assertNoPii.js';
import { type EnvelopeSink, startEnvelopeSink } from './helpers/envelopeSink.js';
import { runNodeScenario } from './helpers/nodeScenario.js';

describe('@sentry/node with the before* hooks', () => {
  let sink: EnvelopeSink;
  const seenByApp: string[] = [];

  beforeAll(async () => {
    sink = await startEnvelopeSink();
    Sentry.init({
      dsn: sink.dsn,
      environment: 'production',
      tracesSampleRate: 1,
      integrations: [Sentry.httpIntegration({ ignoreIncomingRequests: (url) => url.includes('/envelope/') })],
      beforeSend: createBeforeSend({
        next: (event) => {
          seenByApp.push(JSON.stringify(event));
          return event;
        },
      }),
      beforeSendTransaction: createBeforeSendTransaction(),
      beforeBreadcrumb: createBeforeBreadcrumb(),
      beforeSendLog: createBeforeSendLog(),
      beforeSendSpan: createBeforeSendSpan(),
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

  it("hands the app's own beforeSend the already scrubbed event", () => {
    expect(seenByApp.length).toBeGreaterThanOrEqual(2);
    for (const event of seenByApp) expect(event).not.toContain('jane.doe@example.com');
  });
});
