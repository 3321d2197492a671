import { CACHE_SIZE, DEFAULT_LIMITS, MAX_DEPTH_CAP, Marker } from './constants.js';
import { PiiConfigError } from './errors.js';
import { builtinKeyRules, isPersonContext, normalizeKey } from './keyRules.js';
import { createReplacer } from './replacement.js';
import { builtinTextRules } from './rules/index.js';
import type { KeyHit } from './rules/keyValue.js';
import { compileValueRule, createTextScanner } from './text.js';
import type { KeyRule, Scrubber, ScrubberOptions } from './types.js';
import { createWalker } from './walk.js';

const DENY_HIT: KeyHit = { kind: 'redacted', rule: 'denyKeys' };

const positive = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new PiiConfigError(`limits.${name}: positive integer`);
  return value;
};

function compileKeyRule(rule: KeyRule): (normalizedKey: string) => boolean {
  if (typeof rule.keys === 'function') {
    const test = rule.keys;
    return (k) => {
      try {
        return test(k) === true;
      } catch {
        return false;
      }
    };
  }
  const keys = new Set(rule.keys.map(normalizeKey));
  return (k) => keys.has(k);
}

/**
 * Creates a scrubber with its own rule set. Everything that can be prepared
 * (rule tables, key lookups, the replacement) is prepared here, once, so the
 * per-value path only scans.
 *
 * @example
 * ```ts
 * import { createScrubber } from '@valine/pii';
 * import { pseudonym } from '@valine/pii/pseudonym';
 *
 * const scrubber = createScrubber({
 *   rules: [{ name: 'memberNo', kind: 'member', pattern: /\bVAL-\d{6}\b/g }],
 *   denyKeys: ['internalNotes'],
 *   replacement: pseudonym({ key: process.env.PII_HASH_KEY ?? 'dev-only' }),
 * });
 * scrubber.scrub({ msg: 'Refund for jane@example.com (VAL-123456)' });
 * // → { msg: 'Refund for email:5c1f9a0e2b7d (member:0a9e…)' }
 * ```
 */
export function createScrubber(options: ScrubberOptions = {}): Scrubber {
  const disabled = new Set(options.disable ?? []);
  for (const rule of [...(options.rules ?? []), ...(options.keyRules ?? [])]) {
    if (typeof rule?.name !== 'string' || rule.name.length === 0) throw new PiiConfigError('rule without a name');
  }
  const allow = new Set((options.allowKeys ?? []).map(normalizeKey));
  const deny = new Set((options.denyKeys ?? []).map(normalizeKey));
  const keyRules = [...builtinKeyRules, ...(options.keyRules ?? [])]
    .filter((r) => !disabled.has(r.name))
    .map((r) => ({ hit: { kind: r.kind, rule: r.name }, test: compileKeyRule(r) }));

  const classified = new Map<string, KeyHit | null>();
  const classify = (normalized: string): KeyHit | null => {
    let hit = classified.get(normalized);
    if (hit !== undefined) return hit;
    hit = null;
    if (deny.has(normalized)) hit = DENY_HIT;
    else if (!allow.has(normalized)) hit = keyRules.find((rule) => rule.test(normalized))?.hit ?? null;
    if (classified.size >= CACHE_SIZE) classified.clear();
    classified.set(normalized, hit);
    return hit;
  };

  const limits = options.limits ?? {};
  const maxStringLength = positive(limits.maxStringLength, DEFAULT_LIMITS.maxStringLength, 'maxStringLength');
  const replace = createReplacer(options.replacement);
  const textRules = [
    ...builtinTextRules(classify).filter((r) => !disabled.has(r.name)),
    ...(options.rules ?? []).map(compileValueRule),
  ];
  const cacheSize = limits.cleanCacheSize ?? DEFAULT_LIMITS.cleanCacheSize;
  if (!Number.isInteger(cacheSize) || cacheSize < 0) throw new PiiConfigError('limits.cleanCacheSize: integer ≥ 0');
  const scanner = createTextScanner(textRules, replace, maxStringLength, cacheSize);

  const keyCache = new Map<string, { out: string; hit: KeyHit | null; person: boolean }>();
  const keyInfo = (key: string) => {
    let info = keyCache.get(key);
    if (info === undefined) {
      const normalized = normalizeKey(key);
      info = { out: scanner.scrub(key), hit: classify(normalized), person: isPersonContext(normalized) };
      if (keyCache.size >= CACHE_SIZE) keyCache.clear();
      keyCache.set(key, info);
    }
    return info;
  };

  const walker = createWalker({
    scanText: (text, key) => scanner.scrub(text, key),
    keyInfo,
    replace,
    contextualNames: !disabled.has('personName'),
    maxDepth: Math.min(positive(limits.maxDepth, DEFAULT_LIMITS.maxDepth, 'maxDepth'), MAX_DEPTH_CAP),
    maxNodes: positive(limits.maxNodes, DEFAULT_LIMITS.maxNodes, 'maxNodes'),
    maxBreadth: positive(limits.maxBreadth, DEFAULT_LIMITS.maxBreadth, 'maxBreadth'),
  });

  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };

  return {
    scrub: <T>(value: T): T => safely(() => walker.value(value) as T, Marker.unreadable as T),
    scrubString: (text) => safely(() => scanner.scrub(String(text)), Marker.unreadable),
    scrubField: (key, value) => safely(() => walker.field(String(key), value), Marker.unreadable),
    containsPii: (text) => safely(() => scanner.has(String(text)), true),
    isSensitiveKey: (key) => safely(() => keyInfo(String(key)).hit !== null, false),
  };
}
