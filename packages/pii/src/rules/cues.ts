import { Ch } from '../chars.js';
import { normalizeKey } from '../keyRules.js';
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

/** Words that announce a phone number, in the languages the app serves. */
const PHONE_CUE =
  /(?<![\p{L}\d])(?:(?:my|mi|mon|ma|mein|meine|meu|o meu|il mio) (?:(?:phone|cell|mobile) )?(?:number|número|numero|numéro|nummer)|tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|mobile|mobil|móvil|cell|handy|whatsapp|sms|text(?: me)?|call(?: me)?|ring me|fax)(?![\p{L}\d])/giu;
/** Between the cue and the number: punctuation and a few short words (`Tel.: `, ` es `, ` me on `). */
const FILLER = /^(?:[\s:=#.,–—-]|(?:is|es|ist|est|é|on|at|to|au|al|da|under|unter)(?![\p{L}\d])){0,8}/iu;
/** A run of digits with phone separators; how many digits it holds is checked after. */
const RUN = /^\(?\d[\d ()./-]{5,22}/;
const DATE_OR_TIME = /^\d{4}-\d\d-\d\d|^\d\d?[:.]\d\d/;

function phoneAfter(text: string, from: number): [number, number] | null {
  const filler = FILLER.exec(text.slice(from, from + 24));
  const start = from + (filler ? filler[0].length : 0);
  const run = RUN.exec(text.slice(start, start + 24));
  if (run === null) return null;
  // Trailing separators and an unclosed parenthesis are not part of the number.
  let end = start + run[0].length;
  while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
  const value = text.slice(start, end);
  const digits = value.replace(/\D/g, '').length;
  const next = text.charCodeAt(end);
  if (digits < 7 || digits > 13 || isDigit(next) || isWordChar(next) || DATE_OR_TIME.test(value)) return null;
  return [start, end];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export const phoneCueRule: TextRule = {
  name: 'phoneCue',
  kind: 'phone',
  need: Ch.run7,
  find(text, report) {
    PHONE_CUE.lastIndex = 0;
    for (let m = PHONE_CUE.exec(text); m !== null; m = PHONE_CUE.exec(text)) {
      const found = phoneAfter(text, m.index + m[0].length);
      if (found !== null) report(found[0], found[1]);
    }
  },
};

/** Cheap native pre-check: no secret word, no scan. */
const SECRET_WORD = /secret|passw|passphrase|token|api[_-]?key|credential/i;
/**
 * `--flag value` or `SNAKE_CASE value` / `kebab-case value`, the name starting a word (not the value of
 * `reason=bad_credentials attempt=3/5`), classified the way key rules see it.
 */
const FLAG_THEN_VALUE =
  /(?<=^|[\s"'(;])(--?[A-Za-z][\w-]{0,40}|[A-Za-z][A-Za-z0-9]{0,40}(?:[_-][A-Za-z0-9]{1,40}){1,6})[ \t]+(?:["']?)([^\s"']{1,256})/g;
const SECRET_KINDS = new Set(['password', 'secret', 'token', 'credential']);

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
      if (!SECRET_WORD.test(text)) return;
      FLAG_THEN_VALUE.lastIndex = 0;
      for (let m = FLAG_THEN_VALUE.exec(text); m !== null; m = FLAG_THEN_VALUE.exec(text)) {
        const name = m[1] as string;
        const value = m[2] as string;
        const hit = classify(normalizeKey(name));
        if (hit === null || !SECRET_KINDS.has(hit.kind)) continue;
        if (name.charCodeAt(0) !== 45 && !looksSecret(value)) continue;
        const end = m.index + m[0].length;
        report(end - value.length, end, hit.kind);
        // The value may itself be a name followed by a value: continue after it, not inside it.
        FLAG_THEN_VALUE.lastIndex = end;
      }
    },
  };
}
