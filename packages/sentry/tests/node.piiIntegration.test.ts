import * as Sentry from '@sentry/node';
import { piiIntegration } from '@valine/sentry';
import { describe, it } from 'vitest';
import { expectCleanEnvelopes, waitForScenario } from './helpers/assertNoPii.js';
import { runNodeScenario } from './helpers/nodeScenario.js';
import { useNodeSdk } from './helpers/nodeSdk.js';

describe('@sentry/node with piiIntegration()', () => {
  const sink = useNodeSdk((base) => Sentry.init({ ...base, integrations: [...base.integrations, piiIntegration()] }));

  it('sends errors, messages, logs and spans with none of the planted PII', async () => {
    await runNodeScenario(sink().port);
    await waitForScenario(sink());
    expectCleanEnvelopes(sink());
  });
});
