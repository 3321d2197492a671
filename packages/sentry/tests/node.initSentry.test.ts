import * as Sentry from '@sentry/node';
import { initSentry, setUser } from '@valine/sentry/node';
import { describe, expect, it } from 'vitest';
import { expectCleanEnvelopes, waitForScenario } from './helpers/assertNoPii.js';
import { runNodeScenario } from './helpers/nodeScenario.js';
import { useNodeSdk } from './helpers/nodeSdk.js';

describe('initSentry from @valine/sentry/node', () => {
  const sink = useNodeSdk((base) => initSentry({ ...base, release: 'checkout@1.4.2' }));

  it("applies the runbook defaults, and the caller's overrides, to the live client", () => {
    const client = Sentry.getClient();
    const options = client?.getOptions();
    expect(client?.getDataCollectionOptions()).toMatchObject({ userInfo: false, cookies: false });
    expect(options?.tracesSampleRate).toBe(1);
    expect(options?.environment).toBe('production');
    expect(options?.release).toBe('checkout@1.4.2');
    expect(Sentry.getClient()?.getIntegrationByName('ValinePii')).toBeDefined();
  });

  it('sends the scenario without PII', async () => {
    await runNodeScenario(sink().port);
    await waitForScenario(sink());
    expectCleanEnvelopes(sink());
  });

  it('setUser keeps only the id and a non-email username', async () => {
    setUser({ id: 'b7e0c1d2-3f4a-4b5c-8d9e-0a1b2c3d4e5f', username: 'night_owl' });
    Sentry.captureMessage('user check');
    setUser({ id: 'c8f1d2e3-4a5b-4c6d-9e0f-1a2b3c4d5e6f', username: 'owl@example.com' });
    Sentry.captureMessage('email username check');
    await Sentry.flush(5_000);
    const events = sink()
      .items()
      .filter((item) => item.header.type === 'event')
      .map((item) => item.payload as { message?: string; user?: unknown });
    expect(events.find((e) => e.message === 'user check')?.user).toEqual({
      id: 'b7e0c1d2-3f4a-4b5c-8d9e-0a1b2c3d4e5f',
      username: 'night_owl',
    });
    expect(events.find((e) => e.message === 'email username check')?.user).toEqual({
      id: 'c8f1d2e3-4a5b-4c6d-9e0f-1a2b3c4d5e6f',
    });
  });
});
