import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Sentry from '@sentry/node';

/** PII planted by the scenario; none of it may appear in the bytes sent to Sentry. */
export const PLANTED = {
  email: 'jane.doe@example.com',
  emailInQuery: 'jane.doe%40example.com',
  card: '4111 1111 1111 1111',
  cardDigits: '4111111111111111',
  password: 'hunter2-Secret!',
  sessionCookie: 's3ss10n-c00kie-value',
  bearerToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  clientIp: '203.0.113.9',
  ssn: '123-45-6789',
  phone: '+1 415 555 0132',
  fullName: 'Jane Quincy Doe',
} as const;

/** What must survive scrubbing: IDs, code locations and harmless query parameters. */
export const KEPT = {
  userId: '3f2c7a5e-8b1d-4c6e-9f0a-2b7d5e1c9a44',
  orderId: 'ord_8842',
  functionName: 'chargeCard',
  filename: 'nodeScenario.ts',
  queryParams: ['page=2', 'sort=desc'],
} as const;

const QUERY = `email=${PLANTED.emailInQuery}&page=2&sort=desc`;

function chargeCard(body: string): void {
  const order = JSON.parse(body) as { card: string };
  throw new Error(`Payment failed for ${PLANTED.email} with card ${order.card}`);
}

function send(port: number, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${PLANTED.bearerToken}`,
          cookie: `session=${PLANTED.sessionCookie}; theme=dark`,
          'x-forwarded-for': PLANTED.clientIp,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The app under test: an instrumented `node:http` server whose handler sets
 * the user, tags, extras and a context, leaves breadcrumbs (one by hand,
 * one from a real outgoing fetch), logs, opens a span, captures a message
 * and fails with PII in the error. The request itself carries PII in its
 * path, query, headers, cookie and JSON body, which the SDK's own
 * request-data path attaches to the events.
 */
export async function runNodeScenario(sinkPort: number): Promise<void> {
  const app = createServer(async function handleCheckout(req, res) {
    // The SDK records the body from `data` listeners; awaiting here keeps the request's isolation scope.
    const body = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      req.on('end', () => resolve(text));
    });
    Sentry.setUser({ id: KEPT.userId, email: PLANTED.email, ip_address: PLANTED.clientIp, username: PLANTED.email });
    Sentry.setTag('customer_email', PLANTED.email);
    Sentry.setTag('order', KEPT.orderId);
    Sentry.setExtra('ssn', PLANTED.ssn);
    Sentry.setExtra('note', `customer SSN on file: ${PLANTED.ssn}`);
    Sentry.setContext('customer', { fullName: PLANTED.fullName, phone: PLANTED.phone, plan: 'pro' });
    Sentry.addBreadcrumb({
      category: 'auth',
      message: `login for ${PLANTED.email}`,
      data: { url: `https://api.example.test/v1/users?${QUERY}`, password: PLANTED.password },
    });
    await fetch(`http://127.0.0.1:${sinkPort}/lookup?${QUERY}`);
    Sentry.logger.info(Sentry.logger.fmt`checkout started for ${PLANTED.email}`, { phone: PLANTED.phone });
    Sentry.startSpan({ name: `charge card ${PLANTED.card}`, attributes: { 'customer.email': PLANTED.email } }, () => {
      Sentry.captureMessage(`Password reset link sent to ${PLANTED.email}`);
      try {
        chargeCard(body);
      } catch (error) {
        Sentry.captureException(error);
      }
    });
    res.writeHead(500).end('failed');
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const { port } = app.address() as AddressInfo;
  try {
    await send(
      port,
      `/users/${PLANTED.email}/checkout?${QUERY}`,
      JSON.stringify({ card: PLANTED.card, password: PLANTED.password, orderId: KEPT.orderId }),
    );
    await Sentry.flush(5_000);
  } finally {
    app.closeAllConnections();
    await new Promise<void>((resolve) => app.close(() => resolve()));
  }
}
