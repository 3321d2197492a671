import { Marker } from '@valine/pii';
import { describe, expect, it } from 'vitest';
import { MetricUnit } from '../src/constants.js';
import type { MetricUnitValue } from '../src/types.js';
import { capture } from './helpers/capture.js';
import { metricNames, parseEmf } from './helpers/emfSchema.js';

const docs = (lines: string[]) => lines.map((line) => parseEmf(line));

describe('limits: split, never thrown', () => {
  it('splits more than 100 metrics into documents of at most 100', () => {
    const { metrics, lines } = capture();
    for (let i = 0; i < 250; i++) metrics.add(`metric_${i}`, MetricUnit.Count, i);
    metrics.flush();
    const parsed = docs(lines);
    expect(parsed.map((d) => metricNames(d).length)).toEqual([100, 100, 50]);
    const all = parsed.flatMap((d) => metricNames(d).map((name) => [name, d[name]]));
    expect(all).toEqual(Array.from({ length: 250 }, (_, i) => [`metric_${i}`, i]));
    for (const d of parsed) expect(d.service).toBe('checkout');
  });

  it('splits more than 100 values of one metric across documents, in order', () => {
    const { metrics, lines } = capture();
    for (let i = 0; i < 250; i++) metrics.add('Latency', MetricUnit.Milliseconds, i);
    metrics.add('Other', MetricUnit.Count, 7);
    metrics.flush();
    const parsed = docs(lines);
    expect(parsed.map((d) => metricNames(d))).toEqual([['Latency', 'Other'], ['Latency'], ['Latency']]);
    expect(parsed.flatMap((d) => d.Latency as number[])).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(parsed[2]!.Latency).toHaveLength(50);
    expect(parsed[0]!.Other).toBe(7);
  });

  it('splits on both limits at once and every document stays valid', () => {
    const { metrics, lines } = capture();
    metrics.addMetadata('requestId', 'r-1');
    for (let m = 0; m < 120; m++) for (let v = 0; v < 150; v++) metrics.add(`m${m}`, MetricUnit.Count, v);
    metrics.flush();
    const parsed = docs(lines);
    expect(parsed).toHaveLength(4);
    const total = parsed.reduce((sum, d) => sum + metricNames(d).reduce((s, n) => s + (d[n] as number[]).length, 0), 0);
    expect(total).toBe(120 * 150);
    for (const d of parsed) expect(d.requestId).toBe('r-1');
  });
});

describe('limits: bad data dropped with one warning per kind per flush', () => {
  it('drops non-finite and non-number values, keeps the rest', () => {
    const { metrics, lines, warnings } = capture();
    const bad: unknown[] = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '5',
      undefined,
      null,
      10n,
      1e200,
    ];
    for (const value of bad) metrics.add('Latency', MetricUnit.Milliseconds, value as number);
    metrics.add('Latency', MetricUnit.Milliseconds, 12);
    metrics.add('Latency', MetricUnit.Milliseconds, -0.5);
    expect(() => metrics.flush()).not.toThrow();
    expect(docs(lines)[0]!.Latency).toEqual([12, -0.5]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'invalid_value', dropped: bad.length, examples: ['Latency'] });
  });

  it('drops unknown units and invalid resolutions', () => {
    const { metrics, lines, warnings } = capture();
    metrics.add('A', 'Furlongs' as MetricUnitValue, 1);
    metrics.add('A2', 'Furlongs' as MetricUnitValue, 1);
    metrics.add('B', MetricUnit.Count, 1, { resolution: 5 as 60 });
    metrics.add('C', MetricUnit.Count, 1);
    metrics.flush();
    expect(metricNames(docs(lines)[0]!)).toEqual(['C']);
    expect(warnings.map((w) => [w.obj.reason, w.obj.dropped])).toEqual([
      ['invalid_unit', 2],
      ['invalid_resolution', 1],
    ]);
  });

  it('drops over-long and blank metric names', () => {
    const { metrics, lines, warnings } = capture();
    metrics.add('x'.repeat(256), MetricUnit.Count, 1);
    metrics.add('   ', MetricUnit.Count, 1);
    metrics.add('', MetricUnit.Count, 1);
    metrics.add('y'.repeat(255), MetricUnit.Count, 1);
    metrics.flush();
    expect(metricNames(docs(lines)[0]!)).toEqual(['y'.repeat(255)]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'invalid_name', dropped: 3 });
  });

  it('drops a metric added with another unit in the same flush', () => {
    const { metrics, lines, warnings } = capture();
    metrics.add('Size', MetricUnit.Bytes, 1);
    metrics.add('Size', MetricUnit.Kilobytes, 2);
    metrics.add('Size', MetricUnit.Bytes, 3);
    metrics.flush();
    metrics.add('Size', MetricUnit.Kilobytes, 4);
    metrics.flush();
    expect(docs(lines).map((d) => [d._aws.CloudWatchMetrics[0]!.Metrics, d.Size])).toEqual([
      [[{ Name: 'Size', Unit: 'Bytes' }], [1, 3]],
      [[{ Name: 'Size', Unit: 'Kilobytes' }], 4],
    ]);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'conflicting_definition', dropped: 1 });
  });

  it('keeps at most 30 dimensions and drops the rest with one warning', () => {
    const { metrics, lines, warnings } = capture({ defaultDimensions: { stage: 'prod' } });
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${i}`, `v${i}`]));
    metrics.addDimensions(many);
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    const [doc] = docs(lines);
    expect((doc!._aws.CloudWatchMetrics[0]!.Dimensions as string[][])[0]).toHaveLength(30);
    expect(doc!.d27).toBe('v27');
    expect(doc).not.toHaveProperty('d28');
    expect(warnings.map((w) => [w.obj.reason, w.obj.dropped])).toEqual([['too_many_dimensions', 12]]);
  });

  it('drops dimensions with over-long or invalid names and values', () => {
    const { metrics, lines, warnings } = capture();
    metrics.addDimensions({
      ['n'.repeat(256)]: 'v',
      ':colon': 'v',
      'tab\tname': 'v',
      long: 'v'.repeat(1025),
      blank: ' ',
      object: { a: 1 } as unknown as string,
      ok: 'v'.repeat(1024),
    });
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    const [doc] = docs(lines);
    expect(doc!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'ok']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'invalid_dimension', dropped: 6 });
  });

  it('drops a metric whose name collides with a dimension key, and colliding metadata', () => {
    const { metrics, lines, warnings } = capture();
    metrics.addDimensions({ route: '/a' });
    metrics.addMetadata('Hits', 'shadowed');
    metrics.addMetadata('_aws', 'nope');
    metrics.add('route', MetricUnit.Count, 1);
    metrics.add('service', MetricUnit.Count, 1);
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    const [doc] = docs(lines);
    expect(metricNames(doc!)).toEqual(['Hits']);
    expect(doc).toMatchObject({ route: '/a', service: 'checkout', Hits: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'key_collision', dropped: 4 });
  });

  it('ignores timestamps outside two weeks past / two hours ahead', () => {
    const { metrics, lines, warnings } = capture();
    const before = Date.now();
    metrics.setTimestamp(before - 15 * 24 * 3600 * 1000);
    metrics.setTimestamp(new Date(before + 3 * 3600 * 1000));
    metrics.setTimestamp(Number.NaN);
    metrics.add('Hits', MetricUnit.Count, 1);
    metrics.flush();
    expect(parseEmf(lines[0]!)._aws.Timestamp).toBeGreaterThanOrEqual(before);
    expect(warnings[0]!.obj).toMatchObject({ reason: 'invalid_timestamp', dropped: 3 });
  });

  it('reports warnings per flush, not per value', () => {
    const { metrics, warnings } = capture();
    for (let i = 0; i < 10_000; i++) metrics.add('Latency', MetricUnit.Milliseconds, Number.NaN);
    metrics.flush();
    metrics.flush();
    metrics.add('Latency', MetricUnit.Milliseconds, Number.NaN);
    metrics.flush();
    expect(warnings.map((w) => w.obj.dropped)).toEqual([10_000, 1]);
  });
});

describe('hostile input never throws', () => {
  it('survives cycles, throwing getters, proxies, BigInt and huge strings in metadata and dimensions', () => {
    const { metrics, lines, warnings } = capture();
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(() => {
      metrics.addMetadata('cyclic', cyclic);
      metrics.addMetadata('throwing', throwing);
      metrics.addMetadata('proxy', proxy);
      metrics.addMetadata('big', 10n);
      metrics.addMetadata('map', new Map([['a', 1]]));
      metrics.addMetadata('huge', 'x'.repeat(10_000_000));
      metrics.addDimensions(throwing as unknown as Record<string, string>);
      metrics.addDimensions(proxy as unknown as Record<string, string>);
      metrics.addDimensions(null as unknown as Record<string, string>);
      metrics.add(Symbol('s') as unknown as string, MetricUnit.Count, 1);
      metrics.add('Hits', MetricUnit.Count, 1);
      metrics.flush();
    }).not.toThrow();
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const doc = parseEmf(lines[0]!);
    expect(doc.Hits).toBe(1);
    expect(lines[0]!.length).toBeLessThan(1_000_000);
    expect(warnings.map((w) => w.obj)).toContainEqual(
      expect.objectContaining({ reason: 'invalid_dimension', examples: ['boom', Marker.unreadable] }),
    );
  });

  it('survives an output and a logger that throw', () => {
    const { metrics } = capture({
      output: () => {
        throw new Error('disk full');
      },
      logger: {
        warn() {
          throw new Error('logger down');
        },
      },
    });
    metrics.add('Hits', MetricUnit.Count, Number.NaN);
    metrics.add('Hits', MetricUnit.Count, 1);
    expect(() => metrics.flush()).not.toThrow();
  });

  it('validates long adversarial names in linear time', () => {
    const { metrics, lines } = capture();
    const name = `${' '.repeat(200_000)}x`;
    const started = performance.now();
    metrics.add(name, MetricUnit.Count, 1);
    metrics.addDimensions({ [`a${' '.repeat(250)}`]: `${' '.repeat(1_000_000)}` });
    metrics.add('ok', MetricUnit.Count, 1);
    metrics.flush();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(metricNames(parseEmf(lines[0]!))).toEqual(['ok']);
  });
});
