import { type BundlePaths, type InvocationReport, invokeSteps } from './runtime.js';
import type { PriorResults } from './samples.js';
import { restoreStore, type StoreSnapshot, snapshotStore, store } from './store.js';

/**
 * One function's execution environment, forked by `invoke.ts`: receives
 * the steps to run and the database state, invokes, and sends back the
 * reports and the updated state. Each function gets its own process, as on
 * Lambda, so every function has its own cold start.
 */

/** Sent by `invoke.ts` to a worker. */
export interface WorkerRequest {
  indices: number[];
  prior: PriorResults;
  snapshot: StoreSnapshot;
  bundles: BundlePaths;
}

/** Sent back by the worker when its steps are done. */
export interface WorkerResponse {
  reports: InvocationReport[];
  prior: PriorResults;
  snapshot: StoreSnapshot;
}

process.once('message', (request: WorkerRequest) => {
  restoreStore(store, request.snapshot);
  invokeSteps(request.indices, request.prior, request.bundles).then(
    (reports) => {
      const response: WorkerResponse = { reports, prior: request.prior, snapshot: snapshotStore(store) };
      process.send?.(response, () => process.exit(0));
    },
    (error: unknown) => {
      process.stderr.write(
        `worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
});
