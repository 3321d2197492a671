import { TIMESTAMP_KEY } from './constants.js';

let lastMillis = Number.NaN;
let lastFragment = '';

/**
 * pino's `timestamp` option: the ISO time of the line. Formatting a Date
 * costs more than the rest of pino's own work on a small line, and a busy
 * process writes many lines within one millisecond, so the fragment is
 * rebuilt only when the millisecond changes.
 */
export const isoTimestamp = (): string => {
  const now = Date.now();
  if (now !== lastMillis) {
    lastMillis = now;
    lastFragment = `,"${TIMESTAMP_KEY}":"${new Date(now).toISOString()}"`;
  }
  return lastFragment;
};
