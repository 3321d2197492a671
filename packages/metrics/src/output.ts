import { writeSync } from 'node:fs';
import type { LineOutput } from './types.js';

const STDOUT = 1;
const EAGAIN_RETRIES = 100;

/**
 * Writes one EMF line to stdout synchronously: Lambda may freeze the process
 * as soon as the handler returns, so an async write could be lost. A
 * non-blocking pipe that is momentarily full (EAGAIN) is retried a bounded
 * number of times; the rest of the line is written, never duplicated.
 *
 * @example
 * ```ts
 * createMetrics({ namespace: 'App', service: 'api', output: stdoutOutput });
 * ```
 */
export const stdoutOutput: LineOutput = (line) => {
  const buffer = Buffer.from(`${line}\n`, 'utf8');
  let offset = 0;
  let retries = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(STDOUT, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || ++retries > EAGAIN_RETRIES) return;
    }
  }
};
