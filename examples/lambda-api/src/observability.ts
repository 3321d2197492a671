import { captureException, flush, withIsolationScope } from '@sentry/node';
import { createLogger, withLambdaContext } from '@valine/logger';
import { createMetrics, withMetrics } from '@valine/metrics';
import { DEFAULT_NAMESPACE } from '@valine/metrics/catalog';
import { createScrubber } from '@valine/pii';
import { initSentry, setUser } from '@valine/sentry/node';
import type { ApiEvent, ApiHandler } from './http.js';

/**
 * The observability wiring every function shares, done once per execution
 * environment (module scope), as the package READMEs recommend: one PII
 * rule set for logs, metrics and Sentry; a logger and an EMF metrics buffer
 * writing to stdout; Sentry only in production or when a DSN is given.
 */

const SERVICE = 'valine-api';
const SENTRY_FLUSH_TIMEOUT_MS = 2000;

function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** One rule set, so a log line, an EMF document and a Sentry event of the same request redact the same things. */
export const scrubber = createScrubber();

/** Debug lines are buffered per invocation and written only when the invocation fails. */
export const logger = createLogger({ service: SERVICE, scrubber, buffer: true });

export const metrics = createMetrics({ namespace: DEFAULT_NAMESPACE, service: SERVICE, scrubber, logger });

const sentryDsn = env('SENTRY_DSN');
initSentry({
  dsn: sentryDsn,
  // The runbook enables Sentry in production only; a DSN set explicitly (the demo's local endpoint) opts in too.
  enabled: sentryDsn ? true : undefined,
  environment: env('STAGE'),
  release: env('RELEASE'),
  pii: { scrubber },
});

function parsedBody(event: ApiEvent): unknown {
  if (!event.body) return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Logs the request as parsed data rather than the raw event, so key rules
 * (`email`, `fullName`, `pushToken`) apply inside the body as well as the
 * value rules; headers, source IP and cookies go through the same rules.
 */
function logRequest(event: ApiEvent): void {
  logger.info(
    {
      request: {
        routeKey: event.routeKey,
        path: event.rawPath,
        query: event.queryStringParameters,
        headers: event.headers,
        cookies: event.cookies,
        sourceIp: event.requestContext.http.sourceIp,
        body: parsedBody(event),
      },
    },
    'request received',
  );
}

/** Errors that escape the handler go to Sentry (scrubbed by the PII integration) before the runtime freezes. */
function reportErrors(handler: ApiHandler): ApiHandler {
  return (event, context) =>
    withIsolationScope(async (scope) => {
      const sub = event.requestContext.authorizer?.jwt?.claims?.sub;
      if (typeof sub === 'string') setUser({ id: sub });
      scope.setTag('function', context.functionName);
      scope.setContext('lambda', { request_id: context.awsRequestId, route: event.routeKey });
      try {
        logRequest(event);
        return await handler(event, context);
      } catch (error) {
        captureException(error);
        await flush(SENTRY_FLUSH_TIMEOUT_MS);
        throw error;
      }
    });
}

/**
 * Wraps a function's handler with everything above: Lambda context fields
 * and cold start on every log line, metrics flushed per invocation (with
 * `ColdStart`), errors logged once and sent to Sentry, all scrubbed.
 *
 * @example
 * ```ts
 * export const handler = instrument(router({ 'GET /posts': listPosts }));
 * ```
 */
export function instrument(handler: ApiHandler): ApiHandler {
  return withLambdaContext(logger, withMetrics(metrics, reportErrors(handler)));
}
