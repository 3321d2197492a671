import { isWordCode, NEED_HEX_COLON, NEED_QUAD } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Four dotted numbers, not part of a longer dotted run (`1.2.3.4.5`) nor a `v1.2.3.4` version. */
const IPV4 = /(?<![\w.-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const isHexCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isRunCode = (c: number) => isHexCode(c) || c === 58 || c === 46;

/**
 * Whether `text[start, end)` has the colons of an address: two with a `::`,
 * else six (eight groups, or six and an IPv4 tail), so times (`09:26:53`) go
 * without parsing. The run is short, unlike a search to the next colon of the text.
 */
function enoughColons(text: string, start: number, end: number): boolean {
  let colons = 0;
  let double = false;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    colons++;
    if (text.charCodeAt(i - 1) === 58 && i > start) double = true;
  }
  return colons >= (double ? 2 : 6);
}

/** The longest address: six groups of four and an IPv4 tail; a longer run (`a1:a1:…`) is parsed no further. */
const MAX_IPV6 = 45;

const octet = (s: string | undefined) => s !== undefined && Number(s) <= 255 && (s.length === 1 || s[0] !== '0');

/**
 * Loopback and the unspecified address identify no one (the runbook forbids
 * users' addresses), so they stay readable in bind/health-check logs.
 */
const isLocal4 = (a: string | undefined, all: string) => a === '127' || all === '0.0.0.0';

/**
 * True for a dotted-quad IPv4 address (octets ≤ 255, no leading zeros).
 *
 * @example
 * ```ts
 * isIpv4('203.0.113.7'); // true
 * isIpv4('1.2.3.256'); // false
 * ```
 */
export function isIpv4(text: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  return m !== null && octet(m[1]) && octet(m[2]) && octet(m[3]) && octet(m[4]);
}

/**
 * Parses an IPv6 address (with optional embedded IPv4 and zone); loopback
 * and `::` do not count, since they identify no one.
 *
 * @example
 * ```ts
 * isIpv6('2001:db8::1'); // true
 * isIpv6('::ffff:192.0.2.1'); // true
 * isIpv6('12:30:45'); // false
 * ```
 */
export function isIpv6(candidate: string): boolean {
  const text = candidate.replace(/%.*$/, '');
  const halves = text.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (const half of halves) {
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? '';
      const last = i === parts.length - 1 && half === halves[halves.length - 1];
      if (last && p.includes('.')) {
        if (!isIpv4(p)) return false;
        groups += 2;
      } else if (/^[0-9a-f]{1,4}$/i.test(p)) groups++;
      else return false;
    }
  }
  const compressed = halves.length === 2;
  if (compressed ? groups > 7 : groups !== 8) return false;
  if (!/\d/.test(text)) return false;
  return !/^[0:]*1?$/.test(text);
}

function findIps(text: string, report: Report): void {
  eachMatch(IPV4, text, report, (m) => {
    if (!(octet(m[1]) && octet(m[2]) && octet(m[3]) && octet(m[4]))) return false;
    // A CIDR block (`10.0.0.0/8`) names a network, not someone's address.
    const cidr = /^\/(\d{1,2})(?!\d)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (cidr && Number(cidr[1]) < 32) return false;
    // A product version in a user agent (`Chrome/120.0.0.0`), not a path segment (`/clients/10.0.0.7`).
    if (/[A-Z][A-Za-z]*\/$/.test(text.slice(Math.max(0, m.index - 24), m.index))) return false;
    return !isLocal4(m[1], m[0]);
  });
}

const HEX_PAIRS = /^(?:[\da-f]{2}:){7}[\da-f]{2}$/i;

/**
 * From each `:`, the maximal run of hex digits, colons and dots around it is
 * parsed as an address; runs never overlap, so the work is linear.
 */
function findIpv6(text: string, report: Report): void {
  let from = 0;
  for (;;) {
    const colon = text.indexOf(':', from);
    if (colon < 0) return;
    let start = colon;
    while (start > 0 && isRunCode(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    from = end;
    // `ip:2001:db8::1` — a lone leading colon separates a key, it is not part of the address.
    const keyed = text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58;
    if (keyed) start++;
    else if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    // Sentence punctuation after the address: `… from fe80::1.` / `2001:db8::1: error`.
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
    let stop = end;
    if (text.charCodeAt(end) === 37) {
      while (stop + 1 < text.length && stop - end < 16 && isWordCode(text.charCodeAt(stop + 1))) stop++;
      stop = stop > end ? stop + 1 : end;
    }
    if (stop === from && stop < text.length && isWordCode(text.charCodeAt(stop))) continue;
    if (end - start > MAX_IPV6 + 6 || !enoughColons(text, start, end)) continue;
    // `serial=04:8f:2a:9c:1e:7b:3d:4e`: eight two-digit groups are a certificate serial or a fingerprint's shape.
    if (end - start === 23 && HEX_PAIRS.test(text.slice(start, end))) continue;
    if (end - start <= MAX_IPV6 && isIpv6(text.slice(start, end))) {
      report(start, stop);
      continue;
    }
    // An address and its port written with a colon (`2001:db8::7334:51234` in an ALB log): the port is not a group.
    const port = text.lastIndexOf(':', end - 1);
    if (port > start && end - port >= 2 && end - port <= 6 && /^\d+$/.test(text.slice(port + 1, end))) {
      if (isIpv6(text.slice(start, port))) report(start, end);
    }
  }
}

export const ipv4Rule: TextRule = { name: 'ipv4', kind: 'ip', need: NEED_QUAD, find: findIps };
export const ipv6Rule: TextRule = { name: 'ipv6', kind: 'ip', need: NEED_HEX_COLON, find: findIpv6 };

/** `203.0.113.7:50812`, `[2001:db8::7]:443`: an address and its port. */
const WITH_PORT = /^(?:(\d{1,3}(?:\.\d{1,3}){3})|\[([\da-fA-F:.]{2,45})\]):\d{1,5}$/;

/**
 * Where the address of an `address:port` value lies, as `[start, end]`, or null when the value is not one.
 * Under an IP key only the address goes: the port is a service's, and a log needs it.
 *
 * @example
 * ipWithPort('203.0.113.7:50812'); // [0, 11]
 */
export function ipWithPort(value: string): readonly [number, number] | null {
  // Most values under an IP key are a bare IPv4 address: without a `:` there is no port to keep.
  const m = value.length <= 53 && value.includes(':') ? WITH_PORT.exec(value) : null;
  if (m === null) return null;
  if (m[1] !== undefined) return isIpv4(m[1]) ? [0, m[1].length] : null;
  const v6 = m[2] as string;
  return isIpv6(v6) ? [1, 1 + v6.length] : null;
}
