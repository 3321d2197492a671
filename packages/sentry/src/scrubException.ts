import type { Exception, StackFrame, Thread } from '@sentry/core';
import type { Scrubber } from '@valine/pii';
import { FRAME_CODE_KEYS } from './constants.js';
import { isRecord, safely } from './safely.js';

const SOURCE_LINE_KEYS: ReadonlySet<string> = new Set(['context_line', 'pre_context', 'post_context']);

function scrubFrame(frame: StackFrame, scrubber: Scrubber): StackFrame {
  const source = frame as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Source lines of library frames are static files from node_modules, never request data;
  // skipping them halves the cost of a typical event. App frames' lines are scanned for literals.
  const library = source.in_app === false;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (FRAME_CODE_KEYS.has(key) || (library && SOURCE_LINE_KEYS.has(key))) {
      out[key] = value;
      continue;
    }
    const clean = safely(() => {
      if (key === 'vars') return scrubber.scrub(value);
      if (key === 'context_line') return typeof value === 'string' ? scrubber.scrubString(value) : undefined;
      if (key === 'pre_context' || key === 'post_context') {
        return Array.isArray(value) ? value.map((line) => scrubber.scrubString(String(line))) : undefined;
      }
      return scrubber.scrubField(key, value);
    });
    if (clean !== undefined) out[key] = clean;
  }
  return out as StackFrame;
}

/** Frames keep file, function and line; local variables and source lines are scrubbed. */
export function scrubStacktrace<S extends { frames?: StackFrame[] }>(stacktrace: S, scrubber: Scrubber): S {
  if (!Array.isArray(stacktrace.frames)) return { ...stacktrace, frames: undefined };
  return { ...stacktrace, frames: stacktrace.frames.map((frame) => scrubFrame(frame, scrubber)) };
}

/** The exception `type` (a class name) stays; its message and mechanism data are scrubbed. */
export function scrubException(exception: Exception, scrubber: Scrubber): Exception {
  const out: Exception = { ...exception };
  out.value = typeof exception.value === 'string' ? scrubber.scrubString(exception.value) : undefined;
  if (exception.stacktrace) out.stacktrace = safely(() => scrubStacktrace(exception.stacktrace!, scrubber));
  if (isRecord(exception.mechanism?.data)) {
    out.mechanism = { ...exception.mechanism, data: scrubber.scrub(exception.mechanism.data) };
  }
  return out;
}

/** `event.threads`: names as text, stacks like exception stacks. */
export function scrubThread(thread: Thread, scrubber: Scrubber): Thread {
  const out: Thread = { ...thread };
  if (typeof thread.name === 'string') out.name = scrubber.scrubString(thread.name);
  if (thread.stacktrace) out.stacktrace = safely(() => scrubStacktrace(thread.stacktrace!, scrubber));
  return out;
}
