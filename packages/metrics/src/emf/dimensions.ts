import { DropReason, MAX_DIMENSIONS } from '../constants.js';
import type { DropLog } from '../dropLog.js';
import type { Dimensions } from '../types.js';
import { dimensionValueToString, isValidDimensionName, isValidDimensionValue } from '../validate.js';

/** The JSON fragments one dimension set contributes to an EMF line. */
export interface DimensionFragments {
  /** `"service","route"` — the inside of the dimension set array. */
  keys: string;
  /** `,"service":"api","route":"/x"` — the root members. */
  root: string;
}

function fragments(dimensions: Map<string, string>): DimensionFragments {
  let keys = '';
  let root = '';
  for (const [name, value] of dimensions) {
    const nameJson = JSON.stringify(name);
    keys += keys === '' ? nameJson : `,${nameJson}`;
    root += `,${nameJson}:${JSON.stringify(value)}`;
  }
  return { keys, root };
}

/**
 * Validates, scrubs and stores dimensions into `into`, dropping (with a
 * tally in `drops`) what CloudWatch would refuse. `base` holds dimensions
 * already counted toward the 30-dimension limit.
 */
export function collectDimensions(
  input: Dimensions,
  into: Map<string, string>,
  base: ReadonlyMap<string, string> | undefined,
  scrub: (key: string, value: string) => string,
  drops: DropLog,
): void {
  if (input === null || typeof input !== 'object') return;
  for (const name of Object.keys(input)) {
    let raw: unknown;
    try {
      raw = input[name];
    } catch {
      raw = undefined;
    }
    const text = dimensionValueToString(raw);
    const value = text === undefined || !isValidDimensionName(name) ? undefined : scrub(name, text);
    if (value === undefined || !isValidDimensionValue(value)) {
      drops.record(DropReason.InvalidDimension, String(name));
      continue;
    }
    const known = into.has(name) || base?.has(name) === true;
    const count = into.size + (base?.size ?? 0);
    if (!known && count >= MAX_DIMENSIONS) {
      drops.record(DropReason.TooManyDimensions, name);
      continue;
    }
    into.set(name, value);
  }
}

/**
 * Default dimensions (fixed at creation, fragments precomputed) plus the
 * ones added until the next flush. Fragments are rebuilt only when the
 * added dimensions changed, so the common flush costs two string reads.
 */
export function createDimensionState(defaults: Map<string, string>) {
  const defaultFragments = fragments(defaults);
  let added: Map<string, string> | undefined;
  let cached: DimensionFragments | undefined;
  return {
    defaults,
    add(input: Dimensions, scrub: (key: string, value: string) => string, drops: DropLog): void {
      added ??= new Map();
      const overrides = new Map<string, string>();
      collectDimensions(input, overrides, mergedView(defaults, added), scrub, drops);
      for (const [name, value] of overrides) added.set(name, value);
      cached = undefined;
    },
    has(name: string): boolean {
      return defaults.has(name) || added?.has(name) === true;
    },
    current(): DimensionFragments {
      if (!added || added.size === 0) return defaultFragments;
      cached ??= fragments(new Map([...defaults, ...added]));
      return cached;
    },
    clear(): void {
      added = undefined;
      cached = undefined;
    },
  };
}

function mergedView(defaults: Map<string, string>, added: Map<string, string>): Map<string, string> {
  return added.size === 0 ? defaults : new Map([...defaults, ...added]);
}

export type DimensionState = ReturnType<typeof createDimensionState>;
