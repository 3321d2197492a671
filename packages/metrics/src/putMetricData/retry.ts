const RETRYABLE_NAMES: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServiceError',
  'InternalServiceFault',
  'TimeoutError',
  'RequestTimeout',
]);

interface SdkErrorLike {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Throttling, HTTP 429, 5xx and failures without an HTTP answer (refused
 * connection, timeout) are worth another attempt; anything else (a 400 for
 * a bad parameter, a 403) would fail the same way again.
 */
export function isRetryable(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return true;
  const { name, $metadata } = error as SdkErrorLike;
  if (typeof name === 'string' && RETRYABLE_NAMES.has(name)) return true;
  const status = $metadata?.httpStatusCode;
  if (status === undefined) return true;
  return status === 429 || status >= 500;
}

/** Full-jitter exponential backoff: uniform in [0, min(cap, base·2^attempt)]. */
export function backoffDelay(attempt: number, baseMs: number, capMs: number): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
}

/** A plain (ref'd) timer: an awaited `close()` must keep the process alive until its retries end. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
