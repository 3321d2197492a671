/**
 * Cost per event of the PII filter: a typical server error event (30
 * breadcrumbs, the incoming request with headers, cookies and a JSON body,
 * user, contexts, tags, extras, a 15-frame stack with source lines) through
 * the SDK's own event pipeline (`@sentry/node`'s client preparing the event:
 * scope data, integrations' processors, normalization), with and without
 * `piiIntegration()`; then the filter alone, as processor and as
 * `beforeSend`. No transport: what the filter adds to the app's process.
 * Run: `npx tsx bench/sentry.ts`
 */
import type { Event, EventHint } from '@sentry/core';
import {
  createTransport,
  eventFiltersIntegration,
  functionToStringIntegration,
  linkedErrorsIntegration,
  requestDataIntegration,
  Scope,
} from '@sentry/core';
import { defaultStackParser, NodeClient } from '@sentry/node';
import { Bench } from 'tinybench';
import { createBeforeSend, piiIntegration } from '../packages/sentry/src/index.js';

const EMAIL = 'jane.doe@example.com';

function typicalEvent(): Event {
  const breadcrumbs = Array.from({ length: 30 }, (_, i) => {
    if (i % 3 === 0) {
      return {
        category: 'http',
        type: 'http',
        timestamp: 1_764_370_000 + i,
        data: {
          url: `https://api.example.test/v1/orders/${i}?customer=${encodeURIComponent(EMAIL)}&page=2`,
          method: 'GET',
          status_code: 200,
        },
      };
    }
    if (i % 3 === 1)
      return {
        category: 'console',
        level: 'info' as const,
        timestamp: 1_764_370_000 + i,
        message: `order ${i} loaded for user 3f2c7a5e`,
      };
    return {
      category: 'query',
      timestamp: 1_764_370_000 + i,
      message: `SELECT * FROM orders WHERE id = $1`,
      data: { rows: i },
    };
  });
  const frames = Array.from({ length: 15 }, (_, i) => ({
    filename: `/var/task/src/handlers/orders${i}.js`,
    function: `handle${i}`,
    lineno: 10 + i,
    colno: 5,
    in_app: i > 10,
    pre_context: ['const order = await load(id);', 'if (!order) {'],
    context_line: "  throw new Error('order not found');",
    post_context: ['}', 'return order;'],
  }));
  return {
    event_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    level: 'error',
    platform: 'node',
    environment: 'production',
    release: 'orders@1.4.2',
    exception: { values: [{ type: 'Error', value: `Payment failed for ${EMAIL}`, stacktrace: { frames } }] },
    breadcrumbs,
    request: {
      method: 'POST',
      url: `https://api.example.test/v1/orders?email=${encodeURIComponent(EMAIL)}&page=2`,
      query_string: `email=${encodeURIComponent(EMAIL)}&page=2`,
      headers: {
        host: 'api.example.test',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/138.0 Safari/537.36',
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
        cookie: 'session=abc; theme=dark',
        'x-forwarded-for': '203.0.113.9',
        'x-request-id': '7b1e4c1e-5f0e-4a51-9a2b-2f1d7c3e9b10',
      },
      cookies: { session: 'abc', theme: 'dark' },
      data: JSON.stringify({ card: '4111 1111 1111 1111', password: 'hunter2', items: [{ sku: 'A-1', qty: 2 }] }),
    },
    user: { id: '3f2c7a5e-8b1d-4c6e-9f0a-2b7d5e1c9a44', email: EMAIL, ip_address: '203.0.113.9' },
    contexts: {
      runtime: { name: 'node', version: 'v20.20.2' },
      os: { name: 'Linux', kernel_version: '6.1' },
      app: { app_start_time: '2026-11-28T22:00:00Z', app_memory: 123_456_789 },
      trace: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' },
      order: { id: 'ord_8842', total: 4200, currency: 'EUR' },
    },
    tags: { region: 'eu-west-1', function: 'orders', cold_start: 'false', customer_email: EMAIL, plan: 'pro' },
    extra: { attempt: 2, note: `customer ${EMAIL} retried`, cart: { items: 3 } },
  };
}

type Prepare = (event: Event, hint: EventHint, scope: Scope, isolationScope: Scope) => PromiseLike<Event | null>;

function makeClient(withFilter: boolean): Prepare {
  const integrations = [
    eventFiltersIntegration(),
    functionToStringIntegration(),
    linkedErrorsIntegration(),
    requestDataIntegration(),
  ];
  const client = new NodeClient({
    dsn: 'http://public@127.0.0.1:9/1',
    integrations: withFilter ? [...integrations, piiIntegration()] : integrations,
    stackParser: defaultStackParser,
    transport: (options) => createTransport(options, async () => ({ statusCode: 200 })),
  });
  client.init();
  // `_prepareEvent` is the client's whole processing step before beforeSend and the transport.
  const prepare = (client as unknown as { _prepareEvent: Prepare })._prepareEvent.bind(client);
  return prepare;
}

const plain = makeClient(false);
const filtered = makeClient(true);
const integration = piiIntegration();
const beforeSend = createBeforeSend();
const processEvent = integration.processEvent!.bind(integration) as (e: Event, h: EventHint, c: unknown) => Event;
const event = typicalEvent();
const scope = new Scope();
const isolationScope = new Scope();

const bench = new Bench({ time: 2_000, warmupTime: 500 });
bench
  .add('SDK event pipeline, no filter', async () => {
    await plain(typicalEvent(), {}, scope, isolationScope);
  })
  .add('SDK event pipeline + piiIntegration()', async () => {
    await filtered(typicalEvent(), {}, scope, isolationScope);
  })
  .add('piiIntegration() processEvent alone', () => {
    processEvent(event, {}, undefined);
  })
  .add('createBeforeSend() alone', () => {
    beforeSend({ ...event, type: undefined }, {});
  });

await bench.run();

const meanUs = new Map<string, number>();
for (const task of bench.tasks) {
  const result = task.result as { period?: number } | undefined;
  meanUs.set(task.name, (result?.period ?? 0) * 1000);
}
const baseline = meanUs.get('SDK event pipeline, no filter') ?? 1;
const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log('\n| Per event | ops/s | µs/event | vs pipeline without filter |');
console.log('|---|---:|---:|---:|');
for (const [name, us] of meanUs) {
  console.log(`| ${name} | ${format(1e6 / us)} | ${us.toFixed(1)} | ${(us / baseline).toFixed(2)}× |`);
}
const overhead = (meanUs.get('SDK event pipeline + piiIntegration()') ?? 0) - baseline;
console.log(`\nOverhead of the filter in the SDK pipeline: ${overhead.toFixed(1)} µs per event.`);
