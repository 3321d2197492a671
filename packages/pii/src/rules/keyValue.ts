import { Ch } from '../chars.js';
import { CACHE_SIZE } from '../constants.js';
import { normalizeKey } from '../keyRules.js';
import type { PiiKind } from '../types.js';
import type { Report, TextRule } from './rule.js';

/** What the key classifier says about a normalized key. */
export interface KeyHit {
  kind: PiiKind;
  rule: string;
}

/**
 * `key=value`, `key: value`, `"key":"value"` (also JSON escaped inside a
 * string, `\"key\":\"value\"`) and query parameters. The key is bounded to
 * 48 characters and must start a token, so each position costs O(1).
 */
const KEY = /(?<![\w\\])\\?["']?([A-Za-z][\w.[\]-]{0,47})\\?["']?[ \t]{0,3}([:=])[ \t]{0,3}/g;

/** Keys too generic in prose ("tests pass: 12", "auth: ok", "name: checkout") to redact by key alone. */
const PROSE_AMBIGUOUS = new Set(['pass', 'auth', 'session', 'pin', 'cell', 'forwarded', 'name']);
const MAX_VALUE = 4_096;
const PERSON_VALUE = /^\\?["']?([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’.-]*){1,3})/;
const LITERALS = new Set(['null', 'true', 'false', 'undefined', 'none', 'nil', '""', "''"]);

const AUTH_SCHEMES = /^(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|ApiKey|AWS4-HMAC-SHA256)$/i;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** SQL / template placeholders (`email = $1`, `password: ?`) are not values. */
const PLACEHOLDER = /^(?:\$\d+|\?|:[a-z_]\w*|%s|\$\{\w+\}|\{\{?\w+\}?\})$/i;
const isStop = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 38 ||
  c === 59 ||
  c === 44 ||
  c === 34 ||
  c === 39 ||
  c === 41 ||
  c === 93 ||
  c === 125 ||
  c === 60 ||
  c === 62 ||
  c === 92 ||
  c === 124;

/** Where a value starting at `i` ends, by its quoting and by what kind of data the key announces. */
function valueEnd(text: string, i: number, kind: PiiKind, colon: boolean): number {
  const first = text.charCodeAt(i);
  if (first === 34 || first === 39) {
    const close = text.indexOf(text[i] as string, i + 1);
    return close < 0 || close - i > MAX_VALUE ? -1 : close;
  }
  if (first === 92 && text.charCodeAt(i + 1) === 34) {
    const close = text.indexOf('\\"', i + 2);
    return close < 0 || close - i > MAX_VALUE ? -1 : close;
  }
  const limit = Math.min(text.length, i + MAX_VALUE);
  // Header-style credentials: `Bearer x`, `Digest a=1, b=2`, `sid=abc; theme=dark` run over several tokens.
  if (colon && kind === 'credential') {
    let j = i;
    let first = true;
    for (;;) {
      const tokenStart = j;
      while (j < limit && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 34) j++;
      const token = text.slice(tokenStart, j);
      const more = (first && AUTH_SCHEMES.test(token)) || /[;,]$/.test(token);
      if (!more || text.charCodeAt(j) !== 32) return /[;,]$/.test(token) ? j - 1 : j;
      first = false;
      j++;
    }
  }
  let j = i;
  while (j < limit && !isStop(text.charCodeAt(j))) j++;
  // Names and street addresses are several words: take following capitalized / numeric words.
  if (kind === 'name' || kind === 'address') {
    const rest = /^(?: [A-Z0-9][\w'.-]{0,30}){1,6}/.exec(text.slice(j, j + 200));
    if (rest) j += rest[0].length;
  }
  return j;
}

export function createKeyValueRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  // Raw key → normalized key, so repeated keys skip the string work.
  const normalized = new Map<string, string>();
  function findKeyValues(text: string, report: Report): void {
    KEY.lastIndex = 0;
    for (let m = KEY.exec(text); m !== null; m = KEY.exec(text)) {
      const raw = m[1] ?? '';
      let key = normalized.get(raw);
      if (key === undefined) {
        key = normalizeKey(raw);
        if (normalized.size >= CACHE_SIZE) normalized.clear();
        normalized.set(raw, key);
      }
      if (PROSE_AMBIGUOUS.has(key)) {
        // `name: Jane Roe` is a person; `name: checkout-api` is not.
        const from = m.index + m[0].length;
        const person = key === 'name' ? PERSON_VALUE.exec(text.slice(from, from + 80)) : null;
        if (person) report(from + person[0].length - (person[1] as string).length, from + person[0].length, 'name');
        continue;
      }
      const hit = classify(key);
      if (hit === null) continue;
      const start = m.index + m[0].length;
      if (start >= text.length) continue;
      const quoted = text.charCodeAt(start) === 34 || text.charCodeAt(start) === 39 || text.charCodeAt(start) === 92;
      const end = valueEnd(text, start, hit.kind, m[2] === ':');
      const vStart = quoted ? start + (text.charCodeAt(start) === 92 ? 2 : 1) : start;
      if (end <= vStart) continue;
      const value = text.slice(vStart, end);
      if (LITERALS.has(value.toLowerCase()) || PLACEHOLDER.test(value) || /^[[{]/.test(value)) continue;
      report(vStart, end, hit.kind);
      KEY.lastIndex = end;
    }
  }
  return {
    name: 'keyValue',
    kind: 'secret',
    needAll: 0,
    needAny: Ch.equals | Ch.colon,
    find: findKeyValues,
  };
}
