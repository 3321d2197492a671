import { type LogFn, type Logger, symbols } from 'pino';
import { markOwned, type RedactionContext, type Serializers, scrubFields } from './context.js';
import { serializeError } from './errorRecord.js';
import { isErrorLike } from './safeRead.js';

type UserLogMethod = (this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) => void;

const serializersOf = (logger: Logger): Serializers =>
  ((logger as unknown as Record<symbol, Serializers | undefined>)[symbols.serializersSym] ?? {}) as Serializers;

// pino would write `"msg":undefined` (invalid JSON) for a symbol and a function's source text for a function.
const safeMessage = (value: unknown): unknown => {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return '[Function]';
  return value;
};

/**
 * Replaces, in place, what a log call received with scrubbed copies before
 * pino reads it: the merge object key by key, an error given alone, and the
 * objects among printf arguments (strings among them are scrubbed with the
 * formatted message by the message serializer).
 */
const scrubArgs = (logger: Logger, args: unknown[], ctx: RedactionContext): void => {
  const first = args[0];
  let params = 1;
  if (typeof first === 'object' && first !== null) {
    args[0] = isErrorLike(first)
      ? { [ctx.errorKey]: serializeError(first, ctx.scrubber) }
      : scrubFields(first, serializersOf(logger), ctx);
    params = 2;
    if (args.length > 1) args[1] = safeMessage(args[1]);
  } else {
    args[0] = safeMessage(first);
  }
  for (let i = params; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'object' && arg !== null) {
      args[i] = isErrorLike(arg) ? serializeError(arg, ctx.scrubber) : ctx.scrubber.scrub(arg);
    } else if (typeof arg === 'function') {
      args[i] = '[Function]';
    }
  }
};

/**
 * pino's `hooks.logMethod`: scrubs the arguments, then lets pino format and
 * write. A user hook runs first and calls a method that scrubs, so whatever
 * it adds is scrubbed too. Nothing it does can throw into the caller.
 */
export const logMethodHook = (ctx: RedactionContext, user?: UserLogMethod) =>
  markOwned(function scrubbingLogMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    try {
      if (user === undefined) {
        scrubArgs(this, args, ctx);
        (method as (...a: unknown[]) => void).apply(this, args);
        return;
      }
      const scrubbed = function (this: Logger, ...inner: unknown[]): void {
        scrubArgs(this, inner, ctx);
        (method as (...a: unknown[]) => void).apply(this, inner);
      } as LogFn;
      user.call(this, args, scrubbed, level);
    } catch {
      // A log call must never throw into the application; a record that cannot be produced is dropped.
    }
  });
