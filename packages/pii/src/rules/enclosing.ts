import { isWordCode } from '../chars.js';
import { isCredentialMeta, isCredentialsKey, isKeptAddressPart, isSessionMetaKey } from '../keptParts.js';
import { normalizeKey } from '../keyRules.js';
import type { KeyHit } from './keyValue.js';

/** How far back from a key the brace that opens its object is looked for. */
const REACH = 160;
/** At most this many blanks, quotes, separators or a `[` between a key and the brace of its value. */
const MAX_GLUE = 8;
const MAX_KEY = 48;

/** `=` `:` blanks, quotes, a JSON escape or the `[` of an array of objects. */
const isGlue = (c: number) =>
  c === 32 || c === 9 || c === 61 || c === 58 || c === 34 || c === 39 || c === 92 || c === 91;

/**
 * The normalized key of the object written out in text that the key at `keyStart` sits in, or null:
 * `user` for `name` in `user={"id":42,"name":"Priya"}`, `customer: {name: 'Priya'}` or `user {name: "Priya"}`.
 * Linear: the walk back stops after `REACH` characters.
 *
 * @example
 * enclosingKey('vars={"name":"Priya"}', 7); // 'vars'
 */
export function enclosingKey(text: string, keyStart: number): string | null {
  let depth = 0;
  for (let i = keyStart - 1; i >= 0 && keyStart - i <= REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth === 0) return keyBefore(text, i);
      depth--;
    }
  }
  return null;
}

function keyBefore(text: string, brace: number): string | null {
  let end = brace;
  for (let n = 0; end > 0 && n < MAX_GLUE && isGlue(text.charCodeAt(end - 1)); n++) end--;
  let start = end;
  while (start > 0 && end - start < MAX_KEY && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? normalizeKey(text.slice(start, end)) : null;
}

/** Words of the keys whose objects are opened (`keptParts.ts`), in the forms most logs use: a cheap first test. */
const OPENED_CUE = /addr|adres|direcc|endere|indiriz|session|sess|cred|住所|주소|地址/i;
let lastText = '';
let lastCue = false;

/**
 * The hit for a part of an object that the structure walk opens (an address, a session, credentials), written
 * out in text: `"address":{"line1":"…","line2":"Apt 4B","city":"Austin"}` loses its lines, keeps its city.
 * Null when the key sits in no such object, or names a part that stays (`keptParts.ts`).
 *
 * @example
 * openedPartHit('{"address":{"line2":"Apt 4B"}}', 13, 'line2', classify); // { kind: 'address', … }
 */
export function openedPartHit(
  text: string,
  keyStart: number,
  key: string,
  classify: (normalizedKey: string) => KeyHit | null,
): KeyHit | null {
  if (text !== lastText) {
    lastText = text;
    lastCue = text.includes('{') && OPENED_CUE.test(text);
  }
  if (!lastCue) return null;
  const parent = enclosingKey(text, keyStart);
  const hit = parent === null ? null : classify(parent);
  if (parent === null || hit === null) return null;
  if (hit.kind === 'address') return isKeptAddressPart(key) ? null : hit;
  if (hit.rule === 'session') return isSessionMetaKey(key) ? null : hit;
  return isCredentialsKey(parent) && !isCredentialMeta(key) ? hit : null;
}
