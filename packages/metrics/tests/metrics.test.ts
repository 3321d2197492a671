import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricResolution, MetricUnit } from '../src/constants.js';
import { capture } from './helpers/capture.js';
import { emfErrors, metricNames, parseEmf } from './helpers/emfSchema.js';

describe('createMetrics: EMF documents', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes namespace and service from options, then the environment, then defaults', () => {
    vi.stubEnv('VALINE_METRICS_NAMESPACE', 'FromEnv');
    vi.stubEnv('VALINE_SERVICE_NAME', 'env-service');
    const fromEnv = capture({ namespace: undefined, service: undefined });
    expect([fromEnv.metrics.namespace, fromEnv.metrics.service]).toEqual(['FromEnv', 'env-service']);
    vi.unstubAllEnvs();
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'orders-fn');
    const fallback = capture({ namespace: 'x'.repeat(256), service: ' ' });
    expect([fallback.metrics.namespace, fallback.metrics.service]).toEqual(['Valine', 'orders-fn']);
  });

  it('writes one valid EMF line with namespace, service dimension and values', () => {
    const { metrics, lines } = capture();
    const before = Date.now();
    metrics.addDimensions({ route: 'POST /orders' });
    metrics.add('OrderCreated', MetricUnit.Count, 1);
    metrics.add('Latency', MetricUnit.Milliseconds, 87.5);
    metrics.flush();
    expect(lines).toHaveLength(1);
    const doc = parseEmf(lines[0]!);
    expect(doc._aws.Timestamp).toBeGreaterThanOrEqual(before);
    expect(doc._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'Test',
        Dimensions: [['service', 'route']],
        Metrics: [
          { Name: 'OrderCreated', Unit: 'Count' },
          { Name: 'Latency', Unit: 'Milliseconds' },
        ],
      },
    ]);
    expect(doc).toMatchObject({ service: 'checkout', route: 'POST /orders', OrderCreated: 1, Latency: 87.5 });
  });

  it('accumulates values of one metric into an array', () => {
    const { metrics, lines } = capture();
    for (const v of [3, 1, 4, 1, 5]) metrics.add('Items', MetricUnit.Count, v);
    metrics.flush();
    expect(parseEmf(lines[0]!).Items).toEqual([3, 1, 4, 1, 5]);
  });

  it('marks high-resolution metrics with StorageResolution 1 and leaves standard ones bare', () => {
    const { metrics, lines } = capture();
    metrics.add('Fast', MetricUnit.Milliseconds, 2, { resolution: MetricResolution.High });
    metrics.add('Slow', MetricUnit.Milliseconds, 2, { resolution: MetricResolution.Standard });
    metrics.flush();
    const [directive] = parseEmf(lines[0]!)._aws.CloudWatchMetrics;
    expect(directive!.Metrics).toEqual([
      { Name: 'Fast', Unit: 'Milliseconds', StorageResolution: 1 },
      { Name: 'Slow', Unit: 'Milliseconds' },
    ]);
  });

  it('writes nothing on an empty flush', () => {
    const { metrics, lines, warnings } = capture();
    metrics.addDimensions({ route: '/x' });
    metrics.addMetadata('requestId', 'abc');
    metrics.flush();
    expect(lines).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps default dimensions across flushes and clears added dimensions, metadata and timestamp', () => {
    const { metrics, lines } = capture({ defaultDimensions: { stage: 'prod' } });
    const past = Date.now() - 3_600_000;
    metrics.addDimensions({ route: '/a' });
    metrics.addMetadata('requestId', 'r-1');
    metrics.setTimestamp(past);
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    metrics.add('Hits', MetricUnit.Count, 2);
    metrics.flush();
    const [first, second] = lines.map((l) => parseEmf(l));
    expect(first!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'stage', 'route']]);
    expect(first).toMatchObject({ requestId: 'r-1', route: '/a', Hits: 1 });
    expect(first!._aws.Timestamp).toBe(past);
    expect(second!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'stage']]);
    expect(second).not.toHaveProperty('route');
    expect(second).not.toHaveProperty('requestId');
    expect(second!._aws.Timestamp).toBeGreaterThan(past);
    expect(second!.Hits).toBe(2);
  });

  it('lets an added dimension override a default one for one flush', () => {
    const { metrics, lines } = capture({ defaultDimensions: { stage: 'prod' } });
    metrics.addDimensions({ stage: 'canary' });
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    expect(lines.map((l) => parseEmf(l).stage)).toEqual(['canary', 'prod']);
    expect(parseEmf(lines[0]!)._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'stage']]);
  });

  it('converts number and boolean dimension values to strings', () => {
    const { metrics, lines } = capture();
    metrics.addDimensions({ status: 200, cached: true });
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    expect(parseEmf(lines[0]!)).toMatchObject({ status: '200', cached: 'true' });
  });

  it('escapes names and values through JSON (quotes, backslashes, unicode)', () => {
    const { metrics, lines } = capture({ namespace: 'App "quoted"\\ns' });
    metrics.addDimensions({ 'ro"ute': 'a\\b"c\u2028' });
    metrics.add('Weird "name" \\ é', MetricUnit.Count, 1);
    metrics.flush();
    const doc = parseEmf(lines[0]!);
    expect(doc._aws.CloudWatchMetrics[0]!.Namespace).toBe('App "quoted"\\ns');
    expect(doc['ro"ute']).toBe('a\\b"c\u2028');
    expect(doc['Weird "name" \\ é']).toBe(1);
  });

  it('scrubs PII from dimension values and metadata (EMF lines are log lines)', () => {
    const { metrics, lines } = capture();
    metrics.addDimensions({ customer: 'jane.doe@example.com' });
    metrics.addMetadata('note', 'card 4111 1111 1111 1111 used by jane.doe@example.com');
    metrics.addMetadata('password', 'hunter2');
    metrics.addMetadata('requestId', 'c0a8012e-7d5f-4c1b-9a55-3f0e1e2b4d6a');
    metrics.add('Orders', MetricUnit.Count, 1);
    metrics.flush();
    expect(lines[0]).not.toContain('jane.doe@example.com');
    expect(lines[0]).not.toContain('4111 1111 1111 1111');
    expect(lines[0]).not.toContain('hunter2');
    const doc = parseEmf(lines[0]!);
    expect(doc.requestId).toBe('c0a8012e-7d5f-4c1b-9a55-3f0e1e2b4d6a');
    expect(typeof doc.customer).toBe('string');
  });

  it('keeps structured metadata as JSON', () => {
    const { metrics, lines } = capture();
    metrics.addMetadata('order', { id: 'o-1', items: 3, tags: ['a', 'b'] });
    metrics.add('Orders', MetricUnit.Count, 1);
    metrics.flush();
    expect(parseEmf(lines[0]!).order).toEqual({ id: 'o-1', items: 3, tags: ['a', 'b'] });
  });

  it('emits a singleMetric document with only service and the given dimensions', () => {
    const { metrics, lines } = capture({ defaultDimensions: { stage: 'prod' } });
    metrics.addDimensions({ route: '/a' });
    const single = metrics.singleMetric({ function_name: 'orders-fn' });
    single.add('ColdStart', MetricUnit.Count, 1);
    single.flush();
    const doc = parseEmf(lines[0]!);
    expect(doc._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'function_name']]);
    expect(metricNames(doc)).toEqual(['ColdStart']);
    expect(doc).not.toHaveProperty('stage');
  });

  it('writes to stdout synchronously by default, one line per document', () => {
    const script = fileURLToPath(new URL('./helpers/stdoutScript.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(emfErrors(line)).toEqual([]);
    expect(lines.map((l) => JSON.parse(l)._aws.CloudWatchMetrics[0].Metrics.length)).toEqual([100, 20]);
    const warning = JSON.parse(result.stderr.trim());
    expect(warning).toMatchObject({ level: 'warn', reason: 'invalid_value', dropped: 1 });
  });
});
