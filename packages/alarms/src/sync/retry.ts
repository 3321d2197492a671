import {
  DEFAULT_MAX_ATTEMPTS,
  QUOTA_ERROR_NAMES,
  RETRY_BASE_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  THROTTLING_ERROR_NAMES,
  TRANSIENT_ERROR_CODES,
} from './constants.js';
import { sleep } from './rateLimiter.js';
import type { ReportedError } from './types.js';

export interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { statusCode?: unknown };
}

const shape = (error: unknown): ErrorShape =>
  typeof error === 'object' && error !== null ? (error as ErrorShape) : {};

const statusOf = (error: unknown): number | undefined => {
  const status = shape(error).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
};

/** `LimitExceeded` is an account quota (too many alarms, filters per log group): waiting does not help. */
export function isQuotaError(error: unknown): boolean {
  return QUOTA_ERROR_NAMES.has(String(shape(error).name));
}

/** Throttling by name or HTTP 429, 5xx answers and dropped connections are worth another attempt. */
export function isRetryable(error: unknown): boolean {
  if (isQuotaError(error)) return false;
  const { name, code } = shape(error);
  if (THROTTLING_ERROR_NAMES.has(String(name))) return true;
  if (TRANSIENT_ERROR_CODES.has(String(name)) || TRANSIENT_ERROR_CODES.has(String(code))) return true;
  const status = statusOf(error);
  return status === 429 || (status !== undefined && status >= 500 && status <= 504);
}

/**
 * The AWS error name and message for the report, never the request: the SDK's
 * errors carry no credentials, but the raw response is left out all the same.
 *
 * @example
 * ```ts
 * describeError(new Error('boom')); // { name: 'Error', message: 'boom', quota: false }
 * ```
 */
export function describeError(error: unknown): ReportedError {
  const { name, message, $response } = shape(error);
  if (typeof message === 'string' && message.includes('Deserialization error') && $response?.statusCode) {
    return {
      name: `HTTP${$response.statusCode}`,
      message: `the endpoint answered HTTP ${$response.statusCode} with a body that is not an AWS API response (an emulator without this operation, or a proxy in the way)`,
      quota: false,
    };
  }
  return {
    name: typeof name === 'string' && name ? name : 'Error',
    message: typeof message === 'string' ? message : String(error),
    quota: isQuotaError(error),
  };
}

/**
 * Runs `fn` again after throttling or a transient failure, with capped
 * exponential backoff and full jitter. The SDK's own retries are turned off
 * (see `clients.ts`) because it treats `LimitExceededException` as throttling.
 *
 * @example
 * ```ts
 * const page = await withRetry(() => client.send(new DescribeAlarmsCommand({})), { maxAttempts: 5 });
 * ```
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const base = options.baseDelayMs ?? RETRY_BASE_DELAY_MS;
  const cap = options.maxDelayMs ?? RETRY_MAX_DELAY_MS;
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error)) throw error;
      await wait(Math.round(random() * Math.min(cap, base * 2 ** (attempt - 1))));
    }
  }
}
