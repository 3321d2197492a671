import type { Event } from '@sentry/core';
import { createScrubber } from '@valine/pii';
import { scrubEvent } from '@valine/sentry';
import { describe, expect, it } from 'vitest';

const scrubber = createScrubber();
const EMAIL = 'jane.doe@example.com';
const CARD = '4111 1111 1111 1111';

function eventWithPiiEverywhere(): Event {
  return {
    event_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    timestamp: 1_764_370_800,
    platform: 'node',
    release: 'api@1.4.2',
    message: `reset sent to ${EMAIL}`,
    logentry: { message: 'reset sent to %s', params: [EMAIL, 42] },
    exception: {
      values: [
        {
          type: 'PaymentError',
          value: `card ${CARD} declined for ${EMAIL}`,
          mechanism: { type: 'generic', handled: true, data: { customer: EMAIL } },
          stacktrace: {
            frames: [
              {
                filename: '/srv/app/payments.js',
                abs_path: '/srv/app/payments.js',
                function: 'chargeCard',
                module: 'payments',
                lineno: 42,
                colno: 7,
                in_app: true,
                context_line: `  charge('${CARD}');`,
                pre_context: [`// owner ${EMAIL}`],
                post_context: ['}'],
                vars: { email: EMAIL, password: 'hunter2', amount: 12 },
              },
            ],
          },
        },
      ],
    },
    threads: {
      values: [
        {
          id: 1,
          name: `worker for ${EMAIL}`,
          stacktrace: { frames: [{ function: 'run', vars: { ssn: '123-45-6789' } }] },
        },
      ],
    },
    user: {
      id: '3f2c7a5e-8b1d-4c6e-9f0a-2b7d5e1c9a44',
      email: EMAIL,
      ip_address: '203.0.113.9',
      username: EMAIL,
      segment: 'pro',
    },
    tags: { customer_email: EMAIL, region: 'eu-west-1' },
    extra: { ssn: '123-45-6789', note: `call +1 415 555 0132` },
    contexts: {
      customer: { fullName: 'Jane Quincy Doe', plan: 'pro' },
      trace: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' },
    },
    breadcrumbs: [{ category: 'navigation', data: { from: `/users/${EMAIL}`, to: '/orders?page=2' }, timestamp: 1 }],
    transaction: `GET /users/${EMAIL}/orders`,
    spans: [
      {
        span_id: '00f067aa0ba902b7',
        trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
        start_timestamp: 1,
        status: 'ok',
        description: `GET https://api.example.test/users/${EMAIL}?page=2`,
        data: { 'url.full': `https://api.example.test/users?email=${encodeURIComponent(EMAIL)}&page=2` },
      },
    ],
    fingerprint: ['{{ default }}', EMAIL],
    sdkProcessingMetadata: {
      normalizedRequest: { headers: { cookie: 'session=abc' } },
      ipAddress: '203.0.113.9',
      dynamicSamplingContext: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', transaction: `GET /users/${EMAIL}` },
    },
  };
}

describe('scrubEvent', () => {
  it('removes PII from every part of the event', () => {
    const out = scrubEvent(eventWithPiiEverywhere(), scrubber);
    const json = JSON.stringify(out);
    for (const planted of [
      EMAIL,
      CARD,
      'hunter2',
      '203.0.113.9',
      '123-45-6789',
      '+1 415 555 0132',
      'Jane Quincy Doe',
      'session=abc',
    ]) {
      expect(json).not.toContain(planted);
    }
    expect(out.message).toBe('reset sent to [email]');
    expect(out.logentry).toEqual({ message: 'reset sent to %s', params: ['[email]', 42] });
    expect(out.transaction).toBe('GET /users/[email]/orders');
    expect(out.fingerprint).toEqual(['{{ default }}', '[email]']);
    expect(out.tags).toEqual({ customer_email: '[email]', region: 'eu-west-1' });
  });

  it('keeps what makes the error debuggable', () => {
    const out = scrubEvent(eventWithPiiEverywhere(), scrubber);
    const exception = out.exception!.values![0]!;
    expect(exception.type).toBe('PaymentError');
    expect(exception.value).toBe('card [card] declined for [email]');
    expect(exception.mechanism).toEqual({ type: 'generic', handled: true, data: { customer: '[email]' } });
    const frame = exception.stacktrace!.frames![0]!;
    expect(frame).toMatchObject({
      filename: '/srv/app/payments.js',
      abs_path: '/srv/app/payments.js',
      function: 'chargeCard',
      module: 'payments',
      lineno: 42,
      colno: 7,
      in_app: true,
    });
    expect(frame.vars).toEqual({ email: '[email]', password: '[password]', amount: 12 });
    expect(frame.context_line).toBe("  charge('[card]');");
    expect(out.threads!.values[0]!.stacktrace!.frames![0]!.vars).toEqual({ ssn: '[ssn]' });
    expect(out.contexts!.trace).toEqual({ trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7' });
    expect(out.release).toBe('api@1.4.2');
  });

  it('keeps the user id and segment, drops email and IP, and an email username', () => {
    expect(scrubEvent(eventWithPiiEverywhere(), scrubber).user).toEqual({
      id: '3f2c7a5e-8b1d-4c6e-9f0a-2b7d5e1c9a44',
      segment: 'pro',
    });
    expect(
      scrubEvent({ user: { id: 7, username: 'night_owl', name: 'Jane Doe', geo: { city: 'Lyon' } } }, scrubber).user,
    ).toEqual({
      id: 7,
      username: 'night_owl',
    });
  });

  it('drops the raw request from sdkProcessingMetadata and scrubs the sampling context', () => {
    const out = scrubEvent(eventWithPiiEverywhere(), scrubber);
    expect(out.sdkProcessingMetadata).toEqual({
      dynamicSamplingContext: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', transaction: 'GET /users/[email]' },
    });
  });

  it('scrubs span descriptions and data, and navigation breadcrumbs', () => {
    const out = scrubEvent(eventWithPiiEverywhere(), scrubber);
    expect(out.spans![0]!.description).toBe('GET https://api.example.test/users/[email]?page=2');
    expect(out.spans![0]!.data).toEqual({ 'url.full': 'https://api.example.test/users?email=[email]&page=2' });
    expect(out.breadcrumbs![0]!.data).toEqual({ from: '/users/[email]', to: '/orders?page=2' });
  });

  it('scans source lines of app frames only; library frames are static files', () => {
    const frames = [
      {
        filename: '/srv/node_modules/lib/index.js',
        in_app: false,
        context_line: "const SUPPORT = 'help@lib.example';",
      },
      { filename: '/srv/app/index.js', in_app: true, context_line: "const SUPPORT = 'help@app.example';" },
    ];
    const out = scrubEvent({ exception: { values: [{ type: 'Error', stacktrace: { frames } }] } }, scrubber);
    expect(out.exception!.values![0]!.stacktrace!.frames!.map((frame) => frame.context_line)).toEqual([
      "const SUPPORT = 'help@lib.example';",
      "const SUPPORT = '[email]';",
    ]);
  });

  it('does not mutate the event it was given', () => {
    const event = eventWithPiiEverywhere();
    const before = JSON.stringify(event);
    scrubEvent(event, scrubber);
    expect(JSON.stringify(event)).toBe(before);
  });

  it('drops a part of unexpected shape and keeps the rest', () => {
    const out = scrubEvent(
      { message: `hi ${EMAIL}`, breadcrumbs: 'not an array', exception: { values: 3 } } as unknown as Event,
      scrubber,
    );
    expect(out).toEqual({ message: 'hi [email]' });
  });
});
