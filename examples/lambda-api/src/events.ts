import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { ApiEvent } from './http.js';

export interface EventOptions {
  /** The HTTP API route key, e.g. `POST /users/{id}`. */
  routeKey: string;
  /** The concrete path; defaults to the route key's path. */
  path?: string;
  /** The JWT `sub` claim of the signed-in user. */
  userId: string;
  /** Serialized to JSON unless already a string. */
  body?: unknown;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  cookies?: string[];
  sourceIp?: string;
  userAgent?: string;
}

/**
 * An API Gateway HTTP API (payload format 2.0) event as a JWT-authorized
 * route receives it, including the parts that usually carry PII: the
 * `authorization` header, `x-forwarded-for`, `requestContext.http.sourceIp`,
 * cookies, the raw query string and the body.
 *
 * @example
 * ```ts
 * const event = apiEvent({ routeKey: 'GET /posts', userId, query: { author: userId } });
 * ```
 */
export function apiEvent(options: EventOptions): ApiEvent {
  const [method = 'GET', routePath = '/'] = options.routeKey.split(' ');
  const path = options.path ?? routePath;
  const sourceIp = options.sourceIp ?? '203.0.113.10';
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const now = Date.now();
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return {
    version: '2.0',
    routeKey: options.routeKey,
    rawPath: path,
    rawQueryString,
    cookies: options.cookies,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      host: 'api.valine.example',
      'user-agent': options.userAgent ?? 'Valine/3.2 (iPhone; iOS 18.1)',
      'x-amzn-trace-id': `Root=1-${Math.floor(now / 1000).toString(16)}-${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      'x-forwarded-for': `${sourceIp}, 10.0.12.7`,
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...options.headers,
    },
    queryStringParameters: options.query,
    pathParameters: options.pathParameters,
    isBase64Encoded: false,
    body,
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      authorizer: {
        jwt: {
          claims: { sub: options.userId, token_use: 'access', scope: 'api/default' },
          scopes: null,
        },
      },
      domainName: 'api.valine.example',
      domainPrefix: 'api',
      http: {
        method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp,
        userAgent: options.userAgent ?? 'Valine/3.2 (iPhone; iOS 18.1)',
      },
      requestId: `${randomUUID().slice(0, 8)}=`,
      routeKey: options.routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
  };
}

/**
 * A Lambda context like the Node.js 20 runtime passes, for a function named
 * `valine-api-<name>` with 256 MB and a 10 s timeout.
 *
 * @example
 * ```ts
 * await handler(event, lambdaContext('users'));
 * ```
 */
export function lambdaContext(name: string): Context {
  const functionName = `valine-api-${name}`;
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/11/28/[$LATEST]${randomUUID().replace(/-/g, '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
