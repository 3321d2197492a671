import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { PutMetricDataEmitterOptions } from './types.js';

type CloudWatchSdk = typeof import('@aws-sdk/client-cloudwatch');

let sdk: Promise<CloudWatchSdk> | undefined;

/**
 * Loads the AWS SDK on the first request, not when `@valine/metrics` is
 * imported: it takes hundreds of milliseconds to load, which a Lambda
 * function that only writes EMF lines would pay on every cold start.
 */
export function loadCloudWatchSdk(): Promise<CloudWatchSdk> {
  sdk ??= import('@aws-sdk/client-cloudwatch');
  return sdk;
}

/** The client given in the options, or one created once, on first use, from region / endpoint / credentials. */
export function lazyClient(options: PutMetricDataEmitterOptions): () => Promise<CloudWatchClient> {
  let client: Promise<CloudWatchClient> | undefined = options.client ? Promise.resolve(options.client) : undefined;
  return () => {
    client ??= loadCloudWatchSdk().then(
      ({ CloudWatchClient }) =>
        new CloudWatchClient({
          region: options.region,
          endpoint: options.endpoint,
          credentials: options.credentials,
          disableRequestCompression: options.disableRequestCompression === true,
          // The emitter retries with its own backoff and keeps the data on failure; SDK retries would multiply attempts.
          maxAttempts: 1,
        }),
    );
    return client;
  };
}
