import { NEED_RUN7 } from '../chars.js';
import { normalizeKey } from '../keyRules.js';
import { Cue, cues } from './gate.js';
import type { KeyHit } from './keyValue.js';
import type { TextRule } from './rule.js';

/**
 * Values that have no shape of their own but are announced by the words
 * before them: a national phone number without `+` or a trunk prefix
 * (`text 312 555 0147`, `mi número es 55 4321 8765`), and a secret after a
 * command-line flag or an environment-style name (`aws configure set
 * aws_secret_access_key …`, `--password …`). Without the cue such digits are
 * as likely a port and a count (`200 200 8080`), so they are left alone.
 */

/**
 * Phone-shaped runs (7–13 digits, checked after), found first as digits are rarer than words; a run
 * starts only where a number can (not inside a word, an ID or another number).
 */
const RUNS = /(?<![\w(])\(?\d[\d ()./-]{5,22}\d/g;
/**
 * What must come right before such a run: a word that announces a phone number, in the languages the
 * app serves, then punctuation and a few short words (`Tel.: `, ` es `, ` me on `).
 */
const CUE_BEFORE =
  /(?:^|[^A-Za-zÀ-ÿ\d])(?:(?:my|mi|mon|ma|mein|meine|meu|o meu|il mio) (?:(?:phone|cell|mobile) )?(?:number|número|numero|numéro|nummer)|tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|mobile|mobil|móvil|cell|handy|whatsapp|sms|text(?: me)?|call(?: me)?|ring me|fax)(?:[\s:=#.,–—-]|(?:is|es|ist|est|é|on|at|to|au|al|da|under|unter)(?![A-Za-zÀ-ÿ\d])){0,8}$/i;
const DATE_OR_TIME = /^\d{4}-\d\d-\d\d|^\d\d?[:.]\d\d/;
/**
 * National layouts people type without a cue: 3-3-4 (US, Italian mobiles), 5-5 (Indian mobiles),
 * 2-4-4 (Mexico), and a trunk `0` then groups (`0151 2345 6789`, `070-123 45 67`, `06 12 34 56 78`).
 * Nine digits at least, so `200 8080` and a pair of counts stay; `0000-0000-0000` and `09 12 44 123 456`
 * (a time) fit no layout.
 */
const NATIONAL =
  /^(?:[2-9]\d{2} \d{3} \d{4}|[6-9]\d{4} \d{5}|[1-9]\d \d{4} \d{4}|0[1-9](?: \d\d){4}|0[1-9]\d{1,3}[ -]\d{3,8}(?:[ -]\d{2,4}){0,2})$/;
const CUE_REACH = 40;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A layout alone is not enough amid other numbers: `200 200 412 1834` in an ALB log is statuses and sizes. */
const amidNumbers = (text: string, start: number, end: number) =>
  (text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2))) ||
  (text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1)));

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) n++;
  return n;
}

export const phoneCueRule: TextRule = {
  name: 'phoneCue',
  kind: 'phone',
  need: NEED_RUN7,
  find(text, report) {
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(text); m !== null; m = RUNS.exec(text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const before = text.charCodeAt(start - 1);
      // After `+` it is the phone rule's.
      if (before === 43 || isDigit(before) || isWordChar(before)) continue;
      if (isDigit(text.charCodeAt(end)) || isWordChar(text.charCodeAt(end))) continue;
      const digits = countDigits(run);
      if (digits < 7 || digits > 13 || DATE_OR_TIME.test(run)) continue;
      // Dashed and dotted shapes are the phone rule's too; unspaced, only a long run after a cue is ours.
      const spaced = run.includes(' ') || run.includes('/');
      if (!spaced && digits < 9) continue;
      if (
        (spaced && digits >= 9 && NATIONAL.test(run) && !amidNumbers(text, start, end)) ||
        CUE_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start))
      ) {
        report(start, end);
      }
    }
  },
};

/** `curl -u user:password`, `--user=user:password`: the part after the colon. */
const USER_FLAG = /(?<=^|\s)(?:-u|--user)[ =]["']?[^\s:"']{1,64}:([^\s"']{1,256})/g;
/** The words a secret's name contains; each hit is widened to the whole name around it. */
const SECRET_WORD = /secret|passw|passphrase|token|api[_-]?key|credential/gi;
const SECRET_KINDS = new Set(['password', 'secret', 'token', 'credential']);
const MAX_NAME = 64;
const MAX_VALUE = 256;

const isNameChar = (c: number) => isWordChar(c) || isDigit(c) || c === 45;
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
        // A flag (`--password`) or a compound name (`aws_secret_access_key`, `client-secret`), not a prose word.
        if (!flag && !/[A-Za-z0-9][_-][A-Za-z0-9]/.test(name)) continue;
        const hit = classify(normalizeKey(name));
        if (hit === null || !SECRET_KINDS.has(hit.kind)) continue;
        while (isBlank(text.charCodeAt(i))) i++;
        if (isQuote(text.charCodeAt(i))) i++;
        const valueStart = i;
        while (i < text.length && i - valueStart < MAX_VALUE) {
          const c = text.charCodeAt(i);
          if (isBlank(c) || isQuote(c) || c === 10 || c === 13) break;
          i++;
        }
        const value = text.slice(valueStart, i);
        if (value.length === 0 || (!flag && !looksSecret(value))) continue;
        report(valueStart, i, hit.kind);
        SECRET_WORD.lastIndex = i;
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

/** `?code=…` of an OAuth or magic-link callback: a one-time credential in the URL. */
const AUTH_CODE = /[?&;]code=([A-Za-z0-9._~%-]{16,512})/g;
/** The path words of a sign-in callback; `/invite/accept?code=` is an app's own reference, kept. */
const AUTH_PATH = /callback|oauth|auth|login|signin|sign-in|sso|verify|magic|token/i;

/** A code long enough to be generated: `code=P2002` or `code=ECONNRESET` is an error code, not this. */
const isGenerated = (value: string): boolean => /\d/.test(value) && /[A-Za-z]/.test(value);

export const authCodeRule: TextRule = {
  name: 'authCode',
  kind: 'token',
  need: 0,
  find(text, report) {
    if ((cues(text) & Cue.code) === 0) return;
    AUTH_CODE.lastIndex = 0;
    for (let m = AUTH_CODE.exec(text); m !== null; m = AUTH_CODE.exec(text)) {
      const value = m[1] as string;
      // The URL's path: back from the `?` to the start of the URL token.
      let start = m.index;
      while (start > 0 && start > m.index - 512 && !/[\s"'<(]/.test(text[start - 1] as string)) start--;
      if (isGenerated(value) && AUTH_PATH.test(text.slice(start, m.index))) {
        report(m.index + m[0].length - value.length, m.index + m[0].length);
      }
    }
  },
};
