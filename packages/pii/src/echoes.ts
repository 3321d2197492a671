import { isWordAt } from './chars.js';
import type { Replacer } from './replacement.js';
import type { KeyHit } from './rules/keyValue.js';

/**
 * Values a key rule removed from a record, to be removed again where the record repeats them: a rendered
 * notification (`renderedText: 'Hi Thandi, …'`) beside the `firstName` it was rendered from, a password also
 * spelled out in a debug string. Only kinds that value rules cannot find by shape echo; e-mails, phones and
 * IPs are found wherever they appear anyway.
 */
export type Echoes = Map<string, { hit: KeyHit; key: string }>;

const ECHO_KINDS = new Set(['name', 'address', 'dob', 'password', 'secret']);
const MIN_LENGTH = 2;
const MAX_LENGTH = 256;
/** Words of a full name worth looking for alone (`Thandi` of `Thandi Nkosi`): three letters at least. */
const MIN_WORD = 3;
const MAX_ECHOES = 64;
const HANDLE_LIKE = /^@?[a-z0-9._-]+$/;

/**
 * Remembers a value removed under `key` (a full name also by each of its words); returns the map, created on
 * the first value worth remembering, so a record with none costs no second pass.
 */
export function remember(echoes: Echoes | undefined, value: string, hit: KeyHit, key: string): Echoes | undefined {
  if (!ECHO_KINDS.has(hit.kind) || value.length < MIN_LENGTH || value.length > MAX_LENGTH) return echoes;
  // `name: 'meilin-v'` under a person's key is a handle, which stays wherever else it appears (`username`).
  if (hit.kind === 'name' && HANDLE_LIKE.test(value)) return echoes;
  const known: Echoes = echoes ?? new Map();
  if (known.size >= MAX_ECHOES) return known;
  known.set(value, { hit, key });
  // A device's name (`Pixel de María José`) holds its model too (`model: 'Pixel 7a'`): only whole, not word by word.
  if (hit.kind !== 'name' || /device/i.test(key)) return known;
  for (const word of value.split(/[\s,]+/)) {
    if (word.length >= MIN_WORD && word !== value && known.size < MAX_ECHOES) known.set(word, { hit, key });
  }
  return known;
}

/** `text` with every whole-word occurrence of a remembered value replaced; the same instance when none. */
function replaceIn(text: string, echoes: Echoes, replace: Replacer): string {
  let out = text;
  for (const [value, { hit, key }] of echoes) {
    let from = out.indexOf(value);
    if (from < 0) continue;
    // One pass per value, pieces joined once: linear in the text, however many times the value repeats.
    let done = '';
    let last = 0;
    for (; from >= 0; from = out.indexOf(value, from + 1)) {
      const end = from + value.length;
      if (from < last || isWordAt(out, from - 1) || isWordAt(out, end)) continue;
      done += out.slice(last, from) + replace({ kind: hit.kind, value, rule: hit.rule, key });
      last = end;
    }
    if (last > 0) out = done + out.slice(last);
  }
  return out;
}

/**
 * Replaces remembered values in every string of a scrubbed result, in place: the result is the walk's own
 * copy (plain objects, arrays, strings), never the caller's input. Bounded by the walk's own limits.
 */
export function replaceEchoes(result: unknown, echoes: Echoes, replace: Replacer, depth = 0): unknown {
  if (typeof result === 'string') return replaceIn(result, echoes, replace);
  if (typeof result !== 'object' || result === null || depth > 256) return result;
  const holder = result as Record<string, unknown>;
  for (const key of Object.keys(holder)) {
    const value = holder[key];
    if (typeof value === 'string') {
      const out = replaceIn(value, echoes, replace);
      if (out !== value) holder[key] = out;
    } else if (typeof value === 'object' && value !== null) replaceEchoes(value, echoes, replace, depth + 1);
  }
  return result;
}
