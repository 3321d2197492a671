import { PiiConfigError } from './errors.js';
import type { PiiKind, Replacement, ReplacementContext } from './types.js';

/** Produces the text that stands in for one finding. Never throws. */
export type Replacer = (context: ReplacementContext) => string;

export const label = (kind: PiiKind): string => `[${kind}]`;

/** Keeps the shape and a hint, never enough to recover the value; secrets keep nothing, not even their length. */
export function mask(kind: PiiKind, value: string): string {
  const last = (n: number) => value.replace(/\D/g, '').slice(-n);
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split(/@|%40/i);
    const dot = domain.lastIndexOf('.');
    return `${local[0]}***@${domain[0]}***${domain.slice(dot)}`;
  }
  if (kind === 'card') return `**** **** **** ${last(4)}`;
  return kind === 'ssn' || kind === 'phone' ? `***${last(kind === 'ssn' ? 4 : 2)}` : '****';
}

/** Compiles the `replacement` option once per scrubber. */
export function createReplacer(replacement: Replacement | undefined): Replacer {
  if (replacement === undefined || replacement === 'label') return ({ kind }) => label(kind);
  if (replacement === 'mask') return ({ kind, value }) => mask(kind, value);
  if (typeof replacement === 'function') {
    return (context) => {
      try {
        const out = replacement(context);
        return typeof out === 'string' ? out : label(context.kind);
      } catch {
        return label(context.kind);
      }
    };
  }
  throw new PiiConfigError("replacement: 'label', 'mask' or a function (pseudonyms: @valine/pii/pseudonym)");
}
