import { createScrubber } from '@valine/pii';
import { DropReason, MAX_DATUMS_PER_REQUEST, MAX_TIMESTAMP_PAST_MS } from '../constants.js';
import { createDropLog } from '../dropLog.js';
import { resolveNamespace } from '../env.js';
import { createDimensionScrubber } from '../scrubCache.js';
import { isValidValue } from '../validate.js';
import { safeWarn, stderrLogger } from '../warnLogger.js';
import { createDatumBuffer } from './buffer.js';
import { createIdentityResolver } from './identity.js';
import { lazyClient } from './sdk.js';
import { createSender } from './send.js';
import type { EmitterStats, PutMetricDataEmitter, PutMetricDataEmitterOptions } from './types.js';

const DEFAULTS = {
  flushIntervalMs: 10_000,
  maxBufferedDatums: 10_000,
  maxAttempts: 5,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
} as const;

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Creates a PutMetricData emitter for processes that are not Lambda
 * functions (containers, servers, CI jobs). `add()` only aggregates in
 * memory; requests go out on an interval, when 1000 datums are waiting,
 * and on `close()`, batched at 1000 datums / 1 MB per request, retried
 * with backoff on throttling. Nothing it does throws into the caller.
 *
 * @example
 * ```ts
 * import { createPutMetricDataEmitter, MetricUnit } from '@valine/metrics';
 *
 * const emitter = createPutMetricDataEmitter({ namespace: 'Shop', service: 'worker', region: 'eu-west-1' });
 * emitter.add('JobDuration', MetricUnit.Milliseconds, 1234, { dimensions: { job: 'invoices' } });
 * await emitter.close();
 * ```
 */
export function createPutMetricDataEmitter(options: PutMetricDataEmitterOptions = {}): PutMetricDataEmitter {
  const scrubber = options.scrubber ?? createScrubber();
  const logger = safeWarn(options.logger ?? stderrLogger(scrubber), scrubber);
  const drops = createDropLog(logger);
  const namespace = resolveNamespace(options.namespace);
  const counters: Omit<EmitterStats, 'buffered'> = {
    sentDatums: 0,
    requests: 0,
    retries: 0,
    failedRequests: 0,
    droppedValues: 0,
  };
  const buffer = createDatumBuffer(positive(options.maxBufferedDatums, DEFAULTS.maxBufferedDatums) || 1, (values) => {
    counters.droppedValues += values;
  });
  const resolve = createIdentityResolver(
    options.service,
    options.defaultDimensions,
    createDimensionScrubber(scrubber),
    drops,
  );
  const send = createSender({
    client: lazyClient(options),
    namespace,
    counters,
    logger,
    maxAttempts: Math.max(1, positive(options.maxAttempts, DEFAULTS.maxAttempts)),
    baseDelayMs: positive(options.baseDelayMs, DEFAULTS.baseDelayMs),
    maxDelayMs: positive(options.maxDelayMs, DEFAULTS.maxDelayMs),
  });

  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let autoFlushQueued = false;

  async function flushOnce(): Promise<void> {
    const cutoff = Date.now() - MAX_TIMESTAMP_PAST_MS;
    const datums = buffer.take().filter((datum) => {
      if (datum.timestamp >= cutoff) return true;
      counters.droppedValues += datum.total;
      return false;
    });
    const unsent = await send(datums);
    buffer.requeue(unsent);
    drops.report();
  }

  function flush(): Promise<void> {
    chain = chain.then(flushOnce).catch(() => undefined);
    return chain;
  }

  const intervalMs = positive(options.flushIntervalMs, DEFAULTS.flushIntervalMs);
  const timer = intervalMs > 0 ? setInterval(() => void flush(), intervalMs) : undefined;
  timer?.unref();

  return {
    add(name, unit, value, addOptions) {
      try {
        if (closed || !isValidValue(value)) {
          counters.droppedValues++;
          if (!closed) drops.record(DropReason.InvalidValue, String(name));
          return;
        }
        const identity = resolve(name, unit, addOptions);
        if (!identity) {
          counters.droppedValues++;
          return;
        }
        buffer.add(identity, value);
        if (buffer.size >= MAX_DATUMS_PER_REQUEST && !autoFlushQueued) {
          autoFlushQueued = true;
          void flush().then(() => {
            autoFlushQueued = false;
          });
        }
      } catch {
        counters.droppedValues++;
      }
    },
    flush,
    async close() {
      if (closed) return chain;
      closed = true;
      if (timer) clearInterval(timer);
      await flush();
      // No later flush will come for what is still unsent (CloudWatch unreachable): count it as lost.
      for (const datum of buffer.take()) counters.droppedValues += datum.total;
    },
    stats() {
      return { buffered: buffer.size, ...counters };
    },
  };
}
