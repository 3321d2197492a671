/**
 * Errors the handlers raise. `HttpError`s are expected (bad input, missing
 * record) and become a JSON response; anything else escapes the handler so
 * the logger records it once and Sentry captures it, both scrubbed.
 */

/** An expected failure with the HTTP status the client receives. Its message is shown to the client, so it never carries user data. */
export class HttpError extends Error {
  readonly statusCode: number;

  constructor(statusCode: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HttpError';
    this.statusCode = statusCode;
  }
}

/** The request body or path is invalid (400). */
export class BadRequestError extends HttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(400, message, options);
    this.name = 'BadRequestError';
  }
}

/** The record does not exist (404). */
export class NotFoundError extends HttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(404, message, options);
    this.name = 'NotFoundError';
  }
}

/** The request conflicts with the stored state (409). */
export class ConflictError extends HttpError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(409, message, options);
    this.name = 'ConflictError';
  }
}

/**
 * Content moderation refused a post. Deliberately not an `HttpError`: like
 * many real errors, its message quotes the offending input (an email, a
 * card number), which is exactly what the logger and the Sentry filter
 * must scrub before it leaves the function.
 */
export class ModerationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModerationError';
  }
}
