import { CACHE_SIZE, DEFAULT_LIMITS, MAX_DEPTH_CAP, Marker } from './constants.js';
import { PiiConfigError } from './errors.js';
import { builtinKeyRules, isExpiryKey, isNameWord, isPersonContext, isWeakTokenKey, normalizeKey } from './keyRules.js';
import { createReplacer } from './replacement.js';
import { builtinTextRules } from './rules/index.js';
import type { KeyHit } from './rules/keyValue.js';
import { compileValueRule, createTextScanner } from './text.js';
import type { KeyRule, Scrubber, ScrubberOptions, ScrubLimits } from './types.js';
import { createWalker } from './walk.js';
import type { KeyInfo } from './walkShapes.js';

const DENY_HIT: KeyHit = { kind: 'redacted', rule: 'denyKeys' };

type Limits = Required<ScrubLimits>;

/** Fills in the defaults and checks each limit once: integers, ≥ 1 except the cache size (0 turns it off). */
function resolveLimits(given: ScrubLimits | undefined): Limits {
  const limits = { ...DEFAULT_LIMITS } as Limits;
  for (const name of Object.keys(limits) as (keyof Limits)[]) {
    const value = given?.[name] ?? limits[name];
    const min = name === 'cleanCacheSize' ? 0 : 1;
    if (!Number.isInteger(value) || value < min) throw new PiiConfigError(`limits.${name}: integer ≥ ${min}`);
    limits[name] = value;
  }
  return limits;
}

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

  // Callers cache by raw key (keyInfo here, the keyValue text rule), so this runs once per distinct key.
  const classify = (normalized: string): KeyHit | null =>
    deny.has(normalized)
      ? DENY_HIT
      : allow.has(normalized)
        ? null
        : (keyRules.find((rule) => rule.test(normalized))?.hit ?? null);

  const limits = resolveLimits(options.limits);
  const replace = createReplacer(options.replacement);
  const textRules = [
    ...builtinTextRules(classify).filter((r) => !disabled.has(r.name)),
    ...(options.rules ?? []).map(compileValueRule),
  ];
  const scanner = createTextScanner(
    textRules,
    replace,
    limits.maxStringLength,
    limits.cleanCacheSize,
    (options.rules ?? []).length === 0,
  );

  const keyCache = new Map<string, KeyInfo>();
  const keyInfo = (key: string): KeyInfo => {
    let info = keyCache.get(key);
    if (info === undefined) {
      const normalized = normalizeKey(key);
      info = {
        out: scanner.scrub(key),
        normalized,
        hit: classify(normalized),
        person: isPersonContext(normalized),
        expiry: isExpiryKey(normalized),
        nameWord: isNameWord(normalized),
        numberWord: normalized === 'number' || normalized === 'num',
        cardContext: normalized.endsWith('card'),
        weakToken: isWeakTokenKey(normalized),
      };
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
    maxDepth: Math.min(limits.maxDepth, MAX_DEPTH_CAP),
    maxNodes: limits.maxNodes,
    maxBreadth: limits.maxBreadth,
  });

  // Each entry point fences its own work in a try: no closure per call on the logger's hot path.
  return {
    scrub<T>(value: T): T {
      try {
        return walker.value(value) as T;
      } catch {
        return Marker.unreadable as T;
      }
    },
    scrubString(text) {
      try {
        return scanner.scrub(typeof text === 'string' ? text : String(text));
      } catch {
        return Marker.unreadable;
      }
    },
    scrubField(key, value) {
      try {
        return walker.field(String(key), value);
      } catch {
        return Marker.unreadable;
      }
    },
    containsPii(text) {
      try {
        return scanner.has(String(text));
      } catch {
        return true;
      }
    },
    isSensitiveKey(key) {
      try {
        return keyInfo(String(key)).hit !== null;
      } catch {
        return false;
      }
    },
  };
}
