import {
  captureException,
  createTransport,
  getCurrentScope,
  makeSession,
  setCurrentClient,
  startSpan,
} from '@sentry/core';
import { defaultStackParser, NodeClient } from '@sentry/node';
import { INTEGRATION_NAME, piiIntegration } from '@valine/sentry';
import { describe, expect, it } from 'vitest';

const EMAIL = 'jane.doe@example.com';

/** A real client whose transport keeps the serialized envelopes instead of sending them. */
function recordingClient(tracesSampleRate?: number) {
  const bodies: string[] = [];
  const client = new NodeClient({
    dsn: 'http://public@127.0.0.1:9/1',
    release: 'api@1.0.0',
    tracesSampleRate,
    integrations: [piiIntegration()],
    stackParser: defaultStackParser,
    transport: (options) =>
      createTransport(options, async (request) => {
        bodies.push(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body));
        return { statusCode: 200 };
      }),
  });
  client.init();
  return { client, bodies };
}

describe('piiIntegration', () => {
  it('registers under one name', () => {
    expect(piiIntegration().name).toBe(INTEGRATION_NAME);
  });

  it('strips the IP and an email distinct id from release-health sessions', async () => {
    const { client, bodies } = recordingClient();
    client.captureSession(makeSession({ user: { email: EMAIL, ip_address: '203.0.113.9' } }));
    client.captureSession(makeSession({ user: { id: 'u-42', ip_address: '203.0.113.9' } }));
    await client.flush(2_000);
    const sessions = bodies.map((body) => JSON.parse(body.trim().split('\n')[2]!) as { did?: string; attrs: object });
    expect(sessions.map((session) => session.did)).toEqual([undefined, 'u-42']);
    expect(bodies.join('')).not.toContain('203.0.113.9');
    expect(bodies.join('')).not.toContain(EMAIL);
  });

  it('scrubs events the client prepares, before beforeSend runs', async () => {
    const { client, bodies } = recordingClient();
    client.captureException(new Error(`card 4111 1111 1111 1111 for ${EMAIL}`));
    await client.flush(2_000);
    expect(bodies.join('')).toContain('card [card] for [email]');
  });

  it('scrubs a hand-named transaction in the trace header of the envelope', async () => {
    const { client, bodies } = recordingClient(1);
    setCurrentClient(client);
    try {
      startSpan({ name: `GET /users/${EMAIL}` }, () => captureException(new Error('lookup failed')));
      await client.flush(2_000);
    } finally {
      getCurrentScope().setClient(undefined);
    }
    const headers = bodies.map((body) => JSON.parse(body.split('\n')[0]!) as { trace?: { transaction?: string } });
    expect(headers.some((header) => header.trace?.transaction === 'GET /users/[email]')).toBe(true);
    expect(bodies.join('')).not.toContain(EMAIL);
  });
});
