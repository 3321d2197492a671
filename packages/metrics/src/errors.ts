/**
 * Reported (never thrown) when a PutMetricData request fails for good:
 * after its retries, or at once for errors retrying cannot fix.
 */
export class PutMetricDataError extends Error {
  readonly datums: number;
  readonly attempts: number;
  constructor(message: string, details: { datums: number; attempts: number }, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PutMetricDataError';
    this.datums = details.datums;
    this.attempts = details.attempts;
  }
}
