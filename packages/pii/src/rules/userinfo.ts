import { NEED_SCHEME } from '../chars.js';
import type { Report, TextRule } from './rule.js';

/**
 * `scheme://user:password@host`: only the password goes, so the host and
 * database stay readable. The authority is scanned up to the first `/`,
 * space or `@`, which bounds the work per `://`.
 */
function findUserinfoPasswords(text: string, report: Report): void {
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep < 0) return;
    const start = sep + 3;
    let i = start;
    let colon = -1;
    let at = -1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 47 || c === 32 || c === 10 || c === 9 || c === 34 || c === 39 || c === 60 || c === 62) break;
      if (c === 58 && colon < 0) colon = i;
      // The last `@` ends the user-info: passwords may contain an unencoded `@`.
      if (c === 64) at = i;
      i++;
    }
    if (at > 0 && colon > 0 && colon < at && at > colon + 1) report(colon + 1, at, 'password');
    from = Math.max(i, start);
  }
}

export const userinfoRule: TextRule = {
  name: 'urlPassword',
  kind: 'password',
  need: NEED_SCHEME,
  find: findUserinfoPasswords,
  exact: true,
};
