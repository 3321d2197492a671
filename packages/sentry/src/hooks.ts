import type { Breadcrumb, BreadcrumbHint, Options, StreamedSpanJSON } from '@sentry/core';
import { FILTERED } from './constants.js';
import { safely } from './safely.js';
import { scrubBreadcrumb } from './scrubBreadcrumb.js';
import { resolveScrubber } from './scrubber.js';
import { scrubEvent } from './scrubEvent.js';
import { scrubLog } from './scrubLog.js';
import { scrubStreamedSpanInPlace } from './scrubSpan.js';
import type { ComposedHookOptions } from './types.js';

/** The SDK's own hook types, so a filter drops into `Sentry.init` as is. */
export type BeforeSend = NonNullable<Options['beforeSend']>;
export type BeforeSendTransaction = NonNullable<Options['beforeSendTransaction']>;
export type BeforeBreadcrumb = NonNullable<Options['beforeBreadcrumb']>;
export type BeforeSendLog = NonNullable<Options['beforeSendLog']>;
export type BeforeSendSpan = NonNullable<Options['beforeSendSpan']>;

/**
 * A `beforeSend` that scrubs error and message events, then hands the clean
 * event to the app's own hook (`next`), if any.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, beforeSend: createBeforeSend({ next: (event) => (isNoise(event) ? null : event) }) });
 * ```
 */
export function createBeforeSend(options: ComposedHookOptions<BeforeSend> = {}): BeforeSend {
  const scrubber = resolveScrubber(options);
  const next = options.next;
  return (event, hint) => {
    const clean = scrubEvent(event, scrubber);
    return next ? next(clean, hint) : clean;
  };
}

/**
 * A `beforeSendTransaction` that scrubs transaction names, spans and the
 * request, user and contexts attached to them (`traceLifecycle: 'static'`).
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, traceLifecycle: 'static', beforeSendTransaction: createBeforeSendTransaction() });
 * ```
 */
export function createBeforeSendTransaction(
  options: ComposedHookOptions<BeforeSendTransaction> = {},
): BeforeSendTransaction {
  const scrubber = resolveScrubber(options);
  const next = options.next;
  return (event, hint) => {
    const clean = scrubEvent(event, scrubber);
    return next ? next(clean, hint) : clean;
  };
}

/**
 * A `beforeBreadcrumb` that scrubs message, data and fetch / xhr /
 * navigation URLs before the breadcrumb is stored on the scope.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, beforeBreadcrumb: createBeforeBreadcrumb() });
 * ```
 */
export function createBeforeBreadcrumb(options: ComposedHookOptions<BeforeBreadcrumb> = {}): BeforeBreadcrumb {
  const scrubber = resolveScrubber(options);
  const next = options.next;
  return (breadcrumb: Breadcrumb, hint?: BreadcrumbHint) => {
    const clean = safely(() => scrubBreadcrumb(breadcrumb, scrubber));
    if (!clean) return null;
    return next ? next(clean, hint) : clean;
  };
}

/**
 * A `beforeSendLog` for Sentry structured logs: message and attributes
 * (including the `user.*` attributes the SDK copies from the scope).
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, enableLogs: true, beforeSendLog: createBeforeSendLog() });
 * ```
 */
export function createBeforeSendLog(options: ComposedHookOptions<BeforeSendLog> = {}): BeforeSendLog {
  const scrubber = resolveScrubber(options);
  const next = options.next;
  return (log) => {
    const clean = scrubLog(log, scrubber);
    return next ? next(clean) : clean;
  };
}

/**
 * The fields of a span that can be read, one by one: spreading it threw, and
 * spreading again would throw the same way. Name and attributes start
 * replaced, so a field that cannot be read never reaches the SDK raw.
 */
function readableFields(span: StreamedSpanJSON): StreamedSpanJSON {
  const copy: Record<string, unknown> = { name: FILTERED, attributes: {} };
  for (const key of safely(() => Object.keys(span)) ?? []) {
    safely(() => {
      copy[key] = span[key as keyof StreamedSpanJSON];
    });
  }
  return copy as unknown as StreamedSpanJSON;
}

/**
 * A `beforeSendSpan` for streamed spans (the SDK 11 default): span names
 * such as `GET /users/jane@example.com` and attributes. The SDK does not let
 * this hook drop a span, so what cannot be scrubbed is replaced.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, beforeSendSpan: createBeforeSendSpan() });
 * ```
 */
export function createBeforeSendSpan(options: ComposedHookOptions<BeforeSendSpan> = {}): BeforeSendSpan {
  const scrubber = resolveScrubber(options);
  const next = options.next;
  return (span) => {
    const copy = safely(() => ({ ...span })) ?? readableFields(span);
    scrubStreamedSpanInPlace(copy, scrubber);
    return next ? next(copy) : copy;
  };
}
