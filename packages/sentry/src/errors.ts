/**
 * Thrown by `initSentry` when an option contradicts itself at start-up
 * (never from a filter: filters drop what they cannot scrub).
 */
export class SentryOptionsError extends Error {
  override name = 'SentryOptionsError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
