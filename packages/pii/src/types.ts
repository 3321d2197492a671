/**
 * Public types of @valine/pii. Other packages (logger, sentry, metrics) code
 * against these; keep them stable.
 */

/** The kind of PII a rule finds; used in labels (`[email]`) and pseudonyms (`email:9f2c…`). */
export type PiiKind =
  | 'email'
  | 'phone'
  | 'card'
  | 'ssn'
  | 'ip'
  | 'jwt'
  | 'credential'
  | 'aws_key'
  | 'token'
  | 'private_key'
  | 'password'
  | 'secret'
  | 'name'
  | 'address'
  | 'dob'
  | 'iban'
  | (string & {});

/** One place a value rule found PII inside a string: `text.slice(start, end)`. */
export interface PiiMatch {
  start: number;
  end: number;
  /** The kind of this match when it differs from the rule's (a key/value rule finding an `[email]`). */
  kind?: PiiKind;
}

/**
 * A value rule finds PII inside any string. `find` must run in linear time
 * and return non-overlapping matches; `validate` (optional) confirms a
 * candidate (Luhn, mod-97, address parsing) so lookalikes stay intact.
 */
export interface ValueRule {
  /** Unique name; used to disable the rule (`disable: ['phone']`). */
  name: string;
  kind: PiiKind;
  /** A global regex (`g` flag) or a function returning matches. */
  pattern: RegExp | ((text: string) => PiiMatch[]);
  /** Return false to keep a candidate. Receives the matched text. */
  validate?: (match: string) => boolean;
  /** Cheap pre-check: skip the rule when the string cannot contain a match (e.g. no `@`). */
  quickCheck?: (text: string) => boolean;
}

/**
 * A key rule redacts a whole value by the name of its key. Keys are
 * normalized before matching: lower-cased, `-` `_` `.` and spaces removed
 * (`X-Forwarded-For` → `xforwardedfor`).
 */
export interface KeyRule {
  name: string;
  kind: PiiKind;
  /** Normalized key names matched exactly, or a test on the normalized key. */
  keys: readonly string[] | ((normalizedKey: string) => boolean);
}

/** What a replacement function receives. */
export interface ReplacementContext {
  kind: PiiKind;
  /** The original text (value rule) or stringified value (key rule). */
  value: string;
  /** The rule's name. */
  rule: string;
  /** The key under which the value sits, if any. */
  key?: string;
}

/**
 * How a finding is replaced:
 * - `'label'` (default): `[email]`
 * - `'mask'`: keeps the length shape and a hint (`j***@e***.com`, `**** **** **** 4242` for cards)
 * - a function returning the replacement text, such as `pseudonym({ key })` from `@valine/pii/pseudonym`:
 *   a keyed HMAC-SHA-256 pseudonym `email:9f2c1a…`, stable across calls, processes and runtimes for one
 *   key, so one user can be followed without seeing the address.
 */
export type Replacement = 'label' | 'mask' | ((context: ReplacementContext) => string);

export interface ScrubLimits {
  /** Deeper values become `[Truncated: depth]`. Default 32. */
  maxDepth?: number;
  /** Strings longer than this are cut (marker `…[Truncated: N chars]`) before scanning. Default 32 768. */
  maxStringLength?: number;
  /** Total nodes visited per call; the rest becomes `[Truncated: size]`. Default 10 000. */
  maxNodes?: number;
  /** Array items / object keys kept per container; the rest is summarized. Default 1 000. */
  maxBreadth?: number;
  /**
   * Short strings (≤ 256 characters) found clean, remembered per scrubber so a repeated route or
   * user agent is not scanned again; oldest first out. 0 disables. Default 512.
   */
  cleanCacheSize?: number;
}

export interface ScrubberOptions {
  /** Extra value rules, run after the built-ins. */
  rules?: ValueRule[];
  /** Extra key rules. */
  keyRules?: KeyRule[];
  /** Names of built-in rules (value or key) to turn off. */
  disable?: string[];
  /** Keys whose values are never redacted by key rules (value rules still scan strings). */
  allowKeys?: string[];
  /** Keys whose values are always redacted whole. */
  denyKeys?: string[];
  replacement?: Replacement;
  limits?: ScrubLimits;
}

export interface Scrubber {
  /** Returns a scrubbed, JSON-serializable copy. Never throws, never mutates. */
  scrub<T>(value: T): T;
  /** Scrubs one string with the value rules. Never throws. */
  scrubString(text: string): string;
  /**
   * Scrubs `value` as if it sat under `key`: key rules first, then value rules.
   * Lets the logger and Sentry filters scrub one field without wrapping it in an object.
   */
  scrubField(key: string, value: unknown): unknown;
  /** True when any value rule finds PII in `text`. */
  containsPii(text: string): boolean;
  /** True when key rules redact values under `key`. */
  isSensitiveKey(key: string): boolean;
}
