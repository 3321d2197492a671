import type { SentryEndpoint } from '../../tools/test/sentryEndpoint.js';
import { plantedIn } from '../lambda-api/src/samples.js';
import { DemoStepError } from './errors.js';
import { bold, compactJson, dim, green, indent, out } from './print.js';

/** What step 2 showed, for the summary. */
export interface SentryStepResult {
  envelopeBytes: number;
  exception: string;
  leaks: string[];
}

const SENTRY_WAIT_MS = 10_000;

type Json = Record<string, unknown>;

function pick(event: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((key) => event[key] !== undefined).map((key) => [key, event[key]]));
}

/** The exception without its (long) stack frames, keeping the last frame to show the stack is still usable. */
function summarizeException(event: Json): unknown {
  const values = (event.exception as { values?: Json[] } | undefined)?.values ?? [];
  return values.map((value) => {
    const frames = (value.stacktrace as { frames?: Json[] } | undefined)?.frames ?? [];
    const top = frames.at(-1);
    return {
      type: value.type,
      value: value.value,
      frames: `${frames.length} frames; top: ${top ? `${String(top.function)} (${String(top.filename)}:${String(top.lineno)})` : 'none'}`,
    };
  });
}

/**
 * Step 2: the `posts` function's moderation error (its message quotes the
 * author's email and the card number) was sent by the real `@sentry/node`
 * SDK to the local endpoint; prints the event as received and checks the
 * raw envelope for every planted value.
 *
 * @example
 * ```ts
 * const result = await showSentry(endpoint);
 * ```
 */
export async function showSentry(endpoint: SentryEndpoint): Promise<SentryStepResult> {
  let envelope: Awaited<ReturnType<SentryEndpoint['waitForEvent']>>;
  try {
    envelope = await endpoint.waitForEvent(SENTRY_WAIT_MS);
  } catch (cause) {
    throw new DemoStepError('sentry', 'the posts function did not send its error to the local Sentry endpoint', {
      cause,
      hint: 'run `npx vitest run --project sentry:integration` to check the Sentry filters on their own',
    });
  }
  const event = envelope.items.find((item) => item.header.type === 'event')?.payload as Json;
  out(dim(`Envelope received by ${endpoint.dsn.replace(/\/\/[^@]+@/, '//')} (${envelope.raw.length} bytes):`), '');
  const contexts = pick((event.contexts ?? {}) as Json, ['lambda', 'trace', 'runtime', 'cloud_resource']);
  const shown = {
    ...pick(event, ['event_id', 'level', 'environment', 'release', 'user', 'tags']),
    exception: summarizeException(event),
    contexts,
    ...pick(event, ['extra', 'breadcrumbs', 'request']),
  };
  out(indent(compactJson(shown, 110), 4));
  out(
    dim('    (contexts trimmed to lambda, trace, runtime and cloud_resource; the envelope has os, device and app too)'),
  );
  const leaks = plantedIn(envelope.raw);
  if (leaks.length > 0) throw new DemoStepError('sentry', `planted PII reached Sentry: ${leaks.join(', ')}`);
  const first = summarizeException(event) as { type?: unknown; value?: unknown }[];
  const exception = `${String(first[0]?.type)}: ${String(first[0]?.value)}`;
  out('', green(`✔ raw envelope checked: no planted value in it; the error is still ${bold(exception)}`));
  return { envelopeBytes: envelope.raw.length, exception, leaks };
}
