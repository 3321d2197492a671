import {
  type CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  DescribeMetricFiltersCommand,
  type MetricFilter,
  type PutMetricFilterRequest,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Caller } from './caller.js';
import { mapLimit } from './concurrency.js';
import { DESCRIBE_METRIC_FILTERS_PAGE_SIZE, Operation } from './constants.js';
import { diffFields, stableStringify } from './diff.js';
import { normalizeMetricFilter } from './normalize.js';
import type { MetricFilterChange } from './types.js';

/** Existing owned filters, grouped by `<logGroup>\0<filterName>` (a list: moto keeps duplicates under one name). */
export type ExistingFilters = Map<string, MetricFilter[]>;

const keyOf = (logGroupName: string | undefined, filterName: string | undefined) =>
  `${logGroupName}\u0000${filterName}`;

interface ReadContext {
  logs: CloudWatchLogsClient;
  call: Caller;
  region: string;
  prefix: string;
  concurrency: number;
}

async function describePages(
  context: ReadContext,
  logGroupName: string | undefined,
): Promise<MetricFilter[] | undefined> {
  const found: MetricFilter[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await context.call(context.region, Operation.DescribeMetricFilters, () =>
        context.logs.send(
          new DescribeMetricFiltersCommand({
            logGroupName,
            filterNamePrefix: logGroupName ? context.prefix : undefined,
            limit: DESCRIBE_METRIC_FILTERS_PAGE_SIZE,
            nextToken,
          }),
        ),
      );
      found.push(...(page.metricFilters ?? []));
      nextToken = page.nextToken || undefined;
    } while (nextToken);
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  return found.filter((f) => f.filterName?.startsWith(context.prefix));
}

async function logGroupExists(context: ReadContext, logGroupName: string): Promise<boolean> {
  const out = await context.call(context.region, Operation.DescribeLogGroups, () =>
    context.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName, limit: 1 })),
  );
  return (out.logGroups ?? []).some((g) => g.logGroupName === logGroupName);
}

export interface FilterRead {
  existing: ExistingFilters;
  missingLogGroups: string[];
}

/**
 * Owned metric filters (name prefix) in the log groups the config uses: one
 * DescribeMetricFilters call per log group. With `everywhere` (prune,
 * destroy) every log group of the region is listed, so filters left in a
 * log group the config no longer names are found too. A log group's
 * existence is checked only when it returned no filter to prove it.
 *
 * @example
 * ```ts
 * const { existing, missingLogGroups } = await readMetricFilters(context, desired, false);
 * ```
 */
export async function readMetricFilters(
  context: ReadContext,
  desired: PutMetricFilterRequest[],
  everywhere: boolean,
): Promise<FilterRead> {
  const groups = [...new Set(desired.map((f) => f.logGroupName ?? ''))].sort();
  const existing: ExistingFilters = new Map();
  const add = (filters: MetricFilter[]) => {
    for (const f of filters) {
      const key = keyOf(f.logGroupName, f.filterName);
      existing.set(key, [...(existing.get(key) ?? []), f]);
    }
  };
  const empty = new Set<string>();
  if (everywhere) {
    const all = (await describePages(context, undefined)) ?? [];
    add(all);
    for (const group of groups) if (!all.some((f) => f.logGroupName === group)) empty.add(group);
  } else {
    await mapLimit(groups, context.concurrency, async (group) => {
      const found = await describePages(context, group);
      if (found === undefined || found.length === 0) empty.add(group);
      add(found ?? []);
    });
  }
  const missingLogGroups: string[] = [];
  await mapLimit([...empty].sort(), context.concurrency, async (group) => {
    if (!(await logGroupExists(context, group))) missingLogGroups.push(group);
  });
  return { existing, missingLogGroups: missingLogGroups.sort() };
}

/**
 * Creates, updates and (with `prune`) deletes that make the owned metric
 * filters match `desired`.
 *
 * @example
 * ```ts
 * const { changes, orphans, unchanged } = planMetricFilters(desired, existing, true);
 * ```
 */
export function planMetricFilters(
  desired: PutMetricFilterRequest[],
  existing: ExistingFilters,
  prune: boolean,
  excludePrefixes: string[] = [],
): { changes: MetricFilterChange[]; orphans: string[]; unchanged: number } {
  const changes: MetricFilterChange[] = [];
  const orphans: string[] = [];
  let unchanged = 0;
  const wanted = new Set<string>();
  for (const input of desired) {
    const key = keyOf(input.logGroupName, input.filterName);
    wanted.add(key);
    const name = input.filterName ?? '';
    const logGroupName = input.logGroupName ?? '';
    const copies = existing.get(key);
    // With duplicates (moto), the last one written is the live definition.
    const current = copies?.[copies.length - 1];
    if (!current) {
      changes.push({ action: 'create', name, logGroupName, input });
      continue;
    }
    const from = normalizeMetricFilter(current);
    const to = normalizeMetricFilter(input);
    if (stableStringify(from) === stableStringify(to)) unchanged += 1;
    else changes.push({ action: 'update', name, logGroupName, input, changes: diffFields(from, to) });
  }
  for (const [key, copies] of existing) {
    if (wanted.has(key)) continue;
    const first = copies[0];
    const name = first?.filterName ?? '';
    if (excludePrefixes.some((p) => name.startsWith(p))) continue;
    const logGroupName = first?.logGroupName ?? '';
    if (prune) changes.push({ action: 'delete', name, logGroupName, copies: copies.length });
    else orphans.push(`${logGroupName}:${name}`);
  }
  return { changes, orphans: orphans.sort(), unchanged };
}
