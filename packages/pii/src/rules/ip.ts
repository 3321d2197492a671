import { Ch } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Four dotted numbers, not part of a longer dotted run (`1.2.3.4.5`) nor a `v1.2.3.4` / `pkg@1.2.3.4` version. */
const IPV4 = /(?<![\w.@-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
/** Hex groups joined by colons, optionally ending in a dotted IPv4 (`::ffff:1.2.3.4`). */
const IPV6 =
  /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w.]{1,16})?(?![\w:.])/g;

const octet = (s: string | undefined) => s !== undefined && Number(s) <= 255 && (s.length === 1 || s[0] !== '0');

/**
 * Loopback and the unspecified address identify no one (the runbook forbids
 * users' addresses), so they stay readable in bind/health-check logs.
 */
const isLocal4 = (a: string | undefined, all: string) => a === '127' || all === '0.0.0.0';

export function isIpv4(text: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  return m !== null && octet(m[1]) && octet(m[2]) && octet(m[3]) && octet(m[4]);
}

/** Parses an IPv6 address (with optional embedded IPv4 and zone); loopback and `::` do not count. */
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
    return !isLocal4(m[1], m[0]);
  });
}

function findIpv6(text: string, report: Report): void {
  eachMatch(IPV6, text, report, (m) => isIpv6(m[0]));
}

export const ipv4Rule: TextRule = { name: 'ipv4', kind: 'ip', needAll: Ch.digit | Ch.dot, needAny: 0, find: findIps };
export const ipv6Rule: TextRule = { name: 'ipv6', kind: 'ip', needAll: Ch.colon, needAny: 0, find: findIpv6 };
