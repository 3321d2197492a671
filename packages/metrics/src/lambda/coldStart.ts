import { catalog, DimensionKey } from '../catalog/index.js';
import { isProvisionedConcurrency, lambdaFunctionName } from '../env.js';
import type { Metrics } from '../types.js';

/** Module state on purpose: one execution environment loads this module once, whatever wraps the handler. */
let coldStart = true;

/**
 * Emits the catalog's `ColdStart` metric (Count 1, dimensions
 * `function_name` + `service`) on the first call in this execution
 * environment, as its own document so its dimension set never mixes with
 * the handler's. Provisioned-concurrency environments initialize before
 * traffic arrives, so their first invocation is not counted.
 *
 * @example
 * ```ts
 * recordColdStart(metrics, context.functionName);
 * ```
 */
export function recordColdStart(metrics: Metrics, functionName: string | undefined): void {
  if (!coldStart) return;
  coldStart = false;
  if (isProvisionedConcurrency()) return;
  const single = metrics.singleMetric({
    [DimensionKey.FunctionName]: functionName ?? lambdaFunctionName() ?? 'unknown',
  });
  single.add(catalog.ColdStart.name, catalog.ColdStart.unit, 1);
  single.flush();
}
