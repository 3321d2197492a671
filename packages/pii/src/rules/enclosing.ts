import { isWordCode } from '../chars.js';
import { isCredentialMeta, isCredentialsKey, isKeptAddressPart, isSessionMetaKey } from '../keptParts.js';
import type { KeyHit } from './keyValue.js';

/** At most this many blanks, quotes, separators or a `[` between a key and the brace of its value. */
const MAX_GLUE = 8;
const MAX_KEY = 48;

/** `=` `:` blanks, quotes, a JSON escape or the `[` of an array of objects. */
const isGlue = (c: number) =>
  c === 32 || c === 9 || c === 61 || c === 58 || c === 34 || c === 39 || c === 92 || c === 91;

/** Objects nested deeper than this are counted, not remembered: their keys read as in no object. */
const MAX_DEPTH = 256;

/**
 * A forward cursor over one text's braces, so the keys of a text, read in order, cost one native `indexOf` per
 * brace and nothing per character: the stack holds the key written before each open `{`.
 */
let cursorText = '';
let cursorAt = 0;
let nextOpen = -1;
let nextClose = -1;
let overflow = 0;
const stack: (string | null)[] = [];
/** The key of the object closed last and where it closed: `[{…},{…}]` gives every element the array's key. */
let closedKey: string | null = null;
let closedAt = -1;

function restart(text: string): void {
  cursorText = text;
  cursorAt = 0;
  nextOpen = text.indexOf('{');
  nextClose = text.indexOf('}');
  overflow = 0;
  stack.length = 0;
  closedKey = null;
  closedAt = -1;
}

/**
 * The key (as written) of the object written out in text that the key at `keyStart` sits in, or null:
 * `user` for `name` in `user={"id":42,"name":"Priya"}`, `customer: {name: 'Priya'}` or `user {name: "Priya"}`.
 * Linear over a text's keys read in order; asking about an earlier key starts the text over.
 *
 * @example
 * enclosingKey('vars={"name":"Priya"}', 7); // 'vars'
 */
export function enclosingKey(text: string, keyStart: number): string | null {
  if (text !== cursorText || keyStart < cursorAt) restart(text);
  cursorAt = keyStart;
  for (;;) {
    const open = nextOpen >= 0 && nextOpen < keyStart;
    const close = nextClose >= 0 && nextClose < keyStart;
    if (open && (!close || nextOpen < nextClose)) {
      if (stack.length < MAX_DEPTH) stack.push(keyBefore(text, nextOpen) ?? siblingKey(text, nextOpen));
      else overflow++;
      nextOpen = text.indexOf('{', nextOpen + 1);
    } else if (close) {
      if (overflow > 0) overflow--;
      else {
        closedKey = stack.pop() ?? null;
        closedAt = nextClose;
      }
      nextClose = text.indexOf('}', nextClose + 1);
    } else break;
  }
  return overflow > 0 || stack.length === 0 ? null : (stack[stack.length - 1] as string | null);
}

/** The key of the element before, when only `,` and blanks stand between its `}` and this `{`. */
function siblingKey(text: string, brace: number): string | null {
  if (closedKey === null || closedAt < 0 || brace - closedAt > MAX_GLUE) return null;
  let comma = false;
  for (let i = closedAt + 1; i < brace; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 && !comma) comma = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return null;
  }
  return comma ? closedKey : null;
}

function keyBefore(text: string, brace: number): string | null {
  let end = brace;
  for (let n = 0; end > 0 && n < MAX_GLUE && isGlue(text.charCodeAt(end - 1)); n++) end--;
  let start = end;
  while (start > 0 && end - start < MAX_KEY && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : null;
}

/** What the key/value rule knows of a key as written: its normalized form and its key rule's hit, cached. */
export type KeyFacts = (raw: string) => { key: string; hit: KeyHit | null };

/**
 * The hit for a part of an object that the structure walk opens (an address, a session, credentials), written
 * out in text: `"address":{"line1":"…","line2":"Apt 4B","city":"Austin"}` loses its lines, keeps its city.
 * Null when the key sits in no such object, or names a part that stays (`keptParts.ts`). Callers ask `mayOpen`
 * first.
 *
 * @example
 * openedPartHit('{"address":{"line2":"Apt 4B"}}', 13, 'line2', facts); // { kind: 'address', … }
 */
export function openedPartHit(text: string, keyStart: number, key: string, facts: KeyFacts): KeyHit | null {
  const raw = enclosingKey(text, keyStart);
  if (raw === null) return null;
  const { key: parent, hit } = facts(raw);
  if (hit === null) return null;
  if (hit.kind === 'address') return isKeptAddressPart(key) ? null : hit;
  if (hit.rule === 'session') return isSessionMetaKey(key) ? null : hit;
  return isCredentialsKey(parent) && !isCredentialMeta(key) ? hit : null;
}

/**
 * Whether `text` holds an object that `openedPartHit` opens (`"address":{`, `session={`, `credentials: {`): the
 * key before each `{` is looked up, so the cost follows the number of braces, and every language's key counts.
 */
export function mayOpen(text: string, facts: KeyFacts): boolean {
  for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
    const raw = keyBefore(text, at);
    if (raw === null) continue;
    const { key, hit } = facts(raw);
    if (hit !== null && (hit.kind === 'address' || hit.rule === 'session' || isCredentialsKey(key))) return true;
  }
  return false;
}
