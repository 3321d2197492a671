import type { PiiKind } from '../types.js';
import type { Report } from './rule.js';

/**
 * Where the value after a key ends in text: at its closing quote, after a header credential's tokens
 * (`Bearer x`, `sid=abc; theme=dark`), after a name's or address's further words, or at the first stop
 * character; and the few values with an inner shape (a DynamoDB typed value, a cookie's attributes, an
 * access key's credential scope).
 */

export const MAX_VALUE = 4_096;
export const isQuote = (c: number) => c === 34 || c === 39;

/** The schemes an `Authorization` value starts with, lower-case (`Bearer`, `Basic` …). */
export const AUTH_SCHEME_WORDS = 'bearer|basic|digest|token|negotiate';
const AUTH_SCHEMES = new RegExp(`^(?:${AUTH_SCHEME_WORDS}|aws4-hmac-sha256)$`, 'i');
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
export const isStop = (c: number) =>
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

/** Where the word starting at `i` ends: at whitespace, a quote or the value limit. */
export function wordEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + MAX_VALUE);
  let j = i;
  while (j < limit && !isSpace(text.charCodeAt(j)) && !isQuote(text.charCodeAt(j))) j++;
  return j;
}

/** Where a value starting at `i` ends, by its quoting and by what kind of data the key announces. */
export function valueEnd(text: string, i: number, kind: PiiKind, colon: boolean): number {
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
    const rest = /^(?: [A-Z0-9À-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ÿĀ-ž'.-]{0,30}){1,6}/.exec(text.slice(j, j + 200));
    if (rest) j += rest[0].length;
  }
  return j;
}

/** Where the credential scope after an access key ID starts (`/` or `%2F`) within the value, or `end`. */
export function scopeStart(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || (c === 37 && text.charCodeAt(i + 1) === 50 && (text.charCodeAt(i + 2) | 32) === 102)) return i;
  }
  return end;
}

/** `{"S":"…"}` / `{\"N\":\"…\"}` at `start`: a DynamoDB typed value, reported and skipped; otherwise 0. */
const TYPED_VALUE = /^\{\\?"[SN]\\?":\s?\\?"([^"\\]{1,4096})\\?"\}/;
export function typedValue(text: string, start: number, kind: PiiKind, report: Report): number {
  const typed = TYPED_VALUE.exec(text.slice(start, start + 4200));
  if (typed === null) return 0;
  const end = start + typed[0].length;
  const valueEnd = end - (typed[0].endsWith('\\"}') ? 3 : 2);
  report(valueEnd - (typed[1] as string).length, valueEnd, kind);
  return end;
}

/** Where a `Set-Cookie` value's cookie ends: at its first `;`, before the attributes. */
export function cookieEnd(text: string, start: number, end: number): number {
  const semicolon = text.indexOf(';', start);
  return semicolon > start && semicolon < end ? semicolon : end;
}
