import { isAlnumCode, NEED_DOB, NEED_KEY_VALUE } from '../chars.js';
import { CACHE_SIZE } from '../constants.js';
import { cookieValueSpans } from '../cookies.js';
import { keptUnderKey } from '../keptParts.js';
import { isExpiryKey, isNameWord, isWeakTokenKey, normalizeKey, TOKEN_SHAPED, WEAK_TOKEN_HIT } from '../keyRules.js';
import type { PiiKind } from '../types.js';
import { MONTH_YEAR } from './card.js';
import { mayOpen, openedPartHit } from './enclosing.js';
import { ipWithPort } from './ip.js';
import { isPersonInText, nameAfterKey } from './keyedName.js';
import type { Report, TextRule } from './rule.js';
import {
  AUTH_SCHEME_WORDS,
  cookieEnd,
  isQuote,
  isStop,
  MAX_VALUE,
  scopeStart,
  typedValue,
  valueEnd,
  wordEnd,
} from './valueBounds.js';

/** What the key classifier says about a normalized key. */
export interface KeyHit {
  kind: PiiKind;
  rule: string;
}

/**
 * `key=value`, `key: value`, `"key":"value"` (also JSON escaped inside a
 * string, `\"key\":\"value\"`) and query parameters. Scanning starts from
 * each `=` / `:` and reads the key backwards (at most 48 characters), so the
 * cost follows the number of separators, not the length of the text.
 */
const MAX_KEY = 48;
/** Blanks between a key, its separator and its value: aligned columns (`"DB_PASSWORD"        = "…"` in a Terraform plan). */
const MAX_PAD = 32;

/** Keys too generic in prose ("tests pass: 12", "auth: ok", "name: checkout") to redact by key alone after `: `. */
const PROSE_AMBIGUOUS = new Set(['pass', 'auth', 'session', 'pin', 'cell', 'forwarded']);
const EXPIRY_VALUE = new RegExp(String.raw`^\\?["']?(${MONTH_YEAR})(?![\d/])`);
/** `"Name":"birthdate",` / `\\"Key\\":\\"email\\", ` right before a `Value` key. */
const PAIR_NAME_BEFORE = /(?:name|key|field)\\?["']?\s*[:=]\s*\\?["']([\w.:-]{1,64})\\?["']\s*,\s*\\?["']?$/i;
const MAX_PAIR_NAME = 100;
/** `user=66390`: a key/value pair, not a value (base64 padding is never followed by more characters). */
const INNER_PAIR = /^[A-Za-z_][\w.-]{0,47}=(?!=|$)/;
const LITERALS = new Set(['null', 'true', 'false', 'undefined', 'none', 'nil', '""', "''"]);

/**
 * `JWT: clave inválida`, `token: invalid signature`: after `key: ` in prose, a lower-case word and another is a
 * message, not a credential (generated values carry digits, capitals or symbols). An auth scheme is not a word
 * of prose (`authorization: token …`).
 */
const PROSE_AFTER_KEY = new RegExp(
  String.raw`^(?!(?:${AUTH_SCHEME_WORDS}|hmac|apikey)\b)\p{Ll}{2,20} \p{Ll}{2,}(?![\p{L}\p{N}_])`,
  'u',
);
/** Kinds whose values are generated, never a lower-case word of prose; a password or a secret may be a passphrase. */
const GENERATED_KINDS = new Set(['token', 'jwt', 'credential', 'session']);

/** SQL / template placeholders (`email = $1`, `password: ?`) are not values. */
const PLACEHOLDER = /^(?:\$\d+|\?|:[a-z_]\w*|%s)$/i;
/** Characters of a key (letters, digits, `_`, `.`, `-`, `[`, `]`): one table read per character walked back. */
const KEY_CODES = new Uint8Array(128).map((_, c) =>
  isAlnumCode(c) || c === 95 || c === 46 || c === 45 || c === 91 || c === 93 ? 1 : 0,
);
const isKeyCode = (c: number) => c < 128 && KEY_CODES[c] === 1;
const isBlank = (c: number) => c === 32 || c === 9;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where the key found by the last `keyBefore` ends, and whether it was a command-line flag: results without an array per separator. */
let keyEnd = 0;
let keyIsFlag = false;

/** The start of the key ending just before the separator at `sep` (its end in `keyEnd`), or -1. */
function keyBefore(text: string, sep: number): number {
  let k = sep;
  for (let n = 0; n < MAX_PAD && k > 0 && isBlank(text.charCodeAt(k - 1)); n++) k--;
  if (k > 0 && isQuote(text.charCodeAt(k - 1))) k--;
  if (k > 0 && text.charCodeAt(k - 1) === 92) k--;
  const end = k;
  while (k > 0 && end - k <= MAX_KEY && isKeyCode(text.charCodeAt(k - 1))) k--;
  // `_authToken=` in an .npmrc, `[user.dob=…` in a list, `--password=` on a command line: leading underscores,
  // brackets and dashes are not part of the name.
  const named = k;
  while (k < end && (text.charCodeAt(k) === 95 || text.charCodeAt(k) === 91 || text.charCodeAt(k) === 45)) k++;
  if (end - k > MAX_KEY || k === end || !isLetter(text.charCodeAt(k))) return -1;
  let b = k;
  if (b > 0 && isQuote(text.charCodeAt(b - 1))) b--;
  if (b > 0 && text.charCodeAt(b - 1) === 92) b--;
  if (b > 0 && (isAlnumCode(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 92)) return -1;
  // An unquoted word right after `:` or `=` is part of a value (`arn:…:secret:name`, `bucket=otp:verify`), not a key;
  // before `=`, a word after `ns:` is a namespaced key (`valine:refreshToken=…` in a localStorage dump).
  const before = b > 0 ? text.charCodeAt(b - 1) : 0;
  // `node:internal/crypto/sig:128:29`: a path's last segment before `:line`, not a key.
  const after = text.charCodeAt(sep + 1);
  if (before === 47 && text.charCodeAt(sep) === 58 && after >= 48 && after <= 57) return -1;
  if (
    b === k &&
    (before === 61 || (before === 58 && !(text.charCodeAt(sep) === 61 && isAlnumCode(text.charCodeAt(b - 2)))))
  )
    return -1;
  keyEnd = end;
  keyIsFlag = text.charCodeAt(named) === 45 && text.charCodeAt(k - 1) === 45;
  return k;
}

/** Whether `text` has `%3D` / `%3d` (an escaped `=`) at `i`. */
const isEscapedEquals = (text: string, i: number) =>
  text.charCodeAt(i) === 37 && text.charCodeAt(i + 1) === 51 && (text.charCodeAt(i + 2) | 32) === 100;

/** A date of birth announced in prose: `DOB 04/12/1980`, `born on 1985-07-14`, `date of birth: 1990.01.31`, `birth date 07/22/1979`. */
const DOB_TEXT =
  /\b(?:DOB|D\.O\.B\.|[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?: on)?)[:= ]{1,3}(?:is |was )?(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/g;

export function createKeyValueRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  // Raw key → its normalized form and classification, so a repeated key costs one lookup.
  const known = new Map<
    string,
    { key: string; hit: KeyHit | null; expiry: boolean; nameWord: boolean; pairValue: boolean; weakToken: boolean }
  >();
  // `customer=Pieter de Jong`, `owner contact: Wojciech Zieliński`: a person's key before a full name is read like `name`.
  const lookup = (raw: string) => {
    let facts = known.get(raw);
    if (facts === undefined) {
      const key = normalizeKey(raw);
      const hit = classify(key);
      facts = {
        key,
        hit,
        expiry: hit === null && isExpiryKey(key),
        nameWord: hit === null && (isNameWord(key) || isPersonInText(key)),
        pairValue: key === 'value',
        weakToken: hit === null && isWeakTokenKey(key),
      };
      if (known.size >= CACHE_SIZE) known.clear();
      known.set(raw, facts);
    }
    return facts;
  };
  /** Whether the text being read may hold an address, session or credentials object (`enclosing.ts`). */
  let openable = false;
  function findKeyValues(text: string, report: Report, has: number): void {
    if ((has & NEED_DOB) !== 0) {
      DOB_TEXT.lastIndex = 0;
      for (let m = DOB_TEXT.exec(text); m !== null; m = DOB_TEXT.exec(text)) {
        const end = m.index + m[0].length;
        report(end - (m[1] as string).length, end, 'dob');
      }
    }
    if ((has & NEED_KEY_VALUE) === 0) {
      if (text.includes('%3D') || text.includes('%3d')) findEncodedPairs(text, report);
      return;
    }
    if (text.includes('%3D') || text.includes('%3d')) findEncodedPairs(text, report);
    openable = mayOpen(text, lookup);
    let nextEq = text.indexOf('=');
    let nextColon = text.indexOf(':');
    while (nextEq >= 0 || nextColon >= 0) {
      const colon = nextEq < 0 || (nextColon >= 0 && nextColon < nextEq);
      const sep = colon ? nextColon : nextEq;
      let resume = sep + 1;
      const ks = keyBefore(text, sep);
      if (ks >= 0) resume = Math.max(resume, valueAfter(text, ks, keyEnd, sep, colon, report));
      if (nextEq >= 0 && nextEq < resume) nextEq = text.indexOf('=', resume);
      if (nextColon >= 0 && nextColon < resume) nextColon = text.indexOf(':', resume);
    }
  }

  /**
   * `key%3Dvalue` pairs of a URL carried, encoded, inside another URL's parameter (a tracked link's
   * `dl=…%3Femail%3D…%26token%3D…`): the key is read back to the escape before it, the value runs
   * to the next escaped `&` or a stop.
   */
  function findEncodedPairs(text: string, report: Report): void {
    // One `%` search walks the text once, whatever the number of escapes.
    for (let sep = text.indexOf('%'); sep >= 0; sep = text.indexOf('%', sep + 1)) {
      if (!isEscapedEquals(text, sep)) continue;
      let k = sep;
      while (k > 0 && sep - k <= MAX_KEY && isKeyCode(text.charCodeAt(k - 1))) k--;
      // `%3Femail`: the two hex digits belong to the escape before the key.
      if (k > 0 && text.charCodeAt(k - 1) === 37) k += 2;
      if (k >= sep || !isLetter(text.charCodeAt(k))) continue;
      const hit = lookup(text.slice(k, sep)).hit;
      if (hit === null) continue;
      const start = sep + 3;
      let end = start;
      while (end < text.length && end - start < MAX_VALUE && !isStop(text.charCodeAt(end))) {
        if (text.charCodeAt(end) === 37 && text.charCodeAt(end + 1) === 50 && text.charCodeAt(end + 2) === 54) break;
        end++;
      }
      if (end > start) report(start, end, hit.kind);
      // Escapes inside a value are not keys: each character is read once.
      if (end > sep + 1) sep = end - 1;
    }
  }

  /** The key rule of the name a `Value` is paired with (`"Name":"birthdate","Value":…`), read just before it. */
  function pairedHit(text: string, valueKeyStart: number): KeyHit | null {
    const pair = PAIR_NAME_BEFORE.exec(text.slice(Math.max(0, valueKeyStart - MAX_PAIR_NAME), valueKeyStart));
    return pair === null ? null : lookup(pair[1] as string).hit;
  }

  /** Reports the value after `sep` when the key is sensitive; returns where scanning resumes. */
  function valueAfter(text: string, ks: number, ke: number, sep: number, colon: boolean, report: Report) {
    const facts = lookup(text.slice(ks, ke));
    const { key, expiry: expiryKey, nameWord } = facts;
    // `{"Name":"birthdate","Value":"1991-04-17"}` in text: the value is judged by the name it is paired with.
    // `refresh=rt.0ddcQ8…`: a weak token key counts only before a generated-looking value (checked below).
    let hit = (facts.pairValue ? pairedHit(text, ks) : facts.hit) ?? (facts.weakToken ? WEAK_TOKEN_HIT : null);
    if (hit === null && !nameWord && !expiryKey) {
      // `"address":{"line1":…,"line2":"Apt 4B"}` in text: a part of an object the walk opens goes by its parent.
      hit = openable ? openedPartHit(text, ks, key, lookup) : null;
      // Most keys are neither sensitive nor `name` nor `exp…` nor in such an object: nothing more to read.
      if (hit === null) return 0;
    }
    let start = sep + 1;
    for (let n = 0; n < MAX_PAD && isBlank(text.charCodeAt(start)); n++) start++;
    if (expiryKey) {
      // `"exp":"06/29"`, `exp=09%2F27`: a card's expiry; a JWT's numeric `exp` does not match.
      const window = text.slice(start, start + 16);
      const escaped = window.search(/%2F/i);
      const expiry = EXPIRY_VALUE.exec(escaped < 0 ? window : window.replace(/%2F/i, '/'));
      if (expiry) {
        // An escaped `/` inside the match is two characters longer in the text than in the window.
        const shift = escaped >= 0 && escaped < expiry[0].length ? 2 : 0;
        const end = start + expiry[0].length + shift;
        report(end - (expiry[1] as string).length - shift, end, 'card');
      }
      return 0;
    }
    if (nameWord) {
      // `name: Jane Roe` or `name: "佐藤 浩"` is a person; `name: checkout-api` is not.
      const window = text.slice(start, start + 80);
      const person = nameAfterKey(text, ks, key, window, lookup);
      if (person) report(start + person[0].length - (person[1] as string).length, start + person[0].length, 'name');
      return 0;
    }
    // Quoted (`"pass":`) or `=` (`&pass=`) keys are data, not prose.
    if (PROSE_AMBIGUOUS.has(key) && colon && !isQuote(text.charCodeAt(ke))) return 0;
    if (hit === null || start >= text.length) return 0;
    const first = text.charCodeAt(start);
    const quoted = isQuote(first) || first === 92;
    // `--password=Tr0ub4dor&3x`: an unquoted flag value is one shell word, `&` and `,` included.
    let end = keyIsFlag && !quoted && !colon ? wordEnd(text, start) : valueEnd(text, start, hit.kind, colon);
    // A presigned URL's `X-Amz-Credential=AKIA…%2F20261129%2Feu-west-1%2Fs3%2Faws4_request`: the key ID goes, its scope stays.
    if (key === 'xamzcredential') end = scopeStart(text, start, end);
    const vStart = quoted ? start + (first === 92 ? 2 : 1) : start;
    if (end <= vStart) return 0;
    const value = text.slice(vStart, end);
    // First-character checks keep the lower-casing and the regex off most values.
    const c = value.charCodeAt(0);
    // A DynamoDB attribute (`"pushToken":{"S":"ExponentPushToken[…]"}`): the typed value inside goes.
    if (c === 123) return typedValue(text, vStart, hit.kind, report);
    if (c === 91 || (value.length < 10 && LITERALS.has(value.toLowerCase()))) return 0;
    if ((c === 36 || c === 63 || c === 58 || c === 37) && PLACEHOLDER.test(value)) return 0;
    // `libphonenumber: NOT_A_NUMBER`: a phone has digits; `emails=31907` is a count, not an address.
    if (hit.kind === 'phone' && !/\d/.test(value)) return 0;
    // `Manage emails: https://…`, `reset your password: https://…?token=…`: a link is not the value a key names;
    // its own parameters and user-info are read by the value rules.
    if (value.startsWith('https://') || value.startsWith('http://')) return 0;
    if (hit.kind === 'email' && /^\d+$/.test(value)) return 0;
    // `sig=v1`: a version marker; no secret is three characters long (a password may be, and stays covered).
    if (hit.kind === 'secret' && value.length < 4) return 0;
    // A handle as a display name, a Twilio SID, `PWD=/home/ops`, a payload signature (read to its word's end:
    // `t=…,v1=…` holds commas): see `keptParts.ts`, shared with the structure walk.
    if (keptUnderKey(key, hit, key.endsWith('signature') ? text.slice(vStart, wordEnd(text, vStart)) : value)) return 0;
    if (hit === WEAK_TOKEN_HIT && !TOKEN_SHAPED.test(value)) return 0;
    if (colon && !quoted && GENERATED_KINDS.has(hit.kind) && PROSE_AFTER_KEY.test(text.slice(vStart, vStart + 64))) {
      return 0;
    }
    // `users.resetPassword: user=66390 …`: a dotted label (a handler's name) before `: `, and the pair after
    // it is read on its own.
    // `API GW access: requestId=…`: a weak token key before a pair names no token either.
    if (colon && !quoted && INNER_PAIR.test(value) && (hit === WEAK_TOKEN_HIT || text.lastIndexOf('.', ke) >= ks)) {
      return 0;
    }
    // `Cookie: vsid=…; theme=dark`, `Set-Cookie: vsid=…; Path=/; HttpOnly`: as in the walk, each cookie keeps its
    // name, and a preference keeps its value or an attribute its setting.
    const cookies = hit.rule === 'cookie' ? cookieValueSpans(value) : null;
    if (cookies !== null) {
      for (const [from, to] of cookies) report(vStart + from, vStart + to, hit.kind);
      return end;
    }
    // Not a list: a `Set-Cookie` value still keeps what follows its first `;`.
    if (key === 'setcookie') end = Math.min(end, cookieEnd(text, start, end));
    const address = hit.kind === 'ip' ? ipWithPort(value) : null;
    if (address !== null) report(vStart + address[0], vStart + address[1], 'ip');
    else report(vStart, end, hit.kind);
    return end;
  }

  return {
    name: 'keyValue',
    kind: 'secret',
    need: NEED_KEY_VALUE | NEED_DOB,
    find: findKeyValues,
  };
}
