import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { BadRequestError, HttpError } from './errors.js';

/** An API Gateway HTTP API (payload v2) event behind a JWT authorizer (Cognito). */
export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;
/** A body parsed from JSON: only plain objects are accepted. */
export type JsonBody = Record<string, unknown>;

/**
 * A JSON response.
 *
 * @example
 * ```ts
 * return json(201, { id: user.id });
 * ```
 */
export function json(statusCode: number, body: unknown): ApiResult {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * The request body as an object; 400 when it is missing or not a JSON object.
 *
 * @example
 * ```ts
 * const body = readJson(event);
 * ```
 */
export function readJson(event: ApiEvent): JsonBody {
  if (!event.body) throw new BadRequestError('request body is required');
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new BadRequestError('request body is not valid JSON', { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BadRequestError('request body must be a JSON object');
  }
  return parsed as JsonBody;
}

/**
 * A required non-empty string field of at most `maxLength` characters.
 *
 * @example
 * ```ts
 * const text = requireString(body, 'text', 2000);
 * ```
 */
export function requireString(body: JsonBody, key: string, maxLength = 256): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw new BadRequestError(`"${key}" must be a non-empty string`);
  if (value.length > maxLength) throw new BadRequestError(`"${key}" is longer than ${maxLength} characters`);
  return value.trim();
}

/**
 * An optional string field; `undefined` when absent.
 *
 * @example
 * ```ts
 * const phone = optionalString(body, 'phone');
 * ```
 */
export function optionalString(body: JsonBody, key: string, maxLength = 256): string | undefined {
  return body[key] === undefined ? undefined : requireString(body, key, maxLength);
}

/**
 * A required positive number field.
 *
 * @example
 * ```ts
 * const seconds = requirePositiveNumber(body, 'durationSeconds');
 * ```
 */
export function requirePositiveNumber(body: JsonBody, key: string): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new BadRequestError(`"${key}" must be a positive number`);
  }
  return value;
}

/**
 * A path parameter declared by the route (`/users/{id}` → `pathParam(event, 'id')`).
 *
 * @example
 * ```ts
 * const id = pathParam(event, 'id');
 * ```
 */
export function pathParam(event: ApiEvent, name: string): string {
  const value = event.pathParameters?.[name];
  if (!value) throw new BadRequestError(`path parameter "${name}" is required`);
  return value;
}

/**
 * The signed-in user's id: the `sub` claim the JWT authorizer verified.
 *
 * @example
 * ```ts
 * const me = callerId(event);
 * ```
 */
export function callerId(event: ApiEvent): string {
  const sub = event.requestContext.authorizer?.jwt?.claims?.sub;
  if (typeof sub !== 'string' || sub === '') throw new HttpError(401, 'not signed in');
  return sub;
}

/**
 * Dispatches on the HTTP API route key (`POST /users`). Expected failures
 * (`HttpError`) become JSON responses; anything else is rethrown so the
 * observability wrapper logs and reports it.
 *
 * @example
 * ```ts
 * export const handler = router({ 'GET /posts': listPosts, 'POST /posts': createPost });
 * ```
 */
export function router(routes: Record<string, ApiHandler>): ApiHandler {
  return async (event, context) => {
    const route = routes[event.routeKey];
    if (!route) return json(404, { error: `no route for ${event.routeKey}` });
    try {
      return await route(event, context);
    } catch (error) {
      if (error instanceof HttpError) return json(error.statusCode, { error: error.message });
      throw error;
    }
  };
}
