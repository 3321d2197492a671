/**
 * Errors the logger throws. Only configuration mistakes made while wiring
 * the logger throw; logging calls never do.
 */

/** An option given to `createLogger`, `withLambdaContext` or the middleware cannot work. */
export class LoggerConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LoggerConfigurationError';
  }
}
