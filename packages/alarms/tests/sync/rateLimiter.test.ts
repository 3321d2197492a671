import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/sync/rateLimiter.js';

function fakeClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('lets a burst of one second through, then paces at the rate', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ ...clock, limits: { PutMetricAlarm: 3 } });
    const times: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      await limiter.acquire('PutMetricAlarm', 'eu-west-1');
      times.push(clock.now());
    }
    expect(times.slice(0, 3)).toEqual([0, 0, 0]);
    expect(times[8]).toBeGreaterThanOrEqual(1_990);
    expect(times[8]).toBeLessThanOrEqual(2_010);
  });

  it('keeps separate buckets per operation and region, with CloudWatch defaults', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 9; i += 1) await limiter.acquire('DescribeAlarms', 'us-east-1');
    for (let i = 0; i < 3; i += 1) await limiter.acquire('PutMetricAlarm', 'us-east-1');
    for (let i = 0; i < 3; i += 1) await limiter.acquire('PutMetricAlarm', 'eu-west-1');
    expect(clock.now()).toBe(0);
    await limiter.acquire('DeleteAlarms', 'us-east-1');
    await limiter.acquire('PutMetricAlarm', 'us-east-1');
    expect(clock.now()).toBeGreaterThanOrEqual(333);
  });

  it('serves concurrent callers in arrival order', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ ...clock, limits: { DeleteAlarms: 1 } });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire('DeleteAlarms', 'r').then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(clock.now()).toBeGreaterThanOrEqual(3_000);
  });
});
