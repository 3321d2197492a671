export type { LoggerMiddleware, MiddyLikeRequest } from './injectLambdaContext.js';
export { injectLambdaContext } from './injectLambdaContext.js';
