import { isCoarsePlace } from './places.js';
import { MONTH_YEAR } from './rules/card.js';
import type { KeyHit } from './rules/keyValue.js';
import type { PiiKind } from './types.js';
import type { KeyInfo } from './walk.js';

/** Shapes of keys and values the structure walk decides by; pure predicates, no walking. */

export { isCoarsePlace };

export const NAME_HIT: KeyHit = { kind: 'name', rule: 'personName' };
/** A card's data found by its context: an expiry under an `exp…` key, a `number` under a card's object. */
export const CARD_HIT: KeyHit = { kind: 'card', rule: 'cardKey' };
/**
 * `exp: '04/28'`, `cc-exp: '04/2028'` (card.ts) or `ExpirationDate: '2029-03'` is a card's expiry; a JWT's `exp`
 * is a number and stays.
 */
const CARD_EXPIRY = new RegExp(`^(?:${MONTH_YEAR}|20\\d\\d-(?:0[1-9]|1[0-2]))$`);
export const isDisplayNameKey = (key: string) =>
  key.length <= 16 && key.toLowerCase().replace(/[^a-z]/g, '') === 'displayname';
export const PAIR_NAME = /^(?:name|key|field)$/i;
export const PAIR_VALUE = /^value$/i;
export const FIELD_NAME = /^[\w.:-]{1,128}$/;
export const isExpiry = (info: KeyInfo, value: unknown) =>
  info.expiry && typeof value === 'string' && value.length <= 9 && CARD_EXPIRY.test(value);
/** Key hits whose object values are walked (see `byKey`). */
export const opens = (hit: KeyHit, key: string) =>
  hit.kind === 'email' ||
  (key.length === 3 && key.toLowerCase() === 'jwt') ||
  // CloudTrail's `accessKey: { accessKeyId, status, userName }`: the key ID is found by its shape, a secret by its key.
  (hit.rule === 'secret' && /access_?key$/i.test(key));
/** One token of letters, digits, `_` `.` `:` `/` `-` `[` `]` with a `_` or `.` inside: a resource name or handle. */
export const IDENTIFIER = /^(?=[^_.]*[\w\]][_.]\w)[\w.:/[\]-]{1,256}$/;
export const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
export const isAuthKey = (key: string) => key.length === 4 && key.toLowerCase() === 'auth';
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
