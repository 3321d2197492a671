import * as Sentry from '@sentry/node';
import {
  createBeforeBreadcrumb,
  createBeforeSend,
  createBeforeSendLog,
  createBeforeSendSpan,
  createBeforeSendTransaction,
} from '@valine/sentry';
import { describe, expect, it } from 'vitest';
import { expectCleanEnvelopes, waitForScenario } from './helpers/assertNoPii.js';
import { runNodeScenario } from './helpers/nodeScenario.js';
import { useNodeSdk } from './helpers/nodeSdk.js';

describe('@sentry/node with the before* hooks', () => {
  const seenByApp: string[] = [];
  const sink = useNodeSdk((base) =>
    Sentry.init({
      ...base,
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
    }),
  );

  it('sends errors, messages, logs and spans with none of the planted PII', async () => {
    await runNodeScenario(sink().port);
    await waitForScenario(sink());
    expectCleanEnvelopes(sink());
  });

  it("hands the app's own beforeSend the already scrubbed event", () => {
    expect(seenByApp.length).toBeGreaterThanOrEqual(2);
    for (const event of seenByApp) expect(event).not.toContain('jane.doe@example.com');
  });
});
