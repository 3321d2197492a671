import type { Scrubber } from '@valine/pii';
import { DEFAULT_LEVEL, ERROR_KEY, LEVEL_ALIASES, LEVEL_VALUES, MESSAGE_KEY, TIMESTAMP_KEY } from '../constants.js';
import { isErrorLike } from '../redaction/safeRead.js';
import { resolveScrubber } from '../scrubber.js';
import type { LevelName } from '../types.js';
import { formatMessage } from './format.js';
import type { BrowserLogFn, BrowserLogger, BrowserLoggerOptions, ConsoleLike } from './types.js';

type Fields = Record<string, unknown>;
type Method = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

const METHODS: readonly Method[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
// console.trace prints a stack; error and fatal both belong in console.error.
const CONSOLE_METHOD: Record<Method, keyof ConsoleLike> = {
  trace: 'debug',
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
};

const toLevel = (value: string | undefined): LevelName => {
  const lower = (value ?? DEFAULT_LEVEL).toLowerCase();
  const name = LEVEL_ALIASES[lower] ?? lower;
  return (name in LEVEL_VALUES ? name : DEFAULT_LEVEL) as LevelName;
};

const asFields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : { value };

interface Shared {
  scrubber: Scrubber;
  out: ConsoleLike;
  level: LevelName;
}

const buildRecord = (shared: Shared, method: Method, bindings: Fields, args: unknown[]): Fields => {
  const { scrubber } = shared;
  let fields: Fields = {};
  let template: unknown = args[0];
  let params = args.slice(1);
  const first = args[0];
  if (typeof first === 'object' && first !== null) {
    fields = isErrorLike(first) ? { [ERROR_KEY]: scrubber.scrub(first) } : asFields(scrubber.scrub(first));
    template = args[1];
    params = args.slice(2);
    if (template === undefined && isErrorLike(first)) template = (fields[ERROR_KEY] as Fields | undefined)?.message;
  }
  const safeParams = params.map((param) =>
    typeof param === 'object' && param !== null ? scrubber.scrub(param) : param,
  );
  const record: Fields = {
    level: method.toUpperCase(),
    [TIMESTAMP_KEY]: new Date().toISOString(),
    ...bindings,
    ...fields,
  };
  if (typeof template === 'string') record[MESSAGE_KEY] = scrubber.scrubString(formatMessage(template, safeParams));
  else if (template !== undefined) record[MESSAGE_KEY] = scrubber.scrub(template);
  return record;
};

const makeLogger = (shared: Shared, bindings: Fields): BrowserLogger => {
  const write =
    (method: Method): BrowserLogFn =>
    (...args: unknown[]): void => {
      if ((LEVEL_VALUES[method] ?? 0) < (LEVEL_VALUES[shared.level] ?? 0)) return;
      try {
        shared.out[CONSOLE_METHOD[method]](buildRecord(shared, method, bindings, args));
      } catch {
        // The console itself failed (replaced, closed): nothing more a logger can do without throwing.
      }
    };
  const logger = {
    get level() {
      return shared.level;
    },
    set level(value: LevelName) {
      shared.level = toLevel(value);
    },
    isLevelEnabled: (level: LevelName) => (LEVEL_VALUES[toLevel(level)] ?? 0) >= (LEVEL_VALUES[shared.level] ?? 0),
    child: (extra: Record<string, unknown>) =>
      makeLogger(shared, { ...bindings, ...asFields(shared.scrubber.scrub(extra)) }),
    bindings: () => ({ ...bindings }),
  } as BrowserLogger;
  for (const method of METHODS) logger[method] = write(method);
  return logger;
};

/**
 * The browser logger: pino's call shapes and levels, the same scrubbing,
 * no pino and no Node built-ins. Each record is one scrubbed object passed
 * to the matching console method.
 *
 * @example
 * ```ts
 * import { createLogger } from '@valine/logger/browser';
 *
 * const logger = createLogger({ service: 'web', level: 'info' });
 * logger.child({ page: 'settings' }).warn({ email: 'ana@example.com' }, 'save failed for %s', 'ana@example.com');
 * // console.warn({ level: 'WARN', timestamp: '…', service: 'web', page: 'settings', email: '[email]', message: 'save failed for [email]' })
 * ```
 */
export const createLogger = (options: BrowserLoggerOptions = {}): BrowserLogger => {
  const scrubber = resolveScrubber(options);
  const shared: Shared = { scrubber, out: options.console ?? console, level: toLevel(options.level) };
  const base = { ...(options.service === undefined ? {} : { service: options.service }), ...options.base };
  return makeLogger(shared, asFields(scrubber.scrub(base)));
};
