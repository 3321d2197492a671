import { writeSync } from 'node:fs';
import type { Scrubber } from '@valine/pii';
import type { WarnLogger } from './types.js';

const STDERR = 2;

/**
 * The default warning sink: one JSON line on stderr, scrubbed, written
 * synchronously so it is not lost when Lambda freezes the process.
 *
 * @example
 * ```ts
 * const logger = stderrLogger(createScrubber());
 * logger.warn({ reason: 'invalid_value' }, 'dropped 1 datum');
 * ```
 */
export function stderrLogger(scrubber: Scrubber): WarnLogger {
  return {
    warn(obj, msg) {
      const record = {
        level: 'warn',
        time: Date.now(),
        ...(scrubber.scrub(obj) as object),
        msg: scrubber.scrubString(msg),
      };
      writeSync(STDERR, `${JSON.stringify(record)}\n`);
    },
  };
}

/**
 * Wraps a logger so a warning is scrubbed first and can never throw into the
 * caller (a broken logger loses the warning, not the metrics).
 */
export function safeWarn(logger: WarnLogger, scrubber: Scrubber): WarnLogger {
  return {
    warn(obj, msg) {
      try {
        logger.warn(scrubber.scrub(obj), scrubber.scrubString(msg));
      } catch {
        // A warning about dropped metrics is not worth failing the request over.
      }
    },
  };
}
