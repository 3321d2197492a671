import { DEFAULT_LEVEL, EnvName, LEVEL_ALIASES, LEVEL_VALUES } from './constants.js';
import type { LevelName } from './types.js';

/** Reads one environment variable; undefined (not an error) where there is no `process` (browser, edge). */
export const readEnv = (name: string): string | undefined => {
  if (typeof process === 'undefined' || process.env === undefined) return undefined;
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
};

/** Maps `WARN`, `warning`, `CRITICAL` to a level name; undefined when it is not one. */
const normalizeLevel = (value: string | undefined): LevelName | undefined => {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  const name = LEVEL_ALIASES[lower] ?? lower;
  return name in LEVEL_VALUES ? (name as LevelName) : undefined;
};

/** Option > `AWS_LAMBDA_LOG_LEVEL` > `LOG_LEVEL` > `POWERTOOLS_LOG_LEVEL` > `info`; unreadable values are skipped. */
export const resolveLevel = (option: string | undefined): LevelName =>
  normalizeLevel(option) ??
  normalizeLevel(readEnv(EnvName.AwsLambdaLogLevel)) ??
  normalizeLevel(readEnv(EnvName.LogLevel)) ??
  normalizeLevel(readEnv(EnvName.PowertoolsLogLevel)) ??
  DEFAULT_LEVEL;

/** Option > `POWERTOOLS_SERVICE_NAME` > `AWS_LAMBDA_FUNCTION_NAME`; undefined leaves the field out. */
export const resolveService = (option: string | undefined): string | undefined =>
  option ?? readEnv(EnvName.PowertoolsServiceName) ?? readEnv(EnvName.AwsLambdaFunctionName);
