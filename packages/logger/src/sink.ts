import { type DestinationStream, symbols } from 'pino';
import { LEVEL_VALUES } from './constants.js';

/** The stream pino writes to; pino sets `lastLevel` before each write because of the metadata flag. */
export interface SinkStream extends DestinationStream {
  lastLevel: number;
  [symbols.needsMetadataGsym]: true;
  flush(callback?: (error?: Error) => void): void;
}

/** Controls the gate between pino and the destination. */
export interface Sink {
  stream: SinkStream;
  /** Lines below `threshold` are buffered (when `buffering`) or dropped until `close()`. */
  open(threshold: number, buffering: boolean): void;
  /** Drops what is buffered and lets every line through again. */
  close(): void;
  /** Lines lost because the destination threw. */
  readonly failed: number;
}

const ERROR_LEVEL = LEVEL_VALUES.error ?? 50;

/**
 * Wraps the destination: a destination that throws costs a counted line,
 * never an exception in the caller; during an invocation, lines under the
 * emit level wait in a bounded buffer and are written, in order, just before
 * the first error line. `onEvicted` reports how many were pushed out.
 */
export const createSink = (
  destination: DestinationStream,
  maxLines: number,
  onEvicted: (count: number) => void,
): Sink => {
  let threshold = 0;
  let buffering = false;
  let evicted = 0;
  let failed = 0;
  const buffer: string[] = [];

  const emit = (line: string): void => {
    try {
      destination.write(line);
    } catch {
      failed++;
    }
  };

  const flushBuffer = (): void => {
    if (evicted > 0) {
      const count = evicted;
      evicted = 0;
      onEvicted(count);
    }
    for (const line of buffer.splice(0)) emit(line);
  };

  const stream: SinkStream = {
    lastLevel: 0,
    [symbols.needsMetadataGsym]: true,
    write(line: string): void {
      const level = stream.lastLevel;
      if (level < threshold) {
        if (!buffering) return;
        if (buffer.length >= maxLines) {
          buffer.shift();
          evicted++;
        }
        buffer.push(line);
        return;
      }
      if (level >= ERROR_LEVEL && buffer.length > 0) flushBuffer();
      emit(line);
    },
    flush(callback) {
      const target = destination as DestinationStream & { flush?: (cb: (error?: Error) => void) => void };
      if (typeof target.flush === 'function') target.flush(callback ?? (() => undefined));
      else callback?.();
    },
  };

  return {
    stream,
    open(nextThreshold, nextBuffering) {
      threshold = nextThreshold;
      buffering = nextBuffering;
    },
    close() {
      threshold = 0;
      buffering = false;
      evicted = 0;
      buffer.length = 0;
    },
    get failed() {
      return failed;
    },
  };
};
