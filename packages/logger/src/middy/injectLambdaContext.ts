import { endInvocation, logFailure, startInvocation } from '../lambda/invocation.js';
import { requireState } from '../state.js';
import type { LambdaContext, LambdaContextOptions, ValineLogger } from '../types.js';

/** The parts of a middy request the middleware reads; middy's own `Request` fits. */
export interface MiddyLikeRequest {
  event: unknown;
  context: LambdaContext;
  error?: unknown;
}

/** A middy middleware object: `before`, `after`, `onError`. */
export interface LoggerMiddleware {
  before: (request: MiddyLikeRequest) => void;
  after: (request: MiddyLikeRequest) => void;
  onError: (request: MiddyLikeRequest) => void;
}

/**
 * The middy variant of `withLambdaContext`: the same fields, key scoping,
 * buffering and error logging. Middy rethrows the error itself. Does not
 * import `@middy/core`; it only returns the middleware object.
 *
 * @example
 * ```ts
 * import middy from '@middy/core';
 * import { createLogger } from '@valine/logger';
 * import { injectLambdaContext } from '@valine/logger/middy';
 *
 * const logger = createLogger({ service: 'posts' });
 * export const handler = middy(async () => ({ statusCode: 204 })).use(injectLambdaContext(logger, { logEvent: true }));
 * ```
 */
export const injectLambdaContext = (logger: ValineLogger, options: LambdaContextOptions = {}): LoggerMiddleware => {
  const state = requireState(logger);
  return {
    before: (request) => startInvocation(state, request.event, request.context, options),
    after: () => endInvocation(state),
    onError: (request) => {
      logFailure(state, request.error, options);
      endInvocation(state);
    },
  };
};
