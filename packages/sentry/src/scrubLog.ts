import type { Log } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { FILTERED } from './constants.js';
import { isRecord, safely } from './safely.js';
import { scrubAttributes } from './scrubAttributes.js';

/**
 * Scrubs a Sentry log where it lies (the `beforeCaptureLog` hook expects
 * in-place changes). The SDK has already copied template parameters into
 * `sentry.message.parameter.N` attributes, so the message is scrubbed as
 * the text it will be sent as.
 */
export function scrubLogInPlace(log: Log, scrubber: Scrubber): void {
  log.message = safely(() => scrubber.scrubString(String(log.message))) ?? FILTERED;
  if (log.attributes !== undefined) {
    log.attributes = safely(() => (isRecord(log.attributes) ? scrubAttributes(log.attributes, scrubber) : {})) ?? {};
  }
}

/** A scrubbed copy of a log, for `beforeSendLog`. */
export function scrubLog(log: Log, scrubber: Scrubber): Log {
  const copy: Log = { ...log };
  scrubLogInPlace(copy, scrubber);
  return copy;
}
