import { resolveScrubber } from './scrubber.js';
import type { ScrubSource } from './types.js';

/**
 * A `JSON.stringify` replacer that scrubs the whole value once, at the
 * root, then lets the nested keys through: for loggers that take a
 * replacer, such as Powertools Logger's `jsonReplacerFn`.
 *
 * @example
 * ```ts
 * import { Logger } from '@aws-lambda-powertools/logger';
 * import { createJsonReplacer } from '@valine/logger';
 *
 * const logger = new Logger({ serviceName: 'users', jsonReplacerFn: createJsonReplacer() });
 * logger.info('invite sent', { email: 'ana@example.com' }); // "email":"[email]"
 * ```
 */
export const createJsonReplacer = (source: ScrubSource = {}): ((key: string, value: unknown) => unknown) => {
  const scrubber = resolveScrubber(source);
  return (key, value) => (key === '' ? scrubber.scrub(value) : value);
};
