import { isWordCode } from '../chars.js';
import { normalizeKey } from '../keyRules.js';

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
