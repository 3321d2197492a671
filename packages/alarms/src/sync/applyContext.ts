import type { Caller } from './caller.js';
import type { SyncClients } from './clients.js';
import { describeError } from './retry.js';
import type { ItemResult, ProgressEvent } from './types.js';

/** What every write step shares: clients, the paced caller, and the result log. */
export interface ApplyContext {
  clients: SyncClients;
  call: Caller;
  concurrency: number;
  createLogGroups: boolean;
  results: ItemResult[];
  total: number;
  onProgress?: (event: ProgressEvent) => void;
}

type Item = Omit<ItemResult, 'ok' | 'error'>;

/**
 * Runs one write and records its outcome; a failure is recorded, never
 * thrown, so one bad alarm does not stop the others.
 *
 * @example
 * ```ts
 * await record(context, { region, name, action: 'create', target: 'alarm' }, () => cw.send(cmd));
 * ```
 */
export async function record(context: ApplyContext, item: Item, write: () => Promise<unknown>): Promise<boolean> {
  let result: ItemResult;
  try {
    await write();
    result = { ...item, ok: true };
  } catch (error) {
    result = { ...item, ok: false, error: describeError(error) };
  }
  return report(context, result);
}

/** Records an outcome decided without a call (a conflict, a missing log group). */
export function report(context: ApplyContext, result: ItemResult): boolean {
  context.results.push(result);
  context.onProgress?.({
    done: context.results.length,
    total: context.total,
    region: result.region,
    name: result.name,
    action: result.action,
    ok: result.ok,
  });
  return result.ok;
}
