import * as Sentry from '@sentry/node';
import { describe, expect, it } from 'vitest';
import { waitForScenario } from './helpers/assertNoPii.js';
import { PLANTED, runNodeScenario } from './helpers/nodeScenario.js';
import { useNodeSdk } from './helpers/nodeSdk.js';

/**
 * The control for the filtered variants: the same scenario through the
 * SDK's defaults alone must leak, or the other tests would prove nothing.
 */
describe('@sentry/node with its defaults only (control)', () => {
  const sink = useNodeSdk((base) => Sentry.init(base));

  it('sends the planted PII', async () => {
    await runNodeScenario(sink().port);
    await waitForScenario(sink());
    const text = sink().text();
    const leaked = Object.entries(PLANTED)
      .filter(([, value]) => text.includes(value))
      .map(([name]) => name);
    expect(leaked).toEqual(
      expect.arrayContaining(['email', 'card', 'password', 'clientIp', 'ssn', 'phone', 'fullName']),
    );
  });
});
