import { TOKEN_SHAPED, WEAK_TOKEN_HIT } from './keyRules.js';
import type { Replacer } from './replacement.js';
import { MONTH_YEAR } from './rules/card.js';
import { ipWithPort } from './rules/ip.js';
import type { KeyHit } from './rules/keyValue.js';
import type { PiiKind } from './types.js';

/** Shapes of keys and values the structure walk decides by; pure predicates, no walking. */

/** What the walk needs to know of a key; computed once per distinct key and cached by the scrubber. */
export interface KeyInfo {
  /** The key itself, scrubbed. */
  out: string;
  /** The key as key rules see it (`normalizeKey`). */
  normalized: string;
  hit: KeyHit | null;
  /** It names a person's object (`user`, `customer`…). */
  person: boolean;
  /** It says expiry (`exp`, `cc-exp`): a month/year under it is a card's. */
  expiry: boolean;
  /** It is `name` or a translation, a person's only in a person's object. */
  nameWord: boolean;
  /** It is `number` / `num`: a card number under a card's object (`card: { number }`). */
  numberWord: boolean;
  /** It names a card's object (`card`, `paymentCard`, `creditCard`). */
  cardContext: boolean;
  /** It is `access`, `refresh`, `invite`…: a token's name only when the value looks generated. */
  weakToken: boolean;
}

export const NAME_HIT: KeyHit = { kind: 'name', rule: 'personName' };
/** A card's data found by its context: an expiry under an `exp…` key, a `number` under a card's object. */
export const CARD_HIT: KeyHit = { kind: 'card', rule: 'cardKey' };
/**
 * `exp: '04/28'`, `cc-exp: '04/2028'` (card.ts) or `ExpirationDate: '2029-03'` is a card's expiry; a JWT's `exp`
 * is a number and stays.
 */
const CARD_EXPIRY = new RegExp(`^(?:${MONTH_YEAR}|20\\d\\d-(?:0[1-9]|1[0-2]))$`);
export const PAIR_NAME = /^(?:name|key|field)$/i;
export const PAIR_VALUE = /^value$/i;
export const FIELD_NAME = /^[\w.:-]{1,128}$/;
const isExpiry = (info: KeyInfo, value: unknown) =>
  info.expiry && typeof value === 'string' && value.length <= 9 && CARD_EXPIRY.test(value);
/** A hit a key earns only with its value: a card's expiry under `exp…`, a generated token under `refresh`. */
export const valueHit = (info: KeyInfo, value: unknown): KeyHit | null =>
  isExpiry(info, value)
    ? CARD_HIT
    : info.weakToken && typeof value === 'string' && TOKEN_SHAPED.test(value)
      ? WEAK_TOKEN_HIT
      : null;
/** Key hits whose object values are walked (see `byKey`). */
export const opens = (hit: KeyHit, key: string) =>
  hit.kind === 'email' ||
  (key.length === 3 && key.toLowerCase() === 'jwt') ||
  // CloudTrail's `accessKey: { accessKeyId, status, userName }`: the key ID is found by its shape, a secret by its key.
  (hit.rule === 'secret' && /access_?key$/i.test(key));
/** One token of letters, digits, `_` `.` `:` `/` `-` `[` `]` with a `_` or `.` inside: a resource name or handle. */
export const IDENTIFIER = /^(?=[^_.]*[\w\]][_.]\w)[\w.:/[\]-]{1,256}$/;
/** An object's own keys, or null when a proxy trap throws. */
export const ownKeys = (value: object): string[] | null => {
  try {
    return Object.keys(value);
  } catch {
    return null;
  }
};

/** A plain object; a proxy whose trap throws is not one (and is then blanked, not read). */
export const isPlain = (value: object) => {
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
};
/** A string, number, boolean or null: what a kept part of an opened object may be. */
export const isScalar = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
/** Whether a walked (plain, already scrubbed) result holds an object or a list. */
export const nests = (walked: unknown) =>
  typeof walked === 'object' &&
  walked !== null &&
  Object.values(walked).some((v) => typeof v === 'object' && v !== null);
export const PERSONAL_KINDS = new Set<PiiKind>(['email', 'phone', 'name', 'dob', 'address', 'ssn', 'card']);

export const isError = (v: object): v is Error =>
  v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';

/** A cheap first test before FULL_NAME: an ASCII capital, or any letter past Latin-1's symbols (`Ł`, `Ö`, `Ş`). */
export const isCapital = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 0xc0;
};
/** Any script's capitalized words (`Jürgen Weißmann`, `Łukasz Wałęsa`, `Siobhán Ní Bhriain`), with particles (`Sven van der Berg`). */
export const FULL_NAME =
  /^\p{Lu}[\p{Ll}'’-]+(?: (?:(?:van|von|der|den|de|da|di|del|della|la|le|du|dos|das|ten|ter|bin|al|el|y) ){0,2}\p{Lu}[\p{Ll}'’.-]*){1,3}$/u;

/** A value under a key rule, replaced whole; under an IP key an `address:port` keeps its port. */
export function replaceValue(replace: Replacer, hit: KeyHit, text: string, key: string): string {
  const at = hit.kind === 'ip' ? ipWithPort(text) : null;
  if (at === null) return replace({ kind: hit.kind, value: text, rule: hit.rule, key });
  const ip = replace({ kind: 'ip', value: text.slice(at[0], at[1]), rule: hit.rule, key });
  return text.slice(0, at[0]) + ip + text.slice(at[1]);
}

export interface WalkOptions {
  scanText(text: string, key?: string): string;
  /** Key rules for a raw key (cached by the caller), the key itself scrubbed, and whether it names a person's object. */
  keyInfo(key: string): KeyInfo;
  replace: Replacer;
  /** Whether `name` under a person-like parent counts as a person's name (the `personName` rule). */
  contextualNames: boolean;
  maxDepth: number;
  maxNodes: number;
  maxBreadth: number;
}

/** The structure walk (`walk.ts`). */
export interface Walker {
  value(value: unknown): unknown;
  /** `value` as if it sat under `key` in an object: key rules first, then the walk. */
  field(key: string, value: unknown): unknown;
}
