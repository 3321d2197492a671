import { CloudWatchClient, type MetricAlarm, type PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { createClients } from '../../src/sync/index.js';
import { REGION } from './fixtures.js';

/**
 * SDK clients whose `send` is stubbed (aws-sdk-client-mock) for what moto
 * cannot do: composites, pagination, throttling, partial failures.
 */
export function mockedClients() {
  const cw = mockClient(CloudWatchClient);
  const logs = mockClient(CloudWatchLogsClient);
  const clients = createClients({ credentials: { accessKeyId: 'AKIAMOCKMOCKMOCKMOCK', secretAccessKey: 'mock' } });
  return { cw, logs, clients };
}

export const arnOf = (name: string) => `arn:aws:cloudwatch:${REGION}:123456789012:alarm:${name}`;

/** What DescribeAlarms echoes for a created metric alarm. */
export const echo = (input: PutMetricAlarmInput): MetricAlarm => {
  const { Tags: _tags, ...rest } = input;
  return { ...rest, AlarmArn: arnOf(input.AlarmName ?? ''), StateValue: 'OK' };
};

export const throttled = () =>
  Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });

export const fast = {
  rateLimits: { PutMetricAlarm: 1000, PutCompositeAlarm: 1000, DeleteAlarms: 1000, DescribeAlarms: 1000 },
};
