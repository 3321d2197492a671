/** Shared pieces of the malformed-config tables. */
import { expect } from 'vitest';
import { type AlarmDefinition, type MetricAlarmDefinition, presets, validateConfig } from '../../src/index.js';
import { configWith } from '../helpers.js';

export const latency: MetricAlarmDefinition = {
  kind: 'metric',
  severity: 'P1',
  namespace: 'AWS/ApiGateway',
  metricName: 'Latency',
  dimensions: { ApiId: 'a1b2c3d4e5' },
  statistic: 'p95',
  period: '1m',
  evaluationPeriods: 5,
  comparison: '>',
  threshold: 3000,
};

/** A config with one broken spot; `unknown` because many cases are not type-correct on purpose. */
export type Case = [name: string, config: unknown, path: string, message: RegExp, hint?: RegExp];

export const withAlarm = (patch: Record<string, unknown>): unknown =>
  configWith({ apiLatency: { ...latency, ...patch } as AlarmDefinition });
export const withConfig = (patch: Record<string, unknown>): unknown => ({
  ...configWith({ apiLatency: latency }),
  ...patch,
});
export const math = (patch: Record<string, unknown>): unknown =>
  configWith({ errors: { ...presets.lambdaErrorRate({ functionName: 'f' }), ...patch } as AlarmDefinition });
export const composite = (alarms: Record<string, unknown>): unknown =>
  configWith({ apiLatency: latency, ...alarms } as Record<string, AlarmDefinition>);

/** Asserts that validation reports an issue at `path` whose message (and hint) match. */
export function expectRejected(config: unknown, path: string, message: RegExp, hint?: RegExp): void {
  const issues = validateConfig(config);
  const match = issues.find((issue) => issue.path === path);
  expect(match, `no issue at ${path}; got ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  expect(match!.message).toMatch(message);
  if (hint) expect(match!.hint).toMatch(hint);
}
