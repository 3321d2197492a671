import type { ProgressEvent } from './types.js';

interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ProgressReporter {
  (event: ProgressEvent): void;
  /** Ends the counter line on a terminal. */
  finish(): void;
}

/**
 * Progress for long runs: one self-overwriting counter line on a terminal,
 * one plain line per write elsewhere (CI logs keep every step).
 *
 * @example
 * ```ts
 * const progress = createProgressReporter(process.stderr);
 * await applyPlan(plan, clients, { onProgress: progress });
 * progress.finish();
 * ```
 */
export function createProgressReporter(stream: Stream): ProgressReporter {
  let drawn = false;
  const reporter = ((event: ProgressEvent) => {
    const status = event.ok ? 'ok' : 'FAILED';
    if (stream.isTTY) {
      drawn = true;
      stream.write(`\r\u001b[2K[${event.done}/${event.total}] ${event.action} ${event.name} ${status}`);
    } else {
      stream.write(`[${event.done}/${event.total}] ${event.region} ${event.action} ${event.name} ${status}\n`);
    }
  }) as ProgressReporter;
  reporter.finish = () => {
    if (drawn) stream.write('\n');
    drawn = false;
  };
  return reporter;
}
