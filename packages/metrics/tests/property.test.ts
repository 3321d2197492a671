import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricUnit } from '../src/constants.js';
import type { MetricUnitValue } from '../src/types.js';
import { capture } from './helpers/capture.js';
import { emfErrors } from './helpers/emfSchema.js';

const unit = fc.constantFrom<MetricUnitValue>(...Object.values(MetricUnit), 'Bogus' as MetricUnitValue);
const value = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, -0));
const name = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('service', '_aws', 'route', ' ', 'x'.repeat(300)));
const datum = fc.record({ name, unit, value, high: fc.boolean() });

describe('property: whatever is added, every line is valid EMF with only finite values, none invented', () => {
  it('holds for random metrics, dimensions and metadata', () => {
    fc.assert(
      fc.property(
        fc.array(datum, { maxLength: 300 }),
        fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 12 }), { maxKeys: 40 }),
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
        (data, dims, meta) => {
          const { metrics, lines } = capture();
          metrics.addDimensions(dims);
          for (const [key, v] of Object.entries(meta)) metrics.addMetadata(key, v);
          for (const d of data) metrics.add(d.name, d.unit, d.value, { resolution: d.high ? 1 : 60 });
          expect(() => metrics.flush()).not.toThrow();
          for (const line of lines) expect(emfErrors(line)).toEqual([]);
          const emitted = lines.flatMap((line) => {
            const doc = JSON.parse(line);
            return doc._aws.CloudWatchMetrics[0].Metrics.flatMap((m: { Name: string }) => [doc[m.Name]].flat());
          });
          expect(emitted.every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
          expect(emitted.length).toBeLessThanOrEqual(data.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
