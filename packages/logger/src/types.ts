import type { Scrubber, ScrubberOptions } from '@valine/pii';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';

/** A level name; `AWS_LAMBDA_LOG_LEVEL` style upper-case names are accepted too. */
export type LevelName = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** Where the rule set comes from: one shared `Scrubber` (preferred, also given to the Sentry filters) or options to build one. */
export interface ScrubSource {
  /** The scrubber shared with `@valine/sentry`, so logs and error reports follow one rule set. */
  scrubber?: Scrubber;
  /** Options for a scrubber of the logger's own, used when `scrubber` is not given. */
  pii?: ScrubberOptions;
}

type PinoFormatters = NonNullable<LoggerOptions['formatters']>;
type PinoHooks = NonNullable<LoggerOptions['hooks']>;

/**
 * The pino options that can be passed through. Each is wrapped so its
 * output is scrubbed too: serializers, `formatters.log`, `formatters.bindings`,
 * `hooks.logMethod` and `mixin` cannot reintroduce what the scrubber removed.
 */
export interface PinoPassThroughOptions {
  serializers?: LoggerOptions['serializers'];
  formatters?: Pick<PinoFormatters, 'log' | 'bindings'>;
  hooks?: Pick<PinoHooks, 'logMethod'>;
  mixin?: LoggerOptions['mixin'];
  msgPrefix?: string;
  name?: string;
  enabled?: boolean;
  /** pino's key redaction, applied after scrubbing (for keys you want censored a specific way). */
  redact?: LoggerOptions['redact'];
  depthLimit?: number;
  edgeLimit?: number;
  onChild?: LoggerOptions['onChild'];
}

/** Holding debug/trace lines per invocation, written only if it fails. */
export interface BufferOptions {
  /** Lines kept per invocation; older lines are evicted first and the count is reported. Default 100. */
  maxLines?: number;
  /** Lowest level buffered. Default `debug`. */
  level?: 'trace' | 'debug';
}

export interface CreateLoggerOptions extends ScrubSource, PinoPassThroughOptions {
  /** `service` field on every line. Default: `POWERTOOLS_SERVICE_NAME`, then `AWS_LAMBDA_FUNCTION_NAME`. */
  service?: string;
  /** Beats `AWS_LAMBDA_LOG_LEVEL` > `LOG_LEVEL` > `POWERTOOLS_LOG_LEVEL` > `info`. */
  level?: LevelName | Uppercase<LevelName>;
  /** Fields on every line (scrubbed once, when the logger is created). */
  base?: Record<string, unknown>;
  /** Where lines go. Default: synchronous writes to stdout (fd 1), nothing lost when Lambda freezes. */
  destination?: DestinationStream;
  /** Buffer debug/trace lines per invocation (`withLambdaContext` / middleware); `true` for defaults. */
  buffer?: boolean | BufferOptions;
  /** Fraction (0–1) of invocations that log at debug level. Default 0. */
  sampleRate?: number;
}

/** Methods the logger adds to pino's: per-invocation keys. */
export interface LoggerKeys {
  /**
   * Adds fields to every following line. Inside an invocation they last
   * until it ends; outside one (module scope) they stay. Scrubbed once, here.
   */
  appendKeys(fields: Record<string, unknown>): void;
  /** Removes fields added by `appendKeys`. */
  removeKeys(keys: readonly string[]): void;
  /** Lines dropped because the destination threw, since the logger was created. */
  readonly droppedLines: number;
}

/** A pino logger whose every record is scrubbed, with Lambda-aware extras. */
export type ValineLogger = Logger & LoggerKeys;

/** The parts of Lambda's `Context` the logger reads (structurally compatible with `aws-lambda`'s `Context`). */
export interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string | number;
  awsRequestId: string;
}

export interface LambdaContextOptions {
  /** Log the incoming event (scrubbed) at info level. Default false. */
  logEvent?: boolean;
  /** Message of the line logged when the handler throws. Default `Invocation failed`. */
  errorMessage?: string;
}

/** Options of `piiRedaction`: the rule set, plus pino options to wrap so they cannot bypass it. */
export interface PiiRedactionOptions extends ScrubSource, PinoPassThroughOptions {
  /** The `messageKey` your pino uses. Default `msg` (pino's default). */
  messageKey?: string;
  /** The `errorKey` your pino uses. Default `err`. */
  errorKey?: string;
}

/** A pino options fragment: spread it into `pino({...})`. */
export type PinoRedactionFragment = Required<Pick<LoggerOptions, 'serializers' | 'hooks' | 'formatters' | 'onChild'>> &
  Pick<LoggerOptions, 'mixin'>;
