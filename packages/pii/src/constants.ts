/** Default limits; every one can be changed through `limits` in `createScrubber`. */
export const DEFAULT_LIMITS = {
  /** Deeper values become `[Truncated: depth]`; also what keeps 100 000-level nesting off the call stack. */
  maxDepth: 32,
  /** Longer strings are cut before scanning, so scanning cost per string is bounded. */
  maxStringLength: 32_768,
  /** Values visited per `scrub` call. */
  maxNodes: 10_000,
  /** Array items / object keys kept per container. */
  maxBreadth: 1_000,
  /** Clean short strings remembered; only strings without findings are kept, so no PII is held. */
  cleanCacheSize: 512,
} as const;

/** Longest string the clean-string cache remembers: repeated values (routes, user agents) are short. */
export const CLEAN_CACHE_MAX_LENGTH = 256;

/** Upper bound on `maxDepth` whatever the caller asks for: the walk recurses once per level. */
export const MAX_DEPTH_CAP = 1_000;

/** How far back from a string cut we look for a token boundary, so no half-token (a cut email) survives. */
export const CUT_BACKTRACK = 256;

/** Default length of a keyed-hash pseudonym, in hex characters (48 bits). */
export const DEFAULT_HASH_LENGTH = 12;

/** Entries kept in the per-scrubber caches (key classification, pseudonyms) before they are reset. */
export const CACHE_SIZE = 2_000;

/** Visible markers that replace what cannot or must not be copied. */
export const Marker = {
  circular: '[Circular]',
  unreadable: '[Unreadable]',
  depth: '[Truncated: depth]',
  size: '[Truncated: size]',
  function: '[Function]',
  symbol: '[Symbol]',
  invalidDate: 'Invalid Date',
} as const;

/** Suffix appended to a string cut at `maxStringLength`. */
export const truncatedChars = (count: number): string => `…[Truncated: ${count} chars]`;

/** Summary entry for the items of a container beyond `maxBreadth`. */
export const truncatedItems = (count: number): string => `[Truncated: ${count} more]`;

/** Object key holding the `truncatedItems` summary of an object cut at `maxBreadth`. */
export const TRUNCATED_KEY = '…';
