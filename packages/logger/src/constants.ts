/**
 * Names and limits shared by the logger's modules. Environment variable
 * names live here so they are read in one place (see `env.ts`).
 */

/** Environment variables the logger reads once, when it is created. */
export const EnvName = {
  /** Set by Lambda's advanced logging controls (application log level). */
  AwsLambdaLogLevel: 'AWS_LAMBDA_LOG_LEVEL',
  LogLevel: 'LOG_LEVEL',
  PowertoolsLogLevel: 'POWERTOOLS_LOG_LEVEL',
  PowertoolsServiceName: 'POWERTOOLS_SERVICE_NAME',
  AwsLambdaFunctionName: 'AWS_LAMBDA_FUNCTION_NAME',
  /** Read per invocation: Lambda sets it before each one. */
  XrayTraceId: '_X_AMZN_TRACE_ID',
  /** `provisioned-concurrency` environments were initialized ahead of traffic: no cold start seen by users. */
  InitializationType: 'AWS_LAMBDA_INITIALIZATION_TYPE',
} as const;

/** Level names, lowest to highest; the labels Lambda's JSON log format filters on, lower-cased. */
export const LogLevel = {
  Trace: 'trace',
  Debug: 'debug',
  Info: 'info',
  Warn: 'warn',
  Error: 'error',
  Fatal: 'fatal',
  Silent: 'silent',
} as const;

/** pino's numeric values for the levels above. */
export const LEVEL_VALUES: Readonly<Record<string, number>> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/** Level names other tools use that mean one of ours. */
export const LEVEL_ALIASES: Readonly<Record<string, string>> = {
  warning: 'warn',
  critical: 'fatal',
};

export const DEFAULT_LEVEL = LogLevel.Info;

/** Lambda's JSON log format and Powertools use `message`; Logs Insights shows it in the summary column. */
export const MESSAGE_KEY = 'message';
export const ERROR_KEY = 'err';
export const TIMESTAMP_KEY = 'timestamp';

/** Debug/trace lines kept per invocation when buffering; older ones are evicted first. */
export const DEFAULT_BUFFER_MAX_LINES = 100;

/** A correlation ID comes from the caller's header: cap it so one request cannot bloat every line. */
export const MAX_CORRELATION_ID_LENGTH = 128;

/** The header callers use to pass a correlation ID, lower-cased. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
