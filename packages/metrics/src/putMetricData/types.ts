import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Scrubber } from '@valine/pii';
import type { Dimensions, MetricResolutionValue, MetricUnitValue, WarnLogger } from '../types.js';

export interface PutMetricDataEmitterOptions {
  /** CloudWatch namespace. Default: `VALINE_METRICS_NAMESPACE`, then `'Valine'`. */
  namespace?: string;
  /** When set, every datum carries a `service` dimension with this value (as EMF metrics do). */
  service?: string;
  /** Dimensions added to every datum. */
  defaultDimensions?: Dimensions;
  /** A ready client. Its own retry settings then apply under this emitter's retries. */
  client?: CloudWatchClient;
  /** Region for the client the emitter creates (ignored with `client`). */
  region?: string;
  /** Endpoint for the client the emitter creates, e.g. moto or LocalStack (ignored with `client`). */
  endpoint?: string;
  /** Credentials for the client the emitter creates (ignored with `client`). Default: the SDK's provider chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * Send bodies uncompressed (the SDK gzips PutMetricData bodies above 10 KB). Needed for emulators
   * that cannot read gzip bodies, such as moto's server. Ignored with `client`. Default false.
   */
  disableRequestCompression?: boolean;
  /** Flush period in ms; the timer is `unref()`ed. 0 turns the timer off. Default 10 000. */
  flushIntervalMs?: number;
  /** Datums kept while CloudWatch is unreachable; beyond it the oldest are dropped. Default 10 000. */
  maxBufferedDatums?: number;
  /** Attempts per request for throttling, 429, 5xx and network errors. Default 5. */
  maxAttempts?: number;
  /** First backoff step in ms; doubles per attempt with full jitter. Default 100. */
  baseDelayMs?: number;
  /** Backoff cap in ms. Default 5 000. */
  maxDelayMs?: number;
  /** Where warnings go (dropped data, failed requests). Default: one scrubbed JSON line on stderr. */
  logger?: WarnLogger;
  /** Scrubber for dimension values and warnings. Default: `createScrubber()` from `@valine/pii`. */
  scrubber?: Scrubber;
}

export interface PutMetricOptions {
  /** Dimensions of this datum, on top of the default ones. */
  dimensions?: Dimensions;
  /** `MetricResolution.High` (1) for one-second storage resolution. Default 60. */
  resolution?: MetricResolutionValue;
  /** When the value was observed; within two weeks past and two hours ahead. Default now. */
  timestamp?: Date | number;
}

/** Counters since the emitter was created. */
export interface EmitterStats {
  /** Datums waiting to be sent. */
  buffered: number;
  /** Datums CloudWatch accepted. */
  sentDatums: number;
  /** Successful PutMetricData requests. */
  requests: number;
  /** Attempts repeated after throttling, 429, 5xx or network errors. */
  retries: number;
  /** Requests that failed for good (retries exhausted, or an error retrying cannot fix). */
  failedRequests: number;
  /** Values discarded: buffer overflow, rejected requests, too old to send, added after `close()`, or invalid. */
  droppedValues: number;
}

export interface PutMetricDataEmitter {
  /** Buffers one value; synchronous and total (bad input is dropped and counted, never thrown). */
  add(name: string, unit: MetricUnitValue, value: number, options?: PutMetricOptions): void;
  /** Sends what is buffered now. Resolves when done; never rejects. */
  flush(): Promise<void>;
  /** Stops the timer, sends what is left and waits for requests in flight. Never rejects. */
  close(): Promise<void>;
  stats(): EmitterStats;
}
