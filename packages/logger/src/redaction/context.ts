import { Marker, type Scrubber } from '@valine/pii';
import type { Logger, LoggerOptions } from 'pino';
import { serializeError } from './errorRecord.js';
import { isErrorLike, safeRead } from './safeRead.js';

/** What every scrubbing step needs: the rule set and the keys pino uses for the message and the error. */
export interface RedactionContext {
  scrubber: Scrubber;
  messageKey: string;
  errorKey: string;
}

type Fields = Record<string, unknown>;
export type Serializers = Record<string, Serializer>;
type AnyFunction = (...args: never[]) => unknown;
export type MixinFn = NonNullable<LoggerOptions['mixin']>;
export type Serializer = (value: unknown) => unknown;

// Functions built here: already scrub their output, so they are never wrapped twice.
const owned = new WeakSet<AnyFunction>();
// User serializers after wrapping: the merge object keeps their keys raw, since the serializer's output is scrubbed.
const userSerializers = new WeakSet<AnyFunction>();

export const markOwned = <F extends AnyFunction>(fn: F): F => {
  owned.add(fn);
  return fn;
};

export const isOwned = (fn: unknown): boolean => typeof fn === 'function' && owned.has(fn as AnyFunction);

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

// The keys whose serializer is a wrapped user serializer, per pino serializers object: most have none, and a
// set lookup per field is cheaper than a property read and a WeakSet probe.
const userKeyCache = new WeakMap<Serializers, ReadonlySet<string>>();
const userKeysOf = (serializers: Serializers): ReadonlySet<string> => {
  let keys = userKeyCache.get(serializers);
  if (keys === undefined) {
    keys = new Set(Object.keys(serializers).filter((key) => userSerializers.has(serializers[key] as AnyFunction)));
    userKeyCache.set(serializers, keys);
  }
  return keys;
};

const asFields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null ? (value as Fields) : { value: value ?? Marker.unreadable };

/** Whether a field is set aside from the merge object: the message key, a key with a user serializer, an error. */
const isSpecial = (key: string, field: unknown, userKeys: ReadonlySet<string>, ctx: RedactionContext): boolean =>
  key === ctx.messageKey ||
  (userKeys.size > 0 && userKeys.has(key)) ||
  (typeof field === 'object' && field !== null && isErrorLike(field));

/** What a set-aside field becomes: an error in pino's shape, scrubbed; a message or user-serialized key as is. */
const setAside = (key: string, field: unknown, userKeys: ReadonlySet<string>, ctx: RedactionContext): unknown =>
  key === ctx.messageKey || userKeys.has(key) ? field : serializeError(field, ctx.scrubber);

/**
 * The fields read one by one, for an object whose spread threw (a getter or proxy trap): what can be read is
 * kept, a field that throws becomes a marker.
 */
const readFields = (source: Fields): Fields => {
  const copy: Fields = {};
  for (const key of Object.keys(source)) {
    const field = safeRead(source, key);
    // `__proto__` from JSON.parse is an own key: defined, not assigned, so no prototype changes.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true });
    else copy[key] = field;
  }
  return copy;
};

/**
 * A scrubbed copy of the object passed to a log call (or of child bindings),
 * in one scrubber call so sibling keys give each other context (a `name`
 * next to an `email` is a person's) and keys are scrubbed too. The fields are
 * read once, by a spread into a plain copy, so a getter runs once and what is
 * scrubbed is what was read. Set aside first: the message key (the message
 * serializer scrubs it), keys with a user serializer (its output is scrubbed)
 * and errors (pino's error shape, then scrubbed).
 */
export const scrubFields = (value: object, serializers: Serializers, ctx: RedactionContext): Fields => {
  try {
    if (!isPlainObject(value)) return asFields(ctx.scrubber.scrub(value));
    let copy: Fields;
    try {
      // A spread defines (never assigns) each own enumerable field, `__proto__` included, in one native step.
      copy = { ...(value as Fields) };
    } catch {
      copy = readFields(value as Fields);
    }
    const keys = Object.keys(copy);
    const userKeys = userKeysOf(serializers);
    let special: Fields | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const field = copy[key];
      if (!isSpecial(key, field, userKeys, ctx)) continue;
      special ??= {};
      if (field !== undefined) special[key] = setAside(key, field, userKeys, ctx);
      delete copy[key];
    }
    const scrubbed = asFields(ctx.scrubber.scrub(copy));
    return special === undefined ? scrubbed : Object.assign(scrubbed, special);
  } catch {
    return asFields(ctx.scrubber.scrub(value));
  }
};

/** Wraps a user serializer so its output is scrubbed; one that throws yields a marker, not an exception. */
export const wrapSerializer = (
  fn: (value: unknown) => unknown,
  ctx: RedactionContext,
): ((value: unknown) => unknown) => {
  const wrapped = markOwned((value: unknown) => {
    try {
      return ctx.scrubber.scrub(fn(value));
    } catch {
      return Marker.unreadable;
    }
  });
  userSerializers.add(wrapped);
  return wrapped;
};

/** Scrubs the formatted message (printf arguments included), after an optional user serializer. */
export const messageSerializer = (ctx: RedactionContext, user?: (value: unknown) => unknown) =>
  markOwned((value: unknown): unknown => {
    try {
      const out = user === undefined ? value : user(value);
      return typeof out === 'string' ? ctx.scrubber.scrubString(out) : ctx.scrubber.scrub(out);
    } catch {
      return Marker.unreadable;
    }
  });

/** Errors that reach pino's serializer (bindings, user formatters) get the same treatment as in a log call. */
const errorSerializer = (ctx: RedactionContext) =>
  markOwned((value: unknown): unknown => (isErrorLike(value) ? serializeError(value, ctx.scrubber) : value));

/** Wraps every serializer that is not already ours; the message key and the error key get the dedicated ones. */
export const wrapSerializers = (serializers: Serializers | undefined, ctx: RedactionContext): Serializers => {
  const out: Serializers = {};
  for (const [key, fn] of Object.entries(serializers ?? {})) {
    if (typeof fn !== 'function') continue;
    if (isOwned(fn)) out[key] = fn;
    else out[key] = key === ctx.messageKey ? messageSerializer(ctx, fn) : wrapSerializer(fn, ctx);
  }
  out[ctx.messageKey] ??= messageSerializer(ctx);
  out[ctx.errorKey] ??= errorSerializer(ctx);
  return out;
};

/** A `formatters.log` whose output is scrubbed like a merge object. */
export const wrapLogFormatter = (
  fn: (object: Fields) => Fields,
  ctx: RedactionContext,
  serializers: () => Serializers,
) =>
  markOwned((object: Fields): Fields => {
    try {
      return scrubFields(fn(object), serializers(), ctx);
    } catch {
      return scrubFields(object, serializers(), ctx);
    }
  });

/** A `formatters.bindings` whose output (and input, when there is no user formatter) is scrubbed. */
export const wrapBindingsFormatter = (fn: ((bindings: Fields) => Fields) | undefined, ctx: RedactionContext) =>
  markOwned((bindings: Fields): Fields => {
    try {
      const out = fn === undefined ? bindings : fn(bindings);
      return scrubFields(out, {}, ctx);
    } catch {
      return scrubFields(bindings, {}, ctx);
    }
  });

/** A `mixin` whose fields are scrubbed each time it runs. */
export const wrapMixin = (fn: MixinFn, ctx: RedactionContext): MixinFn =>
  markOwned((mergeObject: object, level: number, logger: Logger): object => {
    try {
      return scrubFields(fn(mergeObject, level, logger), {}, ctx);
    } catch {
      return {};
    }
  });
