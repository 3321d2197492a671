import type { LambdaContext } from '@valine/logger';

/** A Lambda context object as the runtime passes it, one request ID per invocation. */
export const lambdaContext = (requestId: string): LambdaContext & { getRemainingTimeInMillis(): number } => ({
  functionName: 'users-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:users-api',
  memoryLimitInMB: '256',
  awsRequestId: requestId,
  getRemainingTimeInMillis: () => 3000,
});

/** An API Gateway HTTP API (payload v2) event. */
export const httpApiEvent = (requestId: string, headers: Record<string, string> = {}) => ({
  version: '2.0',
  routeKey: 'POST /users',
  rawPath: '/users',
  headers: { 'content-type': 'application/json', ...headers },
  requestContext: { requestId, http: { method: 'POST', path: '/users', sourceIp: '203.0.113.42' } },
  body: '{"email":"ana.lima@example.com"}',
});

/** An API Gateway REST API (payload v1) event. */
export const restApiEvent = (requestId: string, headers: Record<string, string> = {}) => ({
  resource: '/users',
  path: '/users',
  httpMethod: 'GET',
  headers,
  multiValueHeaders: {},
  requestContext: { requestId, identity: { sourceIp: '203.0.113.42' } },
  body: null,
});
