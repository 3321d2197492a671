import { isWordCode } from '../chars.js';
import { normalizeKey } from '../keyRules.js';
import { Cue, cues, SECRET_WORDS } from './gate.js';
import type { KeyHit } from './keyValue.js';
import type { Report, TextRule } from './rule.js';

/**
 * Secrets with no shape of their own, announced by the name before them:
 * a command-line flag or an environment-style name with only whitespace
 * between (`aws configure set aws_secret_access_key …`, `--password …`),
 * `curl -u user:password`, and the password of a login call in code (`smtp.login("…", "…")`).
 */

/**
 * `curl -u user:password`, `--user=user:password`: the part after the colon. A URL after `-u`
 * (`redis-cli -u rediss://user:pw@host`) is the URL rule's, which keeps the host.
 */
const USER_FLAG = /(?<=^|\s)(?:-u|--user)[ =]["']?[^\s:"']{1,64}:(?!\/\/)([^\s"']{1,256})/g;
/** A `.pgpass` line, `host:port:database:user:password`, as psql echoes it: the last field. */
const PGPASS_LINE = /(?<![\w.-])[\w.-]*[\w*]:(?:\d{2,5}|\*):[\w*.-]{1,64}:[\w*.@-]{1,64}:([^\s:'"]{1,128})(?=\s|$)/g;
/**
 * `smtp.login("ops@valine.app", "p4ssw0rd")`, `client.auth('svc', 'hunter2')`: a login call's second argument,
 * a password written into code that a traceback prints.
 */
const LOGIN_NAMES = 'log_?in|sign_?in|authenticate|auth|bind|simple_bind_s';
const LOGIN_CALL = new RegExp(
  String.raw`\b(?:${LOGIN_NAMES})\(\s*(["'])[^"'\n]{1,128}\1\s*,\s*(["'])([^"'\n]{1,128})\2`,
  'g',
);
/** The same call's name and opening quote: one scan tells whether a text has any. */
const LOGIN_HINT = new RegExp(String.raw`(?:${LOGIN_NAMES})\(\s*["']`);
/** `mysql -u reports -pR3ports#2019`: the MySQL clients take the password glued to `-p`. */
const MYSQL_PASSWORD = /\bmysql(?:dump|admin|sh)?\b[^\n]{0,200}?\s-p([^\s'"-][^\s'"]{0,127})/g;
/** The words a secret's name contains; each hit is widened to the whole name around it. */
const SECRET_WORD = new RegExp(SECRET_WORDS, 'gi');
const SECRET_KINDS = new Set(['password', 'secret', 'token', 'credential', 'card', 'ssn']);
/** What a short name announces in prose: a card's security code (`cvv 417`), an SSN (`SSN 772314408`). */
const IS = /^is /i;
/** The word itself (`password`, `Passwort`), not a function such as `verifyPassword` in a stack frame. */
const PROSE_PASSWORD = /^(?:password|passwort|passphrase|contraseña|senha|wachtwoord)$/i;
/** `secret` or `token` alone in prose (`(key AKIA…, secret wJalr…)`): only before a key-shaped value (below). */
const PROSE_SECRET = /^(?:secret|token)$/i;
/** `auth token`, `access token`, `api secret`: a qualifier that makes the word a credential's name, so a hex value counts too. */
const QUALIFIED = /(?:auth|access|api|client|refresh|session|bearer|secret)[ _-]$/i;
/** 16+ hex digits: the shape of many vendors' tokens (Twilio's auth token), after a qualified name only. */
const HEX_TOKEN = /^[\da-f]{16,256}$/i;
/** 16+ characters of a key alphabet with lower, upper and digits: `wJalrXUtnFEMI/K7MDENG…`, not `prod/db-credentials` or a hex digest. */
const KEY_SHAPED = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[\w+/=-]{16,256}$/;
/** An AWS secret access key's shape: 40 characters of base64 with both cases, digits or not. */
const AWS_SECRET_SHAPED = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z0-9/+]{40}$/;
const TRAILING = /[.,;:!?)]/;
/** An error code that names a secret (`INVALID_CREDENTIALS`, `expired_token`, `MISSING_API_KEY`), not a secret's name. */
const ERROR_CODE = /^(?:invalid|missing|expired|bad|wrong|unknown|revoked|incorrect|malformed|empty|no)[_-]/i;
const SHORT_VALUES: Readonly<Record<string, RegExp>> = { card: /^\d{3,4}$/, ssn: /^\d{3}([- ]?)\d{2}\1\d{4}$/ };
const MAX_NAME = 64;
const MAX_VALUE = 256;

const isNameChar = (c: number) => isWordCode(c) || c === 45;
const isBlank = (c: number) => c === 32 || c === 9;
const isQuote = (c: number) => c === 34 || c === 39;
/** Where a name may start: the text's start, a space, a quote, `(` or `;` (not `reason=bad_credentials`). */
const isNameStart = (c: number) => Number.isNaN(c) || isBlank(c) || isQuote(c) || c === 40 || c === 59 || c === 10;

/** A value that looks generated: two or more of lower, upper, digit, symbol, and at least 8 characters. */
function looksSecret(value: string): boolean {
  if (value.length < 8) return false;
  const classes =
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/\d/.test(value)) +
    Number(/[^A-Za-z0-9]/.test(value));
  return classes >= 2;
}

/** The password field of each `.pgpass` line. */
function findPgpassLines(text: string, report: Report): void {
  PGPASS_LINE.lastIndex = 0;
  for (let m = PGPASS_LINE.exec(text); m !== null; m = PGPASS_LINE.exec(text)) {
    const end = m.index + m[0].length;
    report(end - (m[1] as string).length, end, 'password');
  }
}

/** The password argument of each login call. */
function findLoginCalls(text: string, report: Report): void {
  LOGIN_CALL.lastIndex = 0;
  for (let m = LOGIN_CALL.exec(text); m !== null; m = LOGIN_CALL.exec(text)) {
    const end = m.index + m[0].length - 1;
    report(end - (m[3] as string).length, end, 'password');
  }
}

/**
 * Secrets after a flag or an environment-style name with only whitespace
 * between (`--client-secret s3cr3t`, `aws_secret_access_key wJalr…`). A
 * `--flag` takes any value; a snake- or kebab-case name only one that looks
 * generated, so `db_password changed` stays readable.
 */
export function createFlagSecretRule(classify: (normalizedKey: string) => KeyHit | null): TextRule {
  return {
    name: 'flagSecret',
    kind: 'secret',
    need: 0,
    find(text, report) {
      if (text.includes('.pgpass')) findPgpassLines(text, report);
      // A call with a quoted first argument is rare in logs: two native scans keep the regex off the rest.
      if ((text.includes('("') || text.includes("('")) && LOGIN_HINT.test(text)) findLoginCalls(text, report);
      if ((cues(text) & Cue.secret) === 0) return;
      SECRET_WORD.lastIndex = 0;
      for (let m = SECRET_WORD.exec(text); m !== null; m = SECRET_WORD.exec(text)) {
        let start = m.index;
        while (start > 0 && m.index - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
        let i = m.index + m[0].length;
        while (i < text.length && i - start < MAX_NAME && isNameChar(text.charCodeAt(i))) i++;
        SECRET_WORD.lastIndex = i;
        const name = text.slice(start, i);
        const flag = name.charCodeAt(0) === 45;
        if (!isNameStart(text.charCodeAt(start - 1)) || !isBlank(text.charCodeAt(i))) continue;
        if (!flag && ERROR_CODE.test(name)) continue;
        const hit = classify(normalizeKey(name));
        if (hit === null || !SECRET_KINDS.has(hit.kind)) continue;
        const shortValue = SHORT_VALUES[hit.kind];
        // A flag (`--password`), a compound name (`aws_secret_access_key`, `client-secret`) or the name of a
        // short value (`cvv`, `SSN`), not a prose word such as "password".
        // A lone `password` in prose counts too, but only before a value that looks generated (below).
        const prosePassword = PROSE_PASSWORD.test(name);
        const proseSecret = !prosePassword && PROSE_SECRET.test(name);
        const compound = /[A-Za-z0-9][_-][A-Za-z0-9]/.test(name);
        if (!flag && shortValue === undefined && !prosePassword && !proseSecret && !compound) continue;
        while (isBlank(text.charCodeAt(i))) i++;
        // `my SSN is 772314408`: a short value may follow `is`.
        if (shortValue !== undefined && IS.test(text.slice(i, i + 3))) i += 3;
        if (isQuote(text.charCodeAt(i))) i++;
        const valueStart = i;
        while (i < text.length && i - valueStart < MAX_VALUE) {
          const c = text.charCodeAt(i);
          if (isBlank(c) || isQuote(c) || c === 10 || c === 13) break;
          i++;
        }
        // A sentence's punctuation is not part of a short value (`SSN 772314408.`) or a key in prose.
        if (shortValue !== undefined || proseSecret) while (i > valueStart && TRAILING.test(text[i - 1] as string)) i--;
        const value = text.slice(valueStart, i);
        if (value.length === 0 || (shortValue ? !shortValue.test(value) : !flag && !looksSecret(value))) continue;
        if (
          proseSecret &&
          !KEY_SHAPED.test(value) &&
          !AWS_SECRET_SHAPED.test(value) &&
          !(HEX_TOKEN.test(value) && QUALIFIED.test(text.slice(Math.max(0, start - 8), start)))
        ) {
          continue;
        }
        // A parenthesis opens a note (`client_secret (rotated 2026-11-02)`); a path or a call after the word
        // is code, not a password (`password /var/task/auth.ts:42`).
        if (!flag && (value.charCodeAt(0) === 40 || (prosePassword && value.charCodeAt(0) === 47))) continue;
        report(valueStart, i, hit.kind);
        SECRET_WORD.lastIndex = i;
      }
      if (text.includes('mysql')) {
        MYSQL_PASSWORD.lastIndex = 0;
        for (let m = MYSQL_PASSWORD.exec(text); m !== null; m = MYSQL_PASSWORD.exec(text)) {
          const password = m[1] as string;
          report(m.index + m[0].length - password.length, m.index + m[0].length, 'password');
        }
      }
      if (!text.includes('-u')) return;
      USER_FLAG.lastIndex = 0;
      for (let m = USER_FLAG.exec(text); m !== null; m = USER_FLAG.exec(text)) {
        const password = m[1] as string;
        report(m.index + m[0].length - password.length, m.index + m[0].length, 'password');
      }
    },
  };
}
