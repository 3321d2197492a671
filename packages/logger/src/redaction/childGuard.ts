import { type Logger, symbols } from 'pino';
import {
  isOwned,
  messageSerializer,
  type RedactionContext,
  wrapBindingsFormatter,
  wrapLogFormatter,
  wrapSerializer,
} from './context.js';

type Fields = Record<string, unknown>;
type Formatters = { level?: unknown; bindings?: (b: Fields) => Fields; log?: (o: Fields) => Fields };
type Internals = Record<symbol, unknown>;

const toChindings = (fields: unknown): string => {
  const json = JSON.stringify(fields);
  return json === undefined || json === '{}' ? '' : `,${json.slice(1, -1)}`;
};

/**
 * Runs on every child pino creates (`onChild`): wraps serializers and
 * formatters the child options brought in, and puts back a scrubbing
 * `formatters.bindings` (pino resets it on children, so `setBindings` would
 * otherwise bypass scrubbing). With `rescrub`, also scrubs the bindings pino
 * already serialized: the route for a plain `pino()` using `piiRedaction()`.
 */
export const guardChild = (ctx: RedactionContext, rescrub: boolean) => (child: Logger) => {
  const node = child as unknown as Internals;
  const parent = Object.getPrototypeOf(child) as Internals;
  const serializers = node[symbols.serializersSym] as Record<string, unknown>;
  if (serializers !== parent[symbols.serializersSym]) {
    for (const key of Object.keys(serializers)) {
      const fn = serializers[key];
      if (typeof fn !== 'function' || isOwned(fn)) continue;
      const user = fn as (value: unknown) => unknown;
      serializers[key] = key === ctx.messageKey ? messageSerializer(ctx, user) : wrapSerializer(user, ctx);
    }
  }
  const formatters = node[symbols.formattersSym] as Formatters;
  node[symbols.formattersSym] = {
    level: formatters.level,
    bindings: isOwned(formatters.bindings) ? formatters.bindings : wrapBindingsFormatter(formatters.bindings, ctx),
    log:
      formatters.log === undefined || isOwned(formatters.log)
        ? formatters.log
        : wrapLogFormatter(formatters.log, ctx, () => node[symbols.serializersSym] as Record<string, never>),
  };
  if (!rescrub) return;
  const before = String(parent[symbols.chindingsSym] ?? '');
  const after = String(node[symbols.chindingsSym] ?? '');
  if (after.length <= before.length || !after.startsWith(before)) return;
  try {
    node[symbols.chindingsSym] =
      before + toChindings(ctx.scrubber.scrub(JSON.parse(`{${after.slice(before.length + 1)}}`)));
  } catch {
    node[symbols.chindingsSym] = before;
  }
};
