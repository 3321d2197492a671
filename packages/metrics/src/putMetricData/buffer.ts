import { MAX_VALUES_PER_DATUM } from '../constants.js';
import type { MetricResolutionValue, MetricUnitValue } from '../types.js';

/** One PutMetricData datum being aggregated: distinct values with their counts. */
export interface Datum {
  key: string;
  name: string;
  unit: MetricUnitValue;
  resolution: MetricResolutionValue;
  dimensions: ReadonlyArray<{ Name: string; Value: string }>;
  /** Start of the storage-resolution bucket, ms since epoch. */
  timestamp: number;
  counts: Map<number, number>;
  /** Number of values (sum of counts). */
  total: number;
}

export type DatumIdentity = Omit<Datum, 'counts' | 'total'>;

/**
 * Aggregates values into datums (at most 150 distinct values each; a 151st
 * opens another datum for the same metric) and bounds memory: past
 * `maxDatums` the oldest datum is dropped and its values reported to
 * `onDrop`. A Set keeps insertion order, so "oldest" is its first element.
 *
 * @example
 * ```ts
 * const buffer = createDatumBuffer(10_000, (values) => (dropped += values));
 * buffer.add(identity, 42);
 * const datums = buffer.take();
 * ```
 */
export function createDatumBuffer(maxDatums: number, onDrop: (values: number) => void) {
  let queue = new Set<Datum>();
  /** Datums per identity, so a value seen before is counted where it already is. */
  let byKey = new Map<string, Datum[]>();

  function evictOverflow(): void {
    while (queue.size > maxDatums) {
      const oldest = queue.values().next().value as Datum;
      queue.delete(oldest);
      const chain = byKey.get(oldest.key);
      const index = chain ? chain.indexOf(oldest) : -1;
      if (chain && index >= 0) {
        chain.splice(index, 1);
        if (chain.length === 0) byKey.delete(oldest.key);
      }
      onDrop(oldest.total);
    }
  }

  return {
    add(identity: DatumIdentity, value: number): void {
      let chain = byKey.get(identity.key);
      if (chain) {
        for (const datum of chain) {
          const count = datum.counts.get(value);
          if (count !== undefined) {
            datum.counts.set(value, count + 1);
            datum.total++;
            return;
          }
        }
        const last = chain[chain.length - 1]!;
        if (last.counts.size < MAX_VALUES_PER_DATUM) {
          last.counts.set(value, 1);
          last.total++;
          return;
        }
      } else {
        chain = [];
        byKey.set(identity.key, chain);
      }
      const datum: Datum = { ...identity, counts: new Map([[value, 1]]), total: 1 };
      chain.push(datum);
      queue.add(datum);
      evictOverflow();
    },
    /** Removes and returns every datum, oldest first. */
    take(): Datum[] {
      const all = [...queue];
      queue = new Set();
      byKey = new Map();
      return all;
    },
    /** Puts unsent datums back as the oldest ones (dropped first if the buffer overflows); they take no new values. */
    requeue(datums: Datum[]): void {
      if (datums.length === 0) return;
      queue = new Set([...datums, ...queue]);
      evictOverflow();
    },
    get size(): number {
      return queue.size;
    },
  };
}

export type DatumBuffer = ReturnType<typeof createDatumBuffer>;
