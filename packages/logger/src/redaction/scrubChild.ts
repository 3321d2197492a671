import { type Bindings, type ChildLoggerOptions, type Logger, symbols } from 'pino';
import {
  isOwned,
  type RedactionContext,
  type Serializers,
  scrubFields,
  wrapBindingsFormatter,
  wrapSerializer,
} from './context.js';

type Fields = Record<string, unknown>;
type ChildFn = (this: Logger, bindings: Bindings, options?: ChildLoggerOptions) => Logger;

const wrapOptions = (options: ChildLoggerOptions, ctx: RedactionContext): ChildLoggerOptions => {
  const out: ChildLoggerOptions = { ...options };
  if (options.serializers !== undefined) {
    const serializers: Serializers = {};
    for (const [key, fn] of Object.entries(options.serializers)) {
      if (typeof fn === 'function') serializers[key] = isOwned(fn) ? fn : wrapSerializer(fn, ctx);
    }
    out.serializers = serializers;
  }
  const bindings = options.formatters?.bindings;
  if (bindings !== undefined && !isOwned(bindings)) {
    out.formatters = { ...options.formatters, bindings: wrapBindingsFormatter(bindings as (b: Fields) => Fields, ctx) };
  }
  return out;
};

/**
 * Replaces `child` on the root (children inherit it): bindings are scrubbed
 * once, here, before pino serializes them, so a throwing getter or a proxy
 * cannot throw out of `child()` and no line pays for them again. Serializers
 * and a bindings formatter brought by the child options are wrapped first.
 */
export const scrubbingChild = (ctx: RedactionContext, pinoChild: ChildFn): ChildFn =>
  function child(this: Logger, bindings: Bindings, options?: ChildLoggerOptions): Logger {
    const serializers = (this as unknown as Record<symbol, Serializers>)[symbols.serializersSym] ?? {};
    const safe = typeof bindings === 'object' && bindings !== null ? scrubFields(bindings, serializers, ctx) : {};
    return pinoChild.call(this, safe, options === undefined || options === null ? options : wrapOptions(options, ctx));
  };
