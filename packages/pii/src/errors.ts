/**
 * Thrown by `createScrubber` when its options cannot work (a hash key that is
 * empty, a rule without a name). Scrubbing itself never throws.
 */
export class PiiConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PiiConfigError';
  }
}
