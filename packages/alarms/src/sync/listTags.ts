import { type CloudWatchClient, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch';
import type { Caller } from './caller.js';
import { mapLimit } from './concurrency.js';
import { Operation } from './constants.js';

export type TagMap = Record<string, string>;

/**
 * Tags of each alarm ARN, one ListTagsForResource call per alarm (CloudWatch
 * has no batch form), so callers pass only the alarms whose ownership matters.
 *
 * @example
 * ```ts
 * const tags = await listTags(cw, [arn], call, 'eu-west-1', 4);
 * tags.get(arn); // { 'valine:alarms:stack': 'shop/prod', ... }
 * ```
 */
export async function listTags(
  client: CloudWatchClient,
  arns: string[],
  call: Caller,
  region: string,
  concurrency: number,
): Promise<Map<string, TagMap>> {
  const tags = new Map<string, TagMap>();
  await mapLimit(arns, concurrency, async (arn) => {
    const out = await call(region, Operation.ListTagsForResource, () =>
      client.send(new ListTagsForResourceCommand({ ResourceARN: arn })),
    );
    const map: TagMap = {};
    for (const tag of out.Tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
    tags.set(arn, map);
  });
  return tags;
}
