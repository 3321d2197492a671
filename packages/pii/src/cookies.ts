import { normalizeKey } from './keyRules.js';

/** Preference cookies, which say nothing about who someone is or how to get in: their values stay. */
const PREFERENCES = new Set(
  'theme|colorscheme|darkmode|lang|language|locale|i18nextlng|nextlocale|tz|timezone|currency|region|country|consent|cookieconsent|sidebar|dismissed'.split(
    '|',
  ),
);
/** `Set-Cookie` attributes: where and how long a cookie lives, never what it holds. */
const ATTRIBUTES = new Set(['path', 'domain', 'expires', 'maxage', 'samesite', 'priority']);
const FLAGS = /^\s*(?:HttpOnly|Secure|Partitioned)\s*$/i;
/** `name=value`; a value that starts with `=` is base64 padding, so the "name" was the value itself (`Cookie: dGVzdA==`). */
const PAIR = /^(\s*)([^=;\s]{1,64})=(?!=)([^;]*)$/;

/**
 * A cookie list under a cookie key, read cookie by cookie: API Gateway's `cookies: ['vsid=…', 'theme=dark']`
 * or a `Cookie` / `Set-Cookie` header (`vsid=…; theme=dark`, `vsid=…; Path=/; HttpOnly`). Each cookie keeps its
 * name, and its value when the name is a preference (`theme`, `lang`, `tz` …) or a `Set-Cookie` attribute; every
 * other value goes through `redact`. Null when the value is not such a list, which then goes whole.
 *
 * @example
 * scrubCookies(['vsid=s%3Aab12', 'theme=dark'], () => '[credential]'); // ['vsid=[credential]', 'theme=dark']
 */
export function scrubCookies(value: unknown, redact: (value: string) => string): string | string[] | null {
  if (typeof value === 'string') return redactSpans(value, redact);
  if (!Array.isArray(value) || value.length === 0 || value.length > 64) return null;
  const out: string[] = [];
  for (const item of value) {
    // An array holds one cookie per item.
    const cookie = typeof item === 'string' && !item.includes(';') ? redactSpans(item, redact) : null;
    if (cookie === null) return null;
    out.push(cookie);
  }
  return out;
}

/** `list` with the values `cookieValueSpans` finds passed through `redact`, or null when it is no cookie list. */
function redactSpans(list: string, redact: (value: string) => string): string | null {
  const spans = cookieValueSpans(list);
  if (spans === null) return null;
  let out = '';
  let pos = 0;
  for (const [from, to] of spans) {
    out += list.slice(pos, from) + redact(list.slice(from, to));
    pos = to;
  }
  return out + list.slice(pos);
}

/** A `Set-Cookie` attribute, or a short preference value. */
function isKeptCookie(name: string, value: string): boolean {
  const key = normalizeKey(name);
  return ATTRIBUTES.has(key) || (PREFERENCES.has(key) && value.length <= 32);
}

/**
 * The same reading for a cookie list written out in text (`Cookie: vsid=…; theme=dark`): the spans of the values
 * that go, as `[start, end]` offsets into `list`, or null when it is not such a list (it then goes whole).
 *
 * @example
 * cookieValueSpans('vsid=ab12; theme=dark'); // [[5, 9]]
 */
export function cookieValueSpans(list: string): [number, number][] | null {
  const spans: [number, number][] = [];
  let at = 0;
  for (const part of list.split(';')) {
    if (!FLAGS.test(part)) {
      const m = PAIR.exec(part);
      if (m === null) return null;
      const [, lead, name, value] = m as unknown as [string, string, string, string];
      const start = at + lead.length + name.length + 1;
      if (value !== '' && !isKeptCookie(name, value)) spans.push([start, start + value.length]);
    }
    at += part.length + 1;
  }
  return spans;
}
