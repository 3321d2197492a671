import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * A local stand-in for sentry.io: accepts envelopes on 127.0.0.1 and keeps
 * them raw, so the demo can show (and check) exactly the bytes the SDK sent.
 */

export interface EnvelopeItem {
  header: Record<string, unknown>;
  payload: unknown;
}

export interface ReceivedEnvelope {
  /** The decompressed request body, as sent. */
  raw: string;
  items: EnvelopeItem[];
}

export interface SentryEndpoint {
  /** A DSN pointing at this endpoint. */
  dsn: string;
  envelopes: ReceivedEnvelope[];
  /** Resolves with the first envelope holding an `event` item, or rejects after `timeoutMs`. */
  waitForEvent(timeoutMs: number): Promise<ReceivedEnvelope>;
  close(): Promise<void>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Envelope format: a header line, then per item a header line and a payload line. */
function parseEnvelope(raw: string): EnvelopeItem[] {
  const lines = raw.split('\n');
  const items: EnvelopeItem[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const header = parseJson(lines[i] ?? '');
    if (typeof header !== 'object' || header === null) continue;
    items.push({ header: header as Record<string, unknown>, payload: parseJson(lines[i + 1] ?? '') });
  }
  return items;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return (request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
}

/**
 * Starts the endpoint on a free loopback port.
 *
 * @example
 * ```ts
 * const sentry = await startSentryEndpoint();
 * process.env.SENTRY_DSN = sentry.dsn;
 * const envelope = await sentry.waitForEvent(5000);
 * await sentry.close();
 * ```
 */
export async function startSentryEndpoint(): Promise<SentryEndpoint> {
  const envelopes: ReceivedEnvelope[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((request, response) => {
    readBody(request).then(
      (raw) => {
        envelopes.push({ raw, items: parseEnvelope(raw) });
        for (const wake of waiters) wake();
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      },
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const findEvent = () => envelopes.find((e) => e.items.some((item) => item.header.type === 'event'));
  return {
    dsn: `http://publickey@127.0.0.1:${port}/4242`,
    envelopes,
    waitForEvent(timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = findEvent();
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no Sentry event arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
