import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface EnvelopeItem {
  header: Record<string, unknown>;
  payload: unknown;
}

export interface EnvelopeSink {
  /** DSN pointing at this sink (project 1). */
  dsn: string;
  port: number;
  /** Raw envelope bodies as received (gunzipped when sent with `content-encoding: gzip`). */
  raw: Buffer[];
  /** All raw bytes as one UTF-8 string, for "contains none of" checks. */
  text(): string;
  /** Every item of every envelope, parsed. */
  items(): EnvelopeItem[];
  /** Resolves once `predicate` holds over the items, or rejects after `timeoutMs`. */
  waitFor(predicate: (items: EnvelopeItem[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Splits a Sentry envelope: a header line, then item header / payload line pairs. */
export function parseEnvelope(body: Buffer): EnvelopeItem[] {
  const lines = body.toString('utf8').split('\n');
  const items: EnvelopeItem[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const header = JSON.parse(lines[i]!) as Record<string, unknown>;
    const line = lines[i + 1]!;
    let payload: unknown = line;
    try {
      payload = JSON.parse(line);
    } catch {
      // attachments and replays are not JSON; kept as text
    }
    items.push({ header, payload });
  }
  return items;
}

type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * A stand-in for Sentry's ingest: records every envelope POSTed to
 * `/api/<project>/envelope/` byte for byte. `extra` routes let the same
 * server play the app's own backend (the browser test's static files).
 */
export async function startEnvelopeSink(extra?: Route): Promise<EnvelopeSink> {
  const raw: Buffer[] = [];
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && /^\/api\/\d+\/envelope\//.test(req.url ?? '')) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        raw.push(req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    if (extra?.(req, res)) return;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const items = () => raw.flatMap((body) => parseEnvelope(body));
  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    port,
    raw,
    text: () => Buffer.concat(raw).toString('utf8'),
    items,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(items())) {
        if (Date.now() > deadline)
          throw new Error(`no matching envelope within ${timeoutMs} ms (${raw.length} received)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
