import { CloudWatchClient, type CloudWatchClientConfig } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

/** Per-region SDK clients; the reconciler asks for one client per region it touches. */
export interface SyncClients {
  cloudWatch(region: string): CloudWatchClient;
  logs(region: string): CloudWatchLogsClient;
}

export interface ClientOptions {
  /** Named profile from the shared AWS config files (`--profile`). */
  profile?: string;
  /** Custom endpoint such as LocalStack or moto (`--endpoint-url`). */
  endpoint?: string;
  /** Explicit credentials; by default the SDK's provider chain resolves them. */
  credentials?: CloudWatchClientConfig['credentials'];
}

/**
 * Builds CloudWatch and CloudWatch Logs clients per region, once each. SDK
 * retries are off (`maxAttempts: 1`): the reconciler retries throttling
 * itself so `LimitExceeded` is reported as a quota instead of retried.
 *
 * @example
 * ```ts
 * const clients = createClients({ profile: 'ops', endpoint: 'http://127.0.0.1:5000' });
 * const cw = clients.cloudWatch('eu-west-1');
 * ```
 */
export function createClients(options: ClientOptions = {}): SyncClients {
  const shared = {
    maxAttempts: 1,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  const cloudWatch = new Map<string, CloudWatchClient>();
  const logs = new Map<string, CloudWatchLogsClient>();
  return {
    cloudWatch(region) {
      let client = cloudWatch.get(region);
      if (!client) {
        client = new CloudWatchClient({ ...shared, region });
        cloudWatch.set(region, client);
      }
      return client;
    },
    logs(region) {
      let client = logs.get(region);
      if (!client) {
        client = new CloudWatchLogsClient({ ...shared, region });
        logs.set(region, client);
      }
      return client;
    },
  };
}
