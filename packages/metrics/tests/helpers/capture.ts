import { createScrubber } from '@valine/pii';
import { createMetrics } from '../../src/metrics.js';
import type { MetricsOptions } from '../../src/types.js';

export interface Warning {
  obj: Record<string, unknown>;
  msg: string;
}

/** A metrics buffer whose lines and warnings land in arrays, as a user's sink would see them. */
export function capture(options: MetricsOptions = {}) {
  const lines: string[] = [];
  const warnings: Warning[] = [];
  const metrics = createMetrics({
    namespace: 'Test',
    service: 'checkout',
    scrubber: createScrubber(),
    output: (line) => lines.push(line),
    logger: { warn: (obj, msg) => warnings.push({ obj, msg }) },
    ...options,
  });
  return { metrics, lines, warnings };
}
