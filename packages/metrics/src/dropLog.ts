import type { DropReasonValue, WarnLogger } from './types.js';

const EXAMPLES_PER_REASON = 5;

interface Tally {
  count: number;
  examples: string[];
}

const messages: Record<DropReasonValue, string> = {
  invalid_value: 'value is not a finite number in the range CloudWatch accepts',
  invalid_unit: 'unit is not a CloudWatch standard unit',
  invalid_resolution: 'resolution must be 1 or 60',
  invalid_name: 'metric name must be 1-255 characters with a non-space',
  conflicting_definition: 'metric was added with different units or resolutions in one flush',
  invalid_dimension: 'dimension name must be 1-255 printable ASCII characters and the value 1-1024 characters',
  too_many_dimensions: 'more than 30 dimensions',
  key_collision: 'key used by more than one of metric, dimension, metadata or _aws',
  invalid_metadata: 'metadata key is empty or its value cannot be serialized',
  invalid_timestamp: "timestamp outside CloudWatch's window (two weeks past, two hours ahead)",
};

/**
 * Counts dropped data per reason and reports ONE warning per reason when
 * `report()` is called (at flush), so a loop adding bad values cannot flood
 * the logs.
 *
 * @example
 * ```ts
 * const drops = createDropLog(logger);
 * drops.record('invalid_value', 'Latency');
 * drops.report(); // one warning: dropped 1 datum (invalid_value)
 * ```
 */
export function createDropLog(logger: WarnLogger) {
  let tallies: Map<DropReasonValue, Tally> | undefined;
  return {
    record(reason: DropReasonValue, name: string): void {
      tallies ??= new Map();
      let tally = tallies.get(reason);
      if (!tally) {
        tally = { count: 0, examples: [] };
        tallies.set(reason, tally);
      }
      tally.count++;
      if (tally.examples.length < EXAMPLES_PER_REASON && !tally.examples.includes(name)) {
        tally.examples.push(name.length > 100 ? `${name.slice(0, 100)}…` : name);
      }
    },
    report(): void {
      if (!tallies) return;
      const current = tallies;
      tallies = undefined;
      for (const [reason, tally] of current) {
        logger.warn(
          { reason, dropped: tally.count, examples: tally.examples },
          `@valine/metrics dropped ${tally.count} datum(s): ${messages[reason]}`,
        );
      }
    },
  };
}

export type DropLog = ReturnType<typeof createDropLog>;
