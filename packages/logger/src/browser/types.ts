import type { LevelName, ScrubSource } from '../types.js';

/** The console methods the browser logger calls. */
export type ConsoleLike = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;

export interface BrowserLoggerOptions extends ScrubSource {
  /** `service` field on every record. */
  service?: string;
  /** Default `info`. */
  level?: LevelName | Uppercase<LevelName>;
  /** Fields on every record (scrubbed once). */
  base?: Record<string, unknown>;
  /** Where records go. Default: the global `console`. */
  console?: ConsoleLike;
}

/** pino's call shapes: `(message, ...args)`, `(object, message?, ...args)`, `(error, message?)`. */
export interface BrowserLogFn {
  (message: string, ...args: unknown[]): void;
  (object: unknown, message?: string, ...args: unknown[]): void;
}

/** The same calls as the Node logger, writing one scrubbed record object per line to the console. */
export interface BrowserLogger {
  trace: BrowserLogFn;
  debug: BrowserLogFn;
  info: BrowserLogFn;
  warn: BrowserLogFn;
  error: BrowserLogFn;
  fatal: BrowserLogFn;
  /** The current level; settable. */
  level: LevelName;
  isLevelEnabled(level: LevelName): boolean;
  /** A logger whose records also carry `bindings` (scrubbed once, here). */
  child(bindings: Record<string, unknown>): BrowserLogger;
  /** The bindings this logger adds (scrubbed). */
  bindings(): Record<string, unknown>;
}
