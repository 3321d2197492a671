import { type DestinationStream, type Logger, pino, destination as pinoDestination } from 'pino';
import { DEFAULT_BUFFER_MAX_LINES, ERROR_KEY, MESSAGE_KEY } from './constants.js';
import { resolveLevel, resolveService } from './env.js';
import { LoggerConfigurationError } from './errors.js';
import type { RedactionContext } from './redaction/context.js';
import { buildRedaction } from './redaction/fragment.js';
import { scrubbingChild } from './redaction/scrubChild.js';
import { resolveScrubber } from './scrubber.js';
import { createSink } from './sink.js';
import { appendKeys, attachState, type LoggerState, mergeMixin, NO_FIELDS, removeKeys, stateMixin } from './state.js';
import { isoTimestamp } from './timestamp.js';
import type { CreateLoggerOptions, LevelName, ValineLogger } from './types.js';

// Lambda's log-level filter reads `level` as TRACE … FATAL.
const levelLabel = (label: string): Record<string, string> => ({ level: label.toUpperCase() });

const bufferSettings = (buffer: CreateLoggerOptions['buffer']): { level?: LevelName; maxLines: number } => {
  if (buffer === undefined || buffer === false) return { maxLines: DEFAULT_BUFFER_MAX_LINES };
  const options = buffer === true ? {} : buffer;
  const maxLines = options.maxLines ?? DEFAULT_BUFFER_MAX_LINES;
  if (!Number.isInteger(maxLines) || maxLines < 1) {
    throw new LoggerConfigurationError(`buffer.maxLines must be a positive integer, got ${String(maxLines)}`);
  }
  return { level: options.level ?? 'debug', maxLines };
};

const checkSampleRate = (rate: number | undefined): number => {
  if (rate === undefined) return 0;
  if (!(rate >= 0 && rate <= 1)) throw new LoggerConfigurationError(`sampleRate must be within 0 and 1, got ${rate}`);
  return rate;
};

/**
 * Creates a pino logger whose every record is scrubbed: message and printf
 * arguments, merge object, child bindings, `err`, and the output of any
 * serializer, formatter, hook or mixin passed in. Lines are JSON in the
 * shape Lambda's JSON log format and CloudWatch Logs Insights read
 * (`level`, `timestamp`, `service`, `message`), written synchronously to
 * stdout unless a destination is given.
 *
 * @example
 * ```ts
 * import { createScrubber } from '@valine/pii';
 * import { createLogger } from '@valine/logger';
 *
 * const scrubber = createScrubber(); // the same one goes to the Sentry filters
 * const logger = createLogger({ service: 'users', scrubber });
 * logger.info({ user: { id: 'u-1', email: 'ana@example.com' } }, 'invite sent to %s', 'bo@example.com');
 * // {"level":"INFO","timestamp":"…","service":"users","user":{"id":"u-1","email":"[email]"},"message":"invite sent to [email]"}
 * ```
 */
export const createLogger = (options: CreateLoggerOptions = {}): ValineLogger => {
  const ctx: RedactionContext = { scrubber: resolveScrubber(options), messageKey: MESSAGE_KEY, errorKey: ERROR_KEY };
  const redaction = buildRedaction(ctx, options, false);
  const buffer = bufferSettings(options.buffer);
  const destination: DestinationStream = options.destination ?? pinoDestination({ fd: 1, sync: true });
  const service = resolveService(options.service);

  let root: Logger | undefined;
  const sink = createSink(destination, buffer.maxLines, (count) =>
    root?.warn({ buffer_evicted_lines: count }, `Log buffer full: ${count} older lines were dropped`),
  );
  const state: LoggerState = {
    root: undefined as unknown as Logger,
    ctx,
    sink,
    bufferLevel: buffer.level,
    sampleRate: checkSampleRate(options.sampleRate),
    invocation: undefined,
    persistentKeys: {},
    invocationKeys: {},
    fields: NO_FIELDS,
    savedLevel: undefined,
    loggedErrors: new WeakSet(),
  };

  root = pino(
    {
      level: resolveLevel(options.level),
      base: { ...(service === undefined ? {} : { service }), ...options.base },
      messageKey: MESSAGE_KEY,
      errorKey: ERROR_KEY,
      timestamp: isoTimestamp,
      formatters: { level: levelLabel, ...redaction.formatters },
      serializers: redaction.serializers,
      hooks: redaction.hooks,
      mixin: stateMixin(state, redaction.mixin),
      mixinMergeStrategy: mergeMixin,
      onChild: redaction.onChild,
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
      ...(options.redact === undefined ? {} : { redact: options.redact }),
      ...(options.msgPrefix === undefined ? {} : { msgPrefix: options.msgPrefix }),
      ...(options.depthLimit === undefined ? {} : { depthLimit: options.depthLimit }),
      ...(options.edgeLimit === undefined ? {} : { edgeLimit: options.edgeLimit }),
    },
    sink.stream,
  );
  state.root = root;
  attachState(root, state);

  const logger = root as ValineLogger;
  const own = logger as unknown as Record<string, unknown>;
  own.child = scrubbingChild(ctx, root.child);
  own.appendKeys = (fields: Record<string, unknown>) => appendKeys(state, fields);
  own.removeKeys = (keys: readonly string[]) => removeKeys(state, keys);
  Object.defineProperty(logger, 'droppedLines', { get: () => sink.failed, enumerable: false });
  return logger;
};
