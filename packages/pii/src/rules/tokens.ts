import { isAlnumCode, NEED_AWS, NEED_BEARER, NEED_JWT, NEED_PEM, NEED_VENDOR } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Header (always `eyJ`, base64url of `{"`), payload, optional signature. Starts only at a token boundary. */
const JWT = /(?<![\w-])eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

/** `Bearer xxx` / `Basic xxx`: only the credential is replaced, the scheme stays readable. */
const AUTH_SCHEME = /\b(?:Bearer|Basic)[ \t]+([\w.~+/=-]{6,})/gi;

/** AWS access key IDs: long-term (`AKIA`), temporary (`ASIA`) and the rarer prefixes. */
const AWS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/g;
/**
 * The secret key printed right after its key ID (`AKIA… / wJalr…`, `AKIA…:wJalr…`): 40 characters of
 * base64 with lower, upper and digits (38–44 taken, for one mistyped or cut). Alone, such a string could be
 * anything; beside a key ID it is the pair.
 */
const PAIRED_SECRET =
  /^[ \t]{0,3}[/:,;|]?[ \t]{0,3}((?=[^a-z]{0,43}[a-z])(?=[^A-Z]{0,43}[A-Z])(?=\D{0,43}\d)[A-Za-z0-9/+]{38,44})(?![A-Za-z0-9/+=])/;

function findAwsKeys(text: string, report: Report): void {
  AWS_KEY_ID.lastIndex = 0;
  for (let m = AWS_KEY_ID.exec(text); m !== null; m = AWS_KEY_ID.exec(text)) {
    const end = m.index + m[0].length;
    report(m.index, end);
    const paired = PAIRED_SECRET.exec(text.slice(end, end + 50));
    if (paired !== null)
      report(end + paired[0].length - (paired[1] as string).length, end + paired[0].length, 'secret');
  }
}

const SLACK_HOOK = 'hooks.slack.com/services/';

/** Vendor secrets recognisable by their prefix; lengths bounded so a miss costs little. */
const VENDOR =
  /(?:(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,247}|[a-z]{2,8}_(?:live|test)_[0-9A-Za-z]{20,247}|gh[pousr]_[0-9A-Za-z]{30,255}|github_pat_\w{22,255}|xox[abprse]-[0-9A-Za-z-]{10,255}|AIza[\w-]{35}|glpat-[\w-]{20,64}|npm_[0-9A-Za-z]{30,40}|whsec_[0-9A-Za-z+/=]{16,128}|sntry[su]_[\w=]{20,255}|SG\.[\w-]{16,32}\.[\w-]{30,64}|sk-(?:proj-|ant-)?[\w-]{20,255}|hooks\.slack\.com\/services\/[\w/]{20,120})/g;

/**
 * A credential, unlike an English word after "basic", has a digit, a
 * symbol, or an upper-case letter after its first character.
 */
const looksLikeCredential = (s: string) => /[\d.~+/=_-]/.test(s) || /[A-Z]/.test(s.slice(1));

function findAuthSchemes(text: string, report: Report): void {
  eachMatch(AUTH_SCHEME, text, report, (m) => {
    const cred = m[1] ?? '';
    if (!looksLikeCredential(cred)) return false;
    const end = m.index + m[0].length;
    return [end - cred.length, end];
  });
}

const PEM_BEGIN = '-----BEGIN ';
const PEM_KEY = /^-----BEGIN [A-Z0-9 ]{0,24}PRIVATE KEY( BLOCK)?-----/;

/** `-----BEGIN` in base64, and the base64 run it starts. */
const PEM_BASE64 = 'LS0tLS1CRUdJTi';
const BASE64_RUN = /^[A-Za-z0-9+/=]{64,16384}/;

/** A base64-encoded PEM block that holds a private key (a certificate stays): its first characters decoded. */
function findEncodedPem(text: string, report: Report): void {
  for (let at = text.indexOf(PEM_BASE64); at >= 0; at = text.indexOf(PEM_BASE64, at + PEM_BASE64.length)) {
    const run = BASE64_RUN.exec(text.slice(at, at + 16384));
    if (run === null) continue;
    let head = '';
    try {
      head = atob(run[0].slice(0, 64));
    } catch {
      continue;
    }
    if (!PEM_KEY.test(head)) continue;
    report(at, at + run[0].length);
    at += run[0].length - PEM_BASE64.length;
  }
}

/** A private key block, to its END line; without one (a cut string) everything after BEGIN goes. */
function findPem(text: string, report: Report): void {
  if (text.includes(PEM_BASE64)) findEncodedPem(text, report);
  let from = 0;
  for (;;) {
    const begin = text.indexOf(PEM_BEGIN, from);
    if (begin < 0) return;
    if (!PEM_KEY.test(text.slice(begin, begin + 64))) {
      from = begin + PEM_BEGIN.length;
      continue;
    }
    const endMark = text.indexOf('-----END ', begin + PEM_BEGIN.length);
    const close = endMark < 0 ? -1 : text.indexOf('-----', endMark + 9);
    const end = close < 0 ? text.length : close + 5;
    report(begin, end);
    from = end;
  }
}

export const jwtRule: TextRule = {
  name: 'jwt',
  kind: 'jwt',
  need: NEED_JWT,
  find: (t, r) => t.includes('eyJ') && eachMatch(JWT, t, r),
};
export const authSchemeRule: TextRule = {
  name: 'bearer',
  kind: 'credential',
  need: NEED_BEARER,
  find: findAuthSchemes,
};
export const awsKeyRule: TextRule = {
  name: 'awsAccessKey',
  kind: 'aws_key',
  need: NEED_AWS,
  find: findAwsKeys,
};
export const vendorTokenRule: TextRule = {
  name: 'vendorToken',
  kind: 'token',
  need: NEED_VENDOR,
  // The token-start check is done here rather than as a regex look-behind, which would slow every position.
  find: (t, r) =>
    eachMatch(VENDOR, t, r, (m) => {
      const prev = t.charCodeAt(m.index - 1);
      if (isAlnumCode(prev) || prev === 95 || prev === 45) {
        VENDOR.lastIndex = m.index + 1;
        return false;
      }
      // A Slack webhook's secret is its path: `hooks.slack.com` stays readable.
      if (m[0].startsWith(SLACK_HOOK)) return [m.index + SLACK_HOOK.length, m.index + m[0].length];
      return true;
    }),
};
export const privateKeyRule: TextRule = {
  name: 'privateKey',
  kind: 'private_key',
  need: NEED_PEM,
  find: findPem,
};
