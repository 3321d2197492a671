import { ERROR_KEY } from './constants.js';
import { buildRedaction } from './redaction/fragment.js';
import { resolveScrubber } from './scrubber.js';
import type { PiiRedactionOptions, PinoRedactionFragment } from './types.js';

/** pino's own default message key; `createLogger` uses `message` instead. */
const PINO_MESSAGE_KEY = 'msg';

/**
 * A pino options fragment that gives an existing `pino()` call the same
 * scrubbing as `createLogger`: message and printf arguments, merge object,
 * `err`, child bindings, and the output of the serializers, formatters,
 * hooks and mixin passed here (pass yours here rather than beside the
 * fragment, or they would replace its wrappers).
 *
 * @example
 * ```ts
 * import pino from 'pino';
 * import { piiRedaction } from '@valine/logger';
 *
 * const logger = pino({ ...piiRedaction({ pii: { allowKeys: ['username'] } }), level: 'info' });
 * logger.info({ user: { email: 'ana@example.com' } }, 'signed up'); // "email":"[email]"
 * ```
 */
export const piiRedaction = (options: PiiRedactionOptions = {}): PinoRedactionFragment => {
  const ctx = {
    scrubber: resolveScrubber(options),
    messageKey: options.messageKey ?? PINO_MESSAGE_KEY,
    errorKey: options.errorKey ?? ERROR_KEY,
  };
  return buildRedaction(ctx, options, true) as unknown as PinoRedactionFragment;
};
