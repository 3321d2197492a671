import { describe, expect, it } from 'vitest';
import { describeError, isRetryable, withRetry } from '../../src/sync/retry.js';

const awsError = (name: string, status: number, message = name) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('withRetry', () => {
  it('retries throttling and HTTP 429 with growing backoff, then succeeds', async () => {
    const delays: number[] = [];
    let attempts = 0;
    const value = await withRetry(
      async () => {
        attempts += 1;
        if (attempts === 1) throw awsError('Throttling', 400);
        if (attempts === 2) throw awsError('SomethingElse', 429);
        return 'ok';
      },
      { sleep: async (ms) => void delays.push(ms), random: () => 1, baseDelayMs: 100 },
    );
    expect(value).toBe('ok');
    expect(attempts).toBe(3);
    expect(delays).toEqual([100, 200]);
  });

  it('does not retry LimitExceeded, a quota', async () => {
    let attempts = 0;
    const quota = awsError('LimitExceeded', 400, 'The maximum number of alarms has been reached');
    await expect(
      withRetry(
        async () => {
          attempts += 1;
          throw quota;
        },
        { sleep: async () => undefined },
      ),
    ).rejects.toBe(quota);
    expect(attempts).toBe(1);
    expect(describeError(quota)).toEqual({
      name: 'LimitExceeded',
      message: 'The maximum number of alarms has been reached',
      quota: true,
    });
  });

  it('gives up after maxAttempts', async () => {
    let attempts = 0;
    await expect(
      withRetry(
        async () => {
          attempts += 1;
          throw awsError('ThrottlingException', 400);
        },
        { maxAttempts: 4, sleep: async () => undefined },
      ),
    ).rejects.toThrow('ThrottlingException');
    expect(attempts).toBe(4);
  });

  it('classifies transient and permanent errors', () => {
    expect(isRetryable(awsError('InternalServiceError', 500))).toBe(true);
    expect(isRetryable(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryable(awsError('InvalidParameterValue', 400))).toBe(false);
    expect(isRetryable(awsError('LimitExceededException', 400))).toBe(false);
    expect(isRetryable('not an error')).toBe(false);
  });

  it('explains a non-AWS answer instead of a JSON parse error', () => {
    const error = Object.assign(
      new SyntaxError(`Unexpected token '<'\n  Deserialization error: to see the raw response`),
      {
        $response: { statusCode: 404 },
      },
    );
    expect(describeError(error)).toMatchObject({
      name: 'HTTP404',
      message: expect.stringContaining('not an AWS API response'),
    });
  });
});
