import type { Logger, LoggerOptions } from 'pino';
import type { PinoPassThroughOptions } from '../types.js';
import { guardChild } from './childGuard.js';
import {
  type MixinFn,
  type RedactionContext,
  type Serializers,
  wrapBindingsFormatter,
  wrapLogFormatter,
  wrapMixin,
  wrapSerializers,
} from './context.js';
import { logMethodHook } from './logMethod.js';

type Fields = Record<string, unknown>;

/** The pino options that make every record go through the scrubber, wrapping the user's own. */
export interface RedactionOptions {
  serializers: Serializers;
  hooks: { logMethod: NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']> };
  formatters: { bindings: (bindings: Fields) => Fields; log?: (object: Fields) => Fields };
  onChild: (child: Logger) => void;
  mixin?: MixinFn;
}

/**
 * Builds the scrubbing options once, when the logger is created, so the
 * per-line path only calls what was prepared here.
 */
export const buildRedaction = (
  ctx: RedactionContext,
  pass: PinoPassThroughOptions,
  rescrubChildBindings: boolean,
): RedactionOptions => {
  const serializers = wrapSerializers(pass.serializers as Serializers | undefined, ctx);
  const guard = guardChild(ctx, rescrubChildBindings);
  const userOnChild = pass.onChild;
  const userLog = pass.formatters?.log as ((object: Fields) => Fields) | undefined;
  const redaction: RedactionOptions = {
    serializers,
    hooks: { logMethod: logMethodHook(ctx, pass.hooks?.logMethod) },
    formatters: { bindings: wrapBindingsFormatter(pass.formatters?.bindings as (b: Fields) => Fields, ctx) },
    onChild: (child) => {
      guard(child);
      userOnChild?.(child as never);
    },
  };
  if (userLog !== undefined) redaction.formatters.log = wrapLogFormatter(userLog, ctx, () => serializers);
  if (pass.mixin !== undefined) redaction.mixin = wrapMixin(pass.mixin, ctx);
  return redaction;
};
