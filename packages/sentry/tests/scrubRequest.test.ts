import type { Event } from '@sentry/core';
import { createScrubber } from '@valine/pii';
import { scrubEvent } from '@valine/sentry';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();
const request = (req: Event['request']) => scrubEvent({ request: req }, scrubber).request;

describe('request scrubbing', () => {
  it('keeps the path and harmless parameters of the url and a string query', () => {
    expect(
      request({
        method: 'POST',
        url: 'https://api.example.test/users/jane@example.com/orders?email=jane%40example.com&page=2&token=abc123#top',
        query_string: 'email=jane%40example.com&page=2&sort=desc',
      }),
    ).toEqual({
      method: 'POST',
      url: 'https://api.example.test/users/[email]/orders?email=[email]&page=2&token=[token]#top',
      query_string: 'email=[email]&page=2&sort=desc',
    });
  });

  it('scrubs query strings given as an object or as pairs', () => {
    expect(request({ query_string: { email: 'jane@example.com', page: '2' } })?.query_string).toEqual({
      email: '[email]',
      page: '2',
    });
    expect(
      request({
        query_string: [
          ['q', 'jane@example.com'],
          ['page', '2'],
        ],
      })?.query_string,
    ).toEqual([
      ['q', '[email]'],
      ['page', '2'],
    ]);
  });

  it('filters credential and client-address headers, and every cookie value', () => {
    const out = request({
      headers: {
        Authorization: 'Bearer abc.def.ghi',
        Cookie: 'session=abc',
        'X-Forwarded-For': '203.0.113.9',
        'X-Real-IP': '203.0.113.9',
        Forwarded: 'for=203.0.113.9',
        'content-type': 'application/json',
        referer: 'https://shop.example.test/account?email=jane%40example.com',
      },
      cookies: { session: 'abc', theme: 'dark' },
    });
    expect(out).toEqual({
      headers: {
        Authorization: '[Filtered]',
        Cookie: '[Filtered]',
        'X-Forwarded-For': '[Filtered]',
        'X-Real-IP': '[Filtered]',
        Forwarded: '[Filtered]',
        'content-type': 'application/json',
        referer: expect.not.stringContaining('jane'),
      },
      cookies: { session: '[Filtered]', theme: '[Filtered]' },
    });
  });

  it('filters credential headers however they are spelled, even when the app allows those keys', () => {
    const lenient = createScrubber({ allowKeys: ['authorization', 'x_api_key', 'cf-connecting-ip'] });
    const out = scrubEvent(
      { request: { headers: { AUTHORIZATION: 'token-1', 'X.Api.Key': 'key-1', 'CF Connecting IP': 'edge-host-7' } } },
      lenient,
    ).request;
    expect(out?.headers).toEqual({
      AUTHORIZATION: '[Filtered]',
      'X.Api.Key': '[Filtered]',
      'CF Connecting IP': '[Filtered]',
    });
  });

  it('scrubs JSON, form and text bodies and body objects', () => {
    expect(request({ data: '{"card":"4111 1111 1111 1111","password":"hunter2","orderId":"ord_1"}' })?.data).toBe(
      '{"card":"[card]","password":"[password]","orderId":"ord_1"}',
    );
    expect(request({ data: 'email=jane%40example.com&password=hunter2&plan=pro' })?.data).toBe(
      'email=[email]&password=[password]&plan=pro',
    );
    expect(request({ data: 'contact jane@example.com please' })?.data).toBe('contact [email] please');
    expect(request({ data: { user: { email: 'jane@example.com', plan: 'pro' } } })?.data).toEqual({
      user: { email: '[email]', plan: 'pro' },
    });
  });

  it('filters the client address in the CGI env', () => {
    expect(request({ env: { REMOTE_ADDR: '203.0.113.9', SERVER_NAME: 'api' } })?.env).toEqual({
      REMOTE_ADDR: '[Filtered]',
      SERVER_NAME: 'api',
    });
  });
});
