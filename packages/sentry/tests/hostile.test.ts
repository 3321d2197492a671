import type { Breadcrumb, ErrorEvent, Event, StreamedSpanJSON } from '@sentry/core';
import { createScrubber } from '@valine/pii';
import { createBeforeBreadcrumb, createBeforeSend, createBeforeSendSpan, scrubEvent } from '@valine/sentry';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();

describe('hostile events', () => {
  it('survives cycles, BigInt, Maps, throwing getters and proxies in extras and contexts', () => {
    const cyclic: Record<string, unknown> = { email: 'jane@example.com' };
    cyclic.self = cyclic;
    const getter = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const revocable = Proxy.revocable({ a: 1 }, {});
    revocable.revoke();
    const event = {
      message: 'still here',
      extra: { cyclic, big: 10n, map: new Map([['email', 'jane@example.com']]), getter, proxy: revocable.proxy },
      contexts: {
        weird: new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('keys');
            },
          },
        ),
      },
    } as unknown as Event;
    const out = scrubEvent(event, scrubber);
    expect(out.message).toBe('still here');
    expect(() => JSON.stringify(out)).not.toThrow();
    expect(JSON.stringify(out)).not.toContain('jane@example.com');
  });

  it('drops a part whose getter throws and keeps the rest of the event', async () => {
    const event = Object.defineProperty({ message: 'jane@example.com failed' }, 'user', {
      enumerable: true,
      get() {
        throw new Error('user getter');
      },
    }) as ErrorEvent;
    expect(await createBeforeSend()(event, {})).toEqual({ message: '[email] failed' });
  });

  it('returns an empty event rather than throwing when the event itself cannot be read', async () => {
    const event = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('keys');
        },
      },
    ) as ErrorEvent;
    expect(await createBeforeSend()(event, {})).toEqual({});
  });

  it('drops a breadcrumb that cannot be read at all', () => {
    const crumb = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('keys');
        },
      },
    ) as Breadcrumb;
    expect(createBeforeBreadcrumb()(crumb)).toBeNull();
  });

  it('replaces the name and attributes of a span that cannot be read, keeping its ids', () => {
    const ids = { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' };
    const span = Object.defineProperty({ ...ids }, 'attributes', {
      enumerable: true,
      get() {
        throw new Error('attributes getter');
      },
    }) as StreamedSpanJSON;
    Object.defineProperty(span, 'name', {
      enumerable: true,
      get() {
        throw new Error('name getter');
      },
    });
    expect(createBeforeSendSpan()(span)).toEqual({ ...ids, name: '[Filtered]', attributes: {} });
  });

  it('bounds a 10 MB message and a 10 MB request body', () => {
    const huge = `${'x'.repeat(10_000_000)} jane@example.com`;
    const out = scrubEvent({ message: huge, request: { data: huge } }, scrubber);
    expect(out.message!.length).toBeLessThan(100_000);
    expect(JSON.stringify(out)).not.toContain('jane@example.com');
  });
});

describe('linear time on adversarial input', () => {
  const budgetMs = 2_000;
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it('handles long near-miss form bodies, query strings and URLs quickly', () => {
    const n = 30_000;
    const inputs = [
      `${'a='.repeat(n)}&`,
      `${'a=b&'.repeat(n)} `,
      `?${'&'.repeat(n)}=`,
      `http://${'/'.repeat(n)}?${'%'.repeat(n)}`,
      `${'{'.repeat(n)}`,
      `${'a=%E0%A4%A'.repeat(n / 10)}`,
    ];
    for (const input of inputs) {
      const elapsed = time(() =>
        scrubEvent({ request: { data: input, url: input, query_string: input }, transaction: input }, scrubber),
      );
      expect(elapsed, `input starting ${JSON.stringify(input.slice(0, 12))}`).toBeLessThan(budgetMs);
    }
  });
});
