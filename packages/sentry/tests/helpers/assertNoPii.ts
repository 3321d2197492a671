import { expect } from 'vitest';
import type { EnvelopeItem, SentryEndpoint } from '../../../../tools/test/sentryEndpoint.js';
import { KEPT, PLANTED } from './nodeScenario.js';

interface Frame {
  filename?: string;
  function?: string;
  lineno?: number;
}
interface ErrorPayload {
  exception?: { values?: Array<{ type?: string; value?: string; stacktrace?: { frames?: Frame[] } }> };
  message?: string;
  user?: Record<string, unknown>;
  request?: { url?: string; query_string?: unknown; headers?: Record<string, unknown>; data?: unknown };
}

const ofType = (items: EnvelopeItem[], type: string) => items.filter((item) => item.header.type === type);

/** Waits until the scenario's error, message, log and span envelopes have arrived. */
export async function waitForScenario(sink: SentryEndpoint): Promise<void> {
  await sink.waitFor((items) => ofType(items, 'event').length >= 2 && ofType(items, 'log').length >= 1);
  await sink.waitFor((items) => ofType(items, 'span').length >= 1);
}

/**
 * The wire-level checks shared by every Node variant: no planted PII in any
 * byte received, and the event still usable (user ID, frames, harmless
 * query parameters, the request it came from).
 */
export function expectCleanEnvelopes(sink: SentryEndpoint): void {
  const text = sink.text();
  for (const [name, value] of Object.entries(PLANTED)) {
    const at = text.indexOf(value);
    const around = at < 0 ? '' : text.slice(Math.max(0, at - 200), at + 60);
    expect(at, `planted ${name} reached Sentry: …${around}…`).toBe(-1);
  }
  expect(text).toContain(KEPT.userId);
  expect(text).toContain(KEPT.orderId);
  for (const param of KEPT.queryParams) expect(text).toContain(param);

  const events = ofType(sink.items(), 'event').map((item) => item.payload as ErrorPayload);
  const error = events.find((event) => event.exception?.values?.[0]?.type === 'Error');
  expect(error, 'the error event').toBeDefined();
  const frames = error!.exception!.values![0]!.stacktrace?.frames ?? [];
  const own = frames.find((frame) => frame.function === KEPT.functionName);
  expect(own?.filename).toMatch(new RegExp(`${KEPT.filename}$`));
  expect(own?.lineno).toBeGreaterThan(0);
  expect(error!.exception!.values![0]!.value).toMatch(/^Payment failed for /);
  expect(error!.user).toEqual({ id: KEPT.userId });
  expect(error!.request?.url).toMatch(/\/users\/.+\/checkout\?.*page=2&sort=desc/);
  expect(JSON.stringify(error!.request?.data)).toContain(KEPT.orderId);

  const message = events.find((event) => typeof event.message === 'string');
  expect(message?.message).toMatch(/^Password reset link sent to /);
}
