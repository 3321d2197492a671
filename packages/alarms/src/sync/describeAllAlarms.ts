import {
  type CloudWatchClient,
  type CompositeAlarm,
  DescribeAlarmsCommand,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import type { Caller } from './caller.js';
import { DESCRIBE_ALARMS_PAGE_SIZE, Operation } from './constants.js';

export interface ExistingAlarms {
  metricAlarms: MetricAlarm[];
  compositeAlarms: CompositeAlarm[];
}

/**
 * Every alarm whose name starts with `prefix`, metric and composite, in pages
 * of 100: ⌈alarms / 100⌉ calls, which is what makes a no-op plan cheap.
 *
 * @example
 * ```ts
 * const { metricAlarms, compositeAlarms } = await describeAllAlarms(cw, 'shop-prod-', call, 'eu-west-1');
 * ```
 */
export async function describeAllAlarms(
  client: CloudWatchClient,
  prefix: string,
  call: Caller,
  region: string,
): Promise<ExistingAlarms> {
  const result: ExistingAlarms = { metricAlarms: [], compositeAlarms: [] };
  let nextToken: string | undefined;
  do {
    const page = await call(region, Operation.DescribeAlarms, () =>
      client.send(
        new DescribeAlarmsCommand({
          AlarmNamePrefix: prefix,
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          MaxRecords: DESCRIBE_ALARMS_PAGE_SIZE,
          NextToken: nextToken,
        }),
      ),
    );
    result.metricAlarms.push(...(page.MetricAlarms ?? []));
    result.compositeAlarms.push(...(page.CompositeAlarms ?? []));
    nextToken = page.NextToken || undefined;
  } while (nextToken);
  return result;
}
