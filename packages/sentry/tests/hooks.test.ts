import type { ErrorEvent, Log, StreamedSpanJSON, TransactionEvent } from '@sentry/core';
import { createScrubber } from '@valine/pii';
import {
  createBeforeBreadcrumb,
  createBeforeSend,
  createBeforeSendLog,
  createBeforeSendSpan,
  createBeforeSendTransaction,
} from '@valine/sentry';
import { describe, expect, it } from 'vitest';

const EMAIL = 'jane.doe@example.com';

describe('createBeforeSend', () => {
  it("scrubs, then hands the app's hook the clean event and returns its answer", async () => {
    const seen: string[] = [];
    const beforeSend = createBeforeSend({
      next: (event) => {
        seen.push(event.message ?? '');
        return event.level === 'debug' ? null : event;
      },
    });
    const event = { type: undefined, message: `hello ${EMAIL}` } as ErrorEvent;
    expect(await beforeSend(event, {})).toEqual({ message: 'hello [email]' });
    expect(await beforeSend({ ...event, level: 'debug' } as ErrorEvent, {})).toBeNull();
    expect(seen).toEqual(['hello [email]', 'hello [email]']);
  });

  it('uses a shared scrubber with its replacement', async () => {
    const scrubber = createScrubber({ replacement: 'mask' });
    const out = await createBeforeSend({ scrubber })({ type: undefined, message: EMAIL } as ErrorEvent, {});
    expect(out?.message).not.toContain(EMAIL);
    expect(out?.message).not.toBe('[email]');
  });

  it('builds its scrubber from scrubber options', async () => {
    const beforeSend = createBeforeSend({ denyKeys: ['internalNote'] });
    const out = await beforeSend({ type: undefined, extra: { internalNote: 'vip', plan: 'pro' } } as ErrorEvent, {});
    expect(out?.extra).toEqual({ internalNote: expect.not.stringContaining('vip'), plan: 'pro' });
  });
});

describe('createBeforeSendTransaction', () => {
  it('scrubs the transaction name and its spans', async () => {
    const event: TransactionEvent = {
      type: 'transaction',
      transaction: `GET /users/${EMAIL}`,
      spans: [
        { span_id: 'a', trace_id: 'b', start_timestamp: 1, status: 'ok', data: {}, description: `SELECT '${EMAIL}'` },
      ],
    };
    const out = await createBeforeSendTransaction()(event, {});
    expect(out?.transaction).toBe('GET /users/[email]');
    expect(out?.spans?.[0]?.description).toBe("SELECT '[email]'");
  });
});

describe('createBeforeBreadcrumb', () => {
  it('scrubs message, data and fetch URLs; keeps category and level', () => {
    const out = createBeforeBreadcrumb()({
      category: 'fetch',
      level: 'info',
      message: `GET /api?email=${encodeURIComponent(EMAIL)}`,
      data: { url: `/api/customers?email=${encodeURIComponent(EMAIL)}&page=2`, method: 'GET', status_code: 200 },
    });
    expect(out).toEqual({
      category: 'fetch',
      level: 'info',
      message: 'GET /api?email=[email]',
      data: { url: '/api/customers?email=[email]&page=2', method: 'GET', status_code: 200 },
    });
  });

  it("lets the app's hook drop a breadcrumb", () => {
    expect(createBeforeBreadcrumb({ next: () => null })({ message: 'x' })).toBeNull();
  });
});

describe('createBeforeSendLog', () => {
  it('scrubs the body and attributes and drops user email and IP attributes', () => {
    const log: Log = {
      level: 'info',
      message: `checkout for ${EMAIL}`,
      attributes: {
        'user.id': 'u-1',
        'user.email': EMAIL,
        'user.ip_address': '203.0.113.9',
        'sentry.message.parameter.0': EMAIL,
        phone: '+1 415 555 0132',
        orderId: 'ord_1',
      },
    };
    expect(createBeforeSendLog()(log)).toEqual({
      level: 'info',
      message: 'checkout for [email]',
      attributes: { 'user.id': 'u-1', 'sentry.message.parameter.0': '[email]', phone: '[phone]', orderId: 'ord_1' },
    });
    expect(log.message).toBe(`checkout for ${EMAIL}`);
  });
});

describe('createBeforeSendSpan', () => {
  it('scrubs the span name and typed attributes, keeping their declared types right', () => {
    const span: StreamedSpanJSON = {
      trace_id: 't',
      span_id: 's',
      name: `GET /users/${EMAIL}`,
      start_timestamp: 1,
      status: 'ok',
      is_segment: true,
      attributes: {
        'url.full': { value: `http://shop.example.test/u?email=${encodeURIComponent(EMAIL)}&page=2`, type: 'string' },
        'http.request.header.x-forwarded-for': { value: ['203.0.113.9'], type: 'array' },
        'http.request.body.data': { value: '{"password":"hunter2","plan":"pro"}', type: 'string' },
        'client.address': { value: '203.0.113.9', type: 'string' },
        'http.response.status_code': { value: 200, type: 'integer' },
      } as StreamedSpanJSON['attributes'],
    };
    expect(createBeforeSendSpan()(span)).toEqual({
      ...span,
      name: 'GET /users/[email]',
      attributes: {
        'url.full': { value: 'http://shop.example.test/u?email=[email]&page=2', type: 'string' },
        'http.request.header.x-forwarded-for': { value: ['[Filtered]'], type: 'array' },
        'http.request.body.data': { value: '{"password":"[password]","plan":"pro"}', type: 'string' },
        'http.response.status_code': { value: 200, type: 'integer' },
      },
    });
  });
});
