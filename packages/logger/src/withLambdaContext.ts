import { endInvocation, logFailure, startInvocation } from './lambda/invocation.js';
import { requireState } from './state.js';
import type { LambdaContext, LambdaContextOptions, ValineLogger } from './types.js';

/**
 * Wraps a Lambda handler so every line of an invocation carries the
 * function fields, `function_request_id`, `cold_start`, `xray_trace_id`
 * and `correlation_id`; keys appended during it vanish afterwards; buffered
 * debug lines are written only if it fails; the thrown error is logged once
 * (scrubbed) and rethrown.
 *
 * @example
 * ```ts
 * import { createLogger, withLambdaContext } from '@valine/logger';
 *
 * const logger = createLogger({ service: 'users', buffer: true });
 *
 * export const handler = withLambdaContext(logger, async (event: { userId: string }) => {
 *   logger.appendKeys({ user_id: event.userId });
 *   logger.debug('loading profile'); // written only if this invocation fails
 *   return { statusCode: 200 };
 * });
 * ```
 */
export const withLambdaContext = <TEvent, TResult, TContext extends LambdaContext = LambdaContext>(
  logger: ValineLogger,
  handler: (event: TEvent, context: TContext) => TResult | Promise<TResult>,
  options: LambdaContextOptions = {},
): ((event: TEvent, context: TContext) => Promise<TResult>) => {
  const state = requireState(logger);
  return async (event, context) => {
    startInvocation(state, event, context, options);
    try {
      return await handler(event, context);
    } catch (error) {
      logFailure(state, error, options);
      throw error;
    } finally {
      endInvocation(state);
    }
  };
};
