/**
 * Thrown by `createScrubber` when its options cannot work (an unknown
 * replacement, a rule without a name, an empty pseudonym key). Scrubbing itself never throws.
 */
export class PiiConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PiiConfigError';
  }
}
