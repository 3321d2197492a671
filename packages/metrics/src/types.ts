import type { Scrubber } from '@valine/pii';
import type { DropReason, MetricResolution, MetricUnit } from './constants.js';

/** One of CloudWatch's standard units (`'Count'`, `'Milliseconds'`, `'Bytes/Second'`, …). */
export type MetricUnitValue = (typeof MetricUnit)[keyof typeof MetricUnit];

/** Storage resolution in seconds: 60 (standard) or 1 (high). */
export type MetricResolutionValue = (typeof MetricResolution)[keyof typeof MetricResolution];

/** Dimension name → value. Values are strings in EMF; numbers and booleans are converted. */
export type Dimensions = Record<string, string | number | boolean>;

/** Why a datum was dropped instead of emitted. */
export type DropReasonValue = (typeof DropReason)[keyof typeof DropReason];

/**
 * Where warnings go. Pino-compatible (`logger.warn(obj, msg)`), so a
 * `@valine/logger` or pino instance can be passed as is.
 */
export interface WarnLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

/** Receives one EMF document (one JSON line, without the trailing newline). */
export type LineOutput = (line: string) => void;

export interface MetricsOptions {
  /** CloudWatch namespace. Default: `VALINE_METRICS_NAMESPACE`, then `'Valine'`. */
  namespace?: string;
  /** Value of the `service` dimension every metric carries. Default: `VALINE_SERVICE_NAME`, then the Lambda function name. */
  service?: string;
  /** Dimensions added to every metric (besides `service`). Kept across flushes. */
  defaultDimensions?: Dimensions;
  /** Where EMF lines go. Default: synchronous write to stdout (fd 1), one line per document. */
  output?: LineOutput;
  /** Where warnings about dropped data go. Default: one scrubbed JSON line on stderr. */
  logger?: WarnLogger;
  /** Scrubber for dimension values, metadata and warnings. Default: `createScrubber()` from `@valine/pii`. */
  scrubber?: Scrubber;
}

export interface AddOptions {
  /** `MetricResolution.High` (1) for one-second storage resolution. Default 60. */
  resolution?: MetricResolutionValue;
}

/** An EMF metrics buffer. Every method is total: bad input is dropped with a warning, never thrown. */
export interface Metrics {
  readonly namespace: string;
  readonly service: string;
  /** Records one value. Values of the same metric accumulate into an array. */
  add(name: string, unit: MetricUnitValue, value: number, options?: AddOptions): void;
  /** Adds dimensions until the next flush (they apply to every metric of the document). */
  addDimensions(dimensions: Dimensions): void;
  /** Adds a non-metric field to the document (searchable in Logs Insights); scrubbed. */
  addMetadata(key: string, value: unknown): void;
  /** Sets the document timestamp until the next flush; must be within two weeks past and two hours ahead. */
  setTimestamp(timestamp: Date | number): void;
  /** Writes the buffered metrics as EMF lines and clears everything but the default dimensions. */
  flush(): void;
  /** A separate buffer with the same namespace, service and outputs, and only `service` plus `dimensions`. */
  singleMetric(dimensions?: Dimensions): Metrics;
}
