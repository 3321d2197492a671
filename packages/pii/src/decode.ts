/**
 * A decoded view of text that carries PII escaped the way real systems
 * write it: HTML entities (`&#64;`, `&#x40;`, `&nbsp;`), JSON/JS unicode
 * escapes (`\u0040`), URL encoding applied twice (`%2540` → `%40`), encoded
 * spaces and plus signs of numbers in URLs (`%20`, `%2B`, and `+` as a
 * form-encoded space), and the
 * quoted-printable `=40` of mail bodies. Rules run on the view; `map[i]` is
 * where view character `i` starts in the source, so a finding maps back to
 * the escaped span it came from.
 */
export interface DecodedView {
  text: string;
  /** Source offset of each view character, plus the source length at `text.length`. */
  map: Int32Array;
}

const NAMED: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const MAX_ENTITY = 10;

const isHexCode = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 46 || c === 45;

/** The character an escape at `i` stands for and the escape's length, or null. */
function escapeAt(text: string, i: number): readonly [string, number] | null {
  const c = text.charCodeAt(i);
  if (c === 38) {
    // `&#64;`, `&#x40;`, `&nbsp;`
    const semi = text.indexOf(';', i + 2);
    if (semi < 0 || semi - i > MAX_ENTITY) return null;
    const body = text.slice(i + 1, semi);
    if (body.charCodeAt(0) === 35) {
      const hex = (body.charCodeAt(1) | 32) === 120;
      const digits = body.slice(hex ? 2 : 1);
      if (digits.length === 0 || !(hex ? /^[\da-f]+$/i : /^\d+$/).test(digits)) return null;
      const code = Number.parseInt(digits, hex ? 16 : 10);
      return code > 0 && code < 0x10000 ? [String.fromCharCode(code === 160 ? 32 : code), semi + 1 - i] : null;
    }
    const named = NAMED[body];
    return named === undefined ? null : [named, semi + 1 - i];
  }
  if (c === 92 && text.charCodeAt(i + 1) === 117) {
    // `\u0040`
    for (let k = 2; k < 6; k++) if (!isHexCode(text.charCodeAt(i + k))) return null;
    return [String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16)), 6];
  }
  if (c === 37 && text.charCodeAt(i + 1) === 50) {
    const next = text.charCodeAt(i + 2);
    if (next === 53) return ['%', 3];
    // `my%20card%20is%204657%20…`: URL-encoded spaces and plus signs around digits.
    if (next === 48) return [' ', 3];
    if ((next | 32) === 98) return ['+', 3];
  }
  // Quoted-printable `=40` between an address's characters (`petra.mueller=40t-online.de`).
  if (
    c === 61 &&
    text.charCodeAt(i + 1) === 52 &&
    text.charCodeAt(i + 2) === 48 &&
    isWordCode(text.charCodeAt(i - 1)) &&
    isWordCode(text.charCodeAt(i + 3))
  ) {
    return ['@', 3];
  }
  // A form-encoded space between words and digits (`is+%2B61+2+9374+4000`); a `+` before a country code, with a
  // space or `=` before it, stays.
  if (
    c === 43 &&
    isWordCode(text.charCodeAt(i - 1)) &&
    (isWordCode(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 37)
  )
    return [' ', 1];
  return null;
}

/** The decoded view of `text`, or null when it holds no escape worth decoding. */
export function decodeEscapes(text: string): DecodedView | null {
  let out = '';
  const map: number[] = [];
  let from = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 38 && c !== 92 && c !== 37 && c !== 61 && c !== 43) continue;
    const decoded = escapeAt(text, i);
    if (decoded === null) continue;
    out += text.slice(from, i);
    for (let k = from; k < i; k++) map.push(k);
    out += decoded[0];
    map.push(i);
    from = i + decoded[1];
    i = from - 1;
    changed = true;
  }
  if (!changed) return null;
  out += text.slice(from);
  for (let k = from; k < text.length; k++) map.push(k);
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}
