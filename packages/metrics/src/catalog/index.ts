/**
 * Metric names, units and dimension keys that `@valine/metrics` emits and
 * `@valine/alarms` presets alarm on. Both packages import this module, so a
 * rename here changes both and the two cannot drift apart.
 *
 * @example
 * ```ts
 * import { catalog } from '@valine/metrics/catalog';
 * catalog.ColdStart.name; // 'ColdStart'
 * ```
 */
export const catalog = {
  /** 1 per cold start, emitted by `withMetrics` on the first invocation of an execution environment. */
  ColdStart: {
    name: 'ColdStart',
    unit: 'Count',
    dimensions: ['function_name', 'service'],
  },
  /** Handler duration in milliseconds, emitted by `withMetrics` when `captureDuration` is on. */
  InvocationDuration: {
    name: 'InvocationDuration',
    unit: 'Milliseconds',
    dimensions: ['service'],
  },
} as const;

/** Dimension key names `@valine/metrics` uses. */
export const DimensionKey = {
  Service: 'service',
  FunctionName: 'function_name',
} as const;

/** The namespace used by the examples and the alarms presets unless one is given. */
export const DEFAULT_NAMESPACE = 'Valine';

export type CatalogMetric = (typeof catalog)[keyof typeof catalog];
