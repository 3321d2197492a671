import { LEVEL_VALUES } from '../constants.js';
import { type LoggerState, refreshFields } from '../state.js';
import type { LambdaContext, LambdaContextOptions } from '../types.js';
import { takeColdStart } from './coldStart.js';
import { invocationFields } from './fields.js';

const DEFAULT_ERROR_MESSAGE = 'Invocation failed';
const levelValue = (name: string): number => LEVEL_VALUES[name] ?? 0;

/**
 * Starts an invocation: its fields on every line, a fresh key scope, and
 * (sampled) debug output or a debug buffer by lowering the tree's level
 * for the invocation while the sink keeps the configured emit level.
 */
export const startInvocation = (
  state: LoggerState,
  event: unknown,
  context: LambdaContext | undefined,
  options: LambdaContextOptions = {},
): void => {
  try {
    const { root, sink } = state;
    state.invocationKeys = {};
    state.invocation = invocationFields(event, context, takeColdStart(), state.sampleRate, state.ctx.scrubber);
    refreshFields(state);
    const configured = levelValue(root.level);
    const sampled = state.sampleRate > 0 && Math.random() < state.sampleRate;
    const debug = levelValue('debug');
    if (sampled && configured > debug) {
      state.savedLevel = root.level;
      root.level = 'debug';
    } else if (state.bufferLevel !== undefined && configured > levelValue(state.bufferLevel)) {
      state.savedLevel = root.level;
      root.level = state.bufferLevel;
      sink.open(configured, true);
    }
    if (options.logEvent === true) root.info({ event }, 'Lambda invocation event');
  } catch {
    // Context is a nicety: a malformed context object must not fail the invocation.
  }
};

/** Logs the error that ended the invocation, once, even when wrappers nest; buffered lines come first. */
export const logFailure = (state: LoggerState, error: unknown, options: LambdaContextOptions = {}): void => {
  if (typeof error === 'object' && error !== null) {
    if (state.loggedErrors.has(error)) return;
    state.loggedErrors.add(error);
  }
  state.root.error({ err: error }, options.errorMessage ?? DEFAULT_ERROR_MESSAGE);
};

/** Ends an invocation: buffered lines dropped, level restored, its fields and keys gone. */
export const endInvocation = (state: LoggerState): void => {
  state.sink.close();
  if (state.savedLevel !== undefined) {
    state.root.level = state.savedLevel;
    state.savedLevel = undefined;
  }
  state.invocation = undefined;
  state.invocationKeys = {};
  refreshFields(state);
};
