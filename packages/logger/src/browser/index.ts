export { LogLevel } from '../constants.js';
export { createLogger } from './createLogger.js';
export type { BrowserLogFn, BrowserLogger, BrowserLoggerOptions, ConsoleLike } from './types.js';
