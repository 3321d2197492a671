import type { Logger } from 'pino';
import { LoggerConfigurationError } from './errors.js';
import type { MixinFn, RedactionContext } from './redaction/context.js';
import type { Sink } from './sink.js';
import type { LevelName } from './types.js';

type Fields = Record<string, unknown>;

/** Returned by the mixin when there is nothing to add, so the merge costs nothing. */
export const NO_FIELDS: Fields = Object.freeze({}) as Fields;

/** What one logger tree (a root and its children) shares: invocation fields, keys, the sink. */
export interface LoggerState {
  root: Logger;
  ctx: RedactionContext;
  sink: Sink;
  bufferLevel: LevelName | undefined;
  sampleRate: number;
  /** Fields of the running invocation (function_*, cold_start, ids); undefined between invocations. */
  invocation: Fields | undefined;
  persistentKeys: Fields;
  invocationKeys: Fields;
  /** Precomputed union of the three above, returned by the mixin on every line. */
  fields: Fields;
  /** The level to restore when an invocation lowered it for buffering or sampling. */
  savedLevel: string | undefined;
  /** Errors already logged by the wrapper or middleware, so nesting logs each once. */
  loggedErrors: WeakSet<object>;
}

const STATE = Symbol.for('valine.logger.state');

export const attachState = (logger: Logger, state: LoggerState): void => {
  Object.defineProperty(logger, STATE, { value: state, enumerable: false });
};

/** The state of a logger made by `createLogger` (children included, through the prototype chain). */
export const requireState = (logger: Logger): LoggerState => {
  const state = (logger as unknown as Record<symbol, LoggerState | undefined>)[STATE];
  if (state === undefined) {
    throw new LoggerConfigurationError('Expected a logger made by createLogger() from @valine/logger');
  }
  return state;
};

export const refreshFields = (state: LoggerState): void => {
  const parts = [state.invocation, state.persistentKeys, state.invocationKeys].filter(
    (part): part is Fields => part !== undefined && Object.keys(part).length > 0,
  );
  state.fields = parts.length === 0 ? NO_FIELDS : Object.assign({}, ...parts);
};

/** `appendKeys`: scrubbed once here; scoped to the invocation when one is running. */
export const appendKeys = (state: LoggerState, fields: Fields): void => {
  const scrubbed = state.ctx.scrubber.scrub(fields);
  if (typeof scrubbed !== 'object' || scrubbed === null) return;
  Object.assign(state.invocation === undefined ? state.persistentKeys : state.invocationKeys, scrubbed);
  refreshFields(state);
};

export const removeKeys = (state: LoggerState, keys: readonly string[]): void => {
  for (const key of keys) {
    delete state.persistentKeys[key];
    delete state.invocationKeys[key];
  }
  refreshFields(state);
};

/** pino `mixin`: the state's fields, then (scrubbed) user mixin fields. */
export const stateMixin = (state: LoggerState, user?: MixinFn): MixinFn =>
  user === undefined
    ? () => state.fields
    : (mergeObject, level, logger) => ({ ...state.fields, ...user(mergeObject, level, logger) });

/** Fields of the log call win over mixin fields; nothing is allocated when there are none. */
export const mergeMixin = (mergeObject: object, mixinObject: object): object =>
  mixinObject === NO_FIELDS ? mergeObject : { ...mixinObject, ...mergeObject };
