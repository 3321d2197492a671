import { expect, type MatcherState } from 'vitest';
import { builtinKeyRules } from '../keyRules.js';
import { VALUE_RULE_NAMES } from '../rules/index.js';
import { scrub as defaultScrub } from '../scrub.js';
import { createScrubber } from '../scrubber.js';
import type { Scrubber } from '../types.js';

/** Same conversions (Dates, Maps, markers), no rules: what `received` looks like when nothing is PII. */
const baseline = createScrubber({
  disable: [...VALUE_RULE_NAMES, ...builtinKeyRules.map((r) => r.name), 'personName'],
});

/** What a matcher returns to vitest. */
export interface PiiMatcherResult {
  pass: boolean;
  message: () => string;
  actual: unknown;
  expected: unknown;
}

/** The matchers added to `expect` by `piiMatchers()`. */
export interface PiiMatchers<R = unknown> {
  /** Passes when scrubbing `received` changes nothing: no value rule and no key rule fires. */
  toContainNoPII(): R;
  /** Passes when scrubbing `received` gives `expected` (deep equality). */
  toScrubTo(expected: unknown): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration (`Matchers<T = any>`) to merge with it.
  interface Matchers<T = any> extends PiiMatchers<T> {}
}

/** JSON with cycles and BigInt tolerated, so a failing message can always be printed. */
const show = (value: unknown): string => {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return String(value);
  }
};

/**
 * Builds the matcher functions for one scrubber (default: the built-in rules),
 * so an app tests its own configured rule set.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { createPiiMatchers } from '@valine/pii/testing';
 * import { appScrubber } from '../src/scrubber';
 *
 * expect.extend(createPiiMatchers(appScrubber));
 * ```
 */
export function createPiiMatchers(scrubber?: Scrubber) {
  const run = <T>(value: T): T => (scrubber ? scrubber.scrub(value) : defaultScrub(value));
  return {
    toContainNoPII(this: MatcherState, received: unknown): PiiMatcherResult {
      const scrubbed = run(received);
      const pass = this.equals(scrubbed, baseline.scrub(received));
      return {
        pass,
        message: () =>
          pass
            ? `expected ${show(received)} to contain PII, but scrubbing changed nothing`
            : `expected no PII, but scrubbing changed it:\n  received: ${show(received)}\n  scrubbed: ${show(scrubbed)}`,
        actual: received,
        expected: scrubbed,
      };
    },
    toScrubTo(this: MatcherState, received: unknown, expected: unknown): PiiMatcherResult {
      const scrubbed = run(received);
      const pass = this.equals(scrubbed, expected);
      return {
        pass,
        message: () =>
          `expected ${show(received)} ${pass ? 'not ' : ''}to scrub to ${show(expected)}, got ${show(scrubbed)}`,
        actual: scrubbed,
        expected,
      };
    },
  };
}

/** The matchers for the built-in rules, for `expect.extend(matchers)`. */
export const matchers = createPiiMatchers();

/**
 * Installs `toContainNoPII()` and `toScrubTo()` on vitest's `expect`, for the
 * default rules or the given scrubber. Call it once, e.g. in a setup file.
 *
 * @example
 * ```ts
 * import { piiMatchers } from '@valine/pii/testing';
 *
 * piiMatchers();
 * expect({ msg: 'paid by jane@example.com' }).not.toContainNoPII();
 * expect('user 42 logged in').toContainNoPII();
 * ```
 */
export function piiMatchers(scrubber?: Scrubber): void {
  expect.extend(createPiiMatchers(scrubber));
}
