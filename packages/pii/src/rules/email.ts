import { Ch, isAlnumCode } from '../chars.js';
import type { Report, TextRule } from './rule.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const AT = /@|%40/gi;
/** A top-level domain: letters only, so `npm@11` and `pkg@1.2.3` stay. */
const TLD = /^[a-z]{2,24}$/i;
/** `icon@2x.png`: retina asset names, not addresses. */
const RETINA = /^\d+(?:\.\d+)?x$/i;

const isLocalCode = (c: number) => isAlnumCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomainCode = (c: number) => isAlnumCode(c) || c === 45;

/**
 * Walks out from each `@` (or `%40`) instead of matching one big regex: the
 * domain is read forwards at most 253 characters and, only when it is valid,
 * the local part backwards at most 64, so the cost per `@` is bounded and `a@a@a@…` stays linear.
 */
function findEmails(text: string, report: Report): void {
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m !== null; m = AT.exec(text)) {
    const at = m.index;
    // The domain first: it fails fast and cheaply on `a@a@a…`, `%40%40…` and `npm@11`.
    const domainStart = at + m[0].length;
    let end = domainStart;
    let dotted = false;
    while (end < text.length && end - domainStart < MAX_DOMAIN) {
      const c = text.charCodeAt(end);
      if (c === 46) dotted = true;
      else if (!isDomainCode(c)) break;
      end++;
    }
    if (!dotted) continue;
    while (end > domainStart && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    const labels = text.slice(domainStart, end).split('.');
    const tld = labels[labels.length - 1] ?? '';
    if (!TLD.test(tld) || labels.some((l) => l.length === 0 || l.charCodeAt(0) === 45)) continue;
    if (RETINA.test(labels[0] ?? '')) continue;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && isLocalCode(text.charCodeAt(start - 1))) continue;
    while (start < at && text.charCodeAt(start) === 46) start++;
    if (start === at) continue;
    // `git@github.com:org/repo`: the SSH service account of a forge, not a person.
    if (text.slice(start, at) === 'git' && text.charCodeAt(end) === 58) continue;
    report(start, end);
    AT.lastIndex = end;
  }
}

export const emailRule: TextRule = {
  name: 'email',
  kind: 'email',
  needAll: 0,
  needAny: Ch.at | Ch.percent,
  find: findEmails,
};
