export { EnvName, LogLevel } from './constants.js';
export { createLogger } from './createLogger.js';
export { LoggerConfigurationError } from './errors.js';
export { createJsonReplacer } from './jsonReplacer.js';
export { piiRedaction } from './piiRedaction.js';
export type {
  BufferOptions,
  CreateLoggerOptions,
  LambdaContext,
  LambdaContextOptions,
  LevelName,
  LoggerKeys,
  PiiRedactionOptions,
  PinoPassThroughOptions,
  PinoRedactionFragment,
  ScrubSource,
  ValineLogger,
} from './types.js';
export { withLambdaContext } from './withLambdaContext.js';
