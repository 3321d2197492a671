import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { PutMetricDataError } from '../errors.js';
import type { WarnLogger } from '../types.js';
import { type Batch, toBatches } from './batch.js';
import type { Datum } from './buffer.js';
import { backoffDelay, isRetryable, sleep } from './retry.js';
import { loadCloudWatchSdk } from './sdk.js';
import type { EmitterStats } from './types.js';

interface SenderOptions {
  client: () => Promise<CloudWatchClient>;
  namespace: string;
  counters: Omit<EmitterStats, 'buffered'>;
  logger: WarnLogger;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

type Outcome = 'sent' | 'rejected' | 'unreachable';

/**
 * Sends datums in batches. Returns the datums to keep for a later flush:
 * when CloudWatch stays unreachable after the retries, the remaining
 * batches are not attempted (that would only multiply the waiting) and go
 * back to the buffer. A batch refused for a reason retrying cannot fix is
 * dropped and counted.
 */
export function createSender(options: SenderOptions): (datums: Datum[]) => Promise<Datum[]> {
  const { client, namespace, counters, logger } = options;

  async function sendBatch(batch: Batch): Promise<Outcome> {
    for (let attempt = 0; ; attempt++) {
      try {
        const [{ PutMetricDataCommand }, cloudwatch] = await Promise.all([loadCloudWatchSdk(), client()]);
        await cloudwatch.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: batch.metricData }));
        counters.requests++;
        counters.sentDatums += batch.datums.length;
        return 'sent';
      } catch (cause) {
        const retryable = isRetryable(cause);
        if (!retryable || attempt + 1 >= options.maxAttempts) {
          counters.failedRequests++;
          const err = new PutMetricDataError(
            retryable
              ? 'PutMetricData still failing after retries; data kept for the next flush'
              : 'PutMetricData rejected',
            { datums: batch.datums.length, attempts: attempt + 1 },
            { cause },
          );
          logger.warn({ err, namespace }, err.message);
          return retryable ? 'unreachable' : 'rejected';
        }
        counters.retries++;
        await sleep(backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs));
      }
    }
  }

  return async (datums) => {
    const batches = toBatches(datums);
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      const outcome = await sendBatch(batch);
      if (outcome === 'rejected') {
        for (const datum of batch.datums) counters.droppedValues += datum.total;
      } else if (outcome === 'unreachable') {
        return batches.slice(i).flatMap((b) => b.datums);
      }
    }
    return [];
  };
}
