import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * A local stand-in for Sentry's ingest, the one the tests and the demo share:
 * accepts envelopes POSTed to `/api/<project>/envelope/` on 127.0.0.1 and
 * keeps their bytes as sent (gunzipped), so a check can read exactly what the
 * SDK put on the wire.
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
  /** A DSN pointing at this endpoint (project 1). */
  dsn: string;
  port: number;
  /** Every envelope received, in arrival order. */
  envelopes: ReceivedEnvelope[];
  /** All raw bodies as one string, for "contains none of" checks. */
  text(): string;
  /** Every item of every envelope. */
  items(): EnvelopeItem[];
  /** Resolves once `predicate` holds over the items, or rejects after `timeoutMs`. */
  waitFor(predicate: (items: EnvelopeItem[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves with the first envelope holding an `event` item, or rejects after `timeoutMs`. */
  waitForEvent(timeoutMs?: number): Promise<ReceivedEnvelope>;
  close(): Promise<void>;
}

/** A route the same server answers besides ingest (the browser test serves the app's files); true when handled. */
export type Route = (request: IncomingMessage, response: ServerResponse) => boolean;

const INGEST = /^\/api\/\d+\/envelope\//;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // attachments and replays are not JSON; kept as text
    return text;
  }
}

/** Envelope format: a header line, then per item a header line and a payload line. */
export function parseEnvelope(raw: string): EnvelopeItem[] {
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
export async function startSentryEndpoint(extra?: Route): Promise<SentryEndpoint> {
  const envelopes: ReceivedEnvelope[] = [];
  const server = createServer((request, response) => {
    // The browser SDK posts cross-origin from the page under test.
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (request.method === 'POST' && INGEST.test(request.url ?? '')) {
      readBody(request).then(
        (raw) => {
          envelopes.push({ raw, items: parseEnvelope(raw) });
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        },
        () => response.writeHead(400).end(),
      );
      return;
    }
    if (extra?.(request, response)) return;
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const items = () => envelopes.flatMap((envelope) => envelope.items);
  const poll = async <T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms (${envelopes.length} received)`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    port,
    envelopes,
    text: () => envelopes.map((envelope) => envelope.raw).join('\n'),
    items,
    async waitFor(predicate, timeoutMs = 10_000) {
      await poll(() => (predicate(items()) ? true : undefined), timeoutMs, 'no matching envelope');
    },
    waitForEvent(timeoutMs = 10_000) {
      const hasEvent = (envelope: ReceivedEnvelope) => envelope.items.some((item) => item.header.type === 'event');
      return poll(() => envelopes.find(hasEvent), timeoutMs, 'no Sentry event arrived');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
