import { isAlnumCode, NEED_AT } from '../chars.js';
import type { Report, TextRule } from './rule.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A top-level domain is 2–24 letters, so `npm@11` and `pkg@1.2.3` stay; read in place, no slice or regex per `@`. */
function isTld(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 24) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c) && !isWideLetter(c)) return false;
  }
  return true;
}

/** Where letters of one kind (ASCII or wider) starting at `start` turn into letters of the other, else `end`. */
function scriptEnd(text: string, start: number, end: number): number {
  const ascii = isLetterCode(text.charCodeAt(start));
  const same = ascii ? isLetterCode : isWideLetter;
  const other = ascii ? isWideLetter : isLetterCode;
  let i = start;
  while (i < end && same(text.charCodeAt(i))) i++;
  return i > start && i < end && other(text.charCodeAt(i)) ? i : end;
}

/** `icon@2x.png`: a first label of digits then `x` names a retina asset, not an address. */
function isRetina(text: string, start: number, end: number): boolean {
  if (end - start < 2 || (text.charCodeAt(end - 1) | 32) !== 120) return false;
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isLocalCode = (c: number) => isAlnumCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
/** A letter past ASCII: internationalized domains (`bücherwurm.de`, `пример.рф`, `例え.jp`). */
const UNICODE_LETTER = /\p{L}/u;
const isWideLetter = (c: number) => c >= 0xaa && UNICODE_LETTER.test(String.fromCharCode(c));
const isDomainCode = (c: number) => isAlnumCode(c) || c === 45 || (c >= 0xaa && isWideLetter(c));

/**
 * Walks out from each `@` (or `%40`) instead of matching one big regex: the
 * domain is read forwards at most 253 characters and, only when it is valid,
 * the local part backwards at most 64, so the cost per `@` is bounded and
 * `a@a@a@…` stays linear.
 */
function findEmails(text: string, report: Report): void {
  // `%2540` (an address encoded twice) is found in the decoded view of escaped text, as `%40`.
  let nextAt = text.indexOf('@');
  let nextEncoded = text.indexOf('%40');
  while (nextAt >= 0 || nextEncoded >= 0) {
    const encoded = nextAt < 0 || (nextEncoded >= 0 && nextEncoded < nextAt);
    const at = encoded ? nextEncoded : nextAt;
    const found = scanAt(text, at, encoded ? 3 : 1);
    if (found !== null) {
      report(found[0], found[1]);
      const bracket = text.charCodeAt(found[0] - 1);
      if (bracket === 60 || bracket === 40) reportDisplayName(text, found[0] - 1, report);
    }
    const resume = found === null ? at + 1 : found[1];
    if (nextAt >= 0 && nextAt < resume) nextAt = text.indexOf('@', resume);
    if (nextEncoded >= 0 && nextEncoded < resume) nextEncoded = text.indexOf('%40', resume);
  }
}

/**
 * The display name of `"Óscar Núñez" <oscar@…>`, `Mia Wong <mia@…>` or `Valentina Ruiz (valentina@…)` (a From
 * or To header, a ticket's sender, a rendered notification): quoted without digits, or two to four capitalized
 * words, right before the `<` or `(`.
 */
const DISPLAY_NAME =
  /(?:"([^"<>@\\\d\n]{2,64})\\?"|(?<![\p{L}\d])(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})) ?$/u;
const DISPLAY_REACH = 72;

function reportDisplayName(text: string, bracket: number, report: Report): void {
  const from = Math.max(0, bracket - DISPLAY_REACH);
  const m = DISPLAY_NAME.exec(text.slice(from, bracket));
  // A quote that closes the name (`User 'Tom Baker' (tom@…)`) is not part of it.
  const name = (m?.[1] ?? m?.[2])?.replace(/['’.]+$/, '');
  if (m === null || name === undefined || !/\p{L}/u.test(name)) return;
  const start = from + m.index + m[0].indexOf(name);
  report(start, start + name.length, 'name');
}

const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
/** `%3D` `%26` `%3F` `%2F` `%3A` `%20` `%2C` `%3B` `%22` `%27` `%3C` `%3E`: escapes of characters no address holds. */
const ESCAPED_DELIMITERS = new Set(['3d', '26', '3f', '2f', '3a', '20', '2c', '3b', '22', '27', '3c', '3e']);
/** Whether `text` holds, at `i`, `%` and the escape of a delimiter (`reset%3Femail%3Dana%40x.com`). */
const isEscapedDelimiter = (text: string, i: number) =>
  text.charCodeAt(i) === 37 &&
  isHex(text.charCodeAt(i + 1)) &&
  isHex(text.charCodeAt(i + 2)) &&
  ESCAPED_DELIMITERS.has(text.slice(i + 1, i + 3).toLowerCase());

/** The address around the `@` at `at` (`sepLength` 3 for `%40`), or null. */
function scanAt(text: string, at: number, sepLength: number): readonly [number, number] | null {
  // The domain first: it fails fast and cheaply on `a@a@a…`, `%40%40…` and `npm@11`.
  const domainStart = at + sepLength;
  let end = domainStart;
  let dotted = false;
  while (end < text.length && end - domainStart < MAX_DOMAIN) {
    const c = text.charCodeAt(end);
    if (c === 46) dotted = true;
    else if (!isDomainCode(c)) break;
    end++;
  }
  if (!dotted) return null;
  while (end > domainStart && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  // Labels are non-empty and do not start with `-`; checked in place, no split.
  let firstDot = -1;
  let lastDot = -1;
  for (let i = domainStart; i < end; i++) {
    const c = text.charCodeAt(i);
    const labelStart = i === domainStart || text.charCodeAt(i - 1) === 46;
    if (labelStart && (c === 46 || c === 45)) return null;
    if (c === 46) {
      if (firstDot < 0) firstDot = i;
      lastDot = i;
    }
  }
  // `tanaka@example.comです`: a top-level domain is in one script; a sentence glued after it is not part of it.
  end = scriptEnd(text, lastDot < 0 ? domainStart : lastDot + 1, end);
  if (!isTld(text, lastDot < 0 ? domainStart : lastDot + 1, end)) return null;
  if (isRetina(text, domainStart, firstDot < 0 ? end : firstDot)) return null;
  let start = at;
  let escaped = false;
  while (start > 0 && at - start < MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) {
    // Inside URL-encoded text an escaped delimiter ends the local part.
    if (start >= 3 && isEscapedDelimiter(text, start - 3)) {
      escaped = true;
      break;
    }
    start--;
  }
  if (!escaped && start > 0 && isLocalCode(text.charCodeAt(start - 1))) return null;
  // `https://3f8a2c1e@o451234.ingest.sentry.io/5567890`: a URL's user name (a Sentry DSN's public key), not a
  // mailbox; an escaped `%40` there is an address used as the user name (`smtps://notify%40x.app:pw@host`).
  if (sepLength === 1 && start >= 3 && text.startsWith('://', start - 3)) return null;
  // `ssh deploy@bastion.internal`, `scp ci@build-01.corp:…`: a login on a host, not a mailbox.
  if (sepLength === 1 && afterShellCommand(text, start)) return null;
  while (start < at && text.charCodeAt(start) === 46) start++;
  if (start === at) return null;
  // `git@github.com:org/repo`: the SSH service account of a forge, not a person.
  if (at - start === 3 && text.charCodeAt(end) === 58 && text.startsWith('git', start)) return null;
  // `<0100018c…@email.amazonses.com>`, `<6fdea270-af84-…@…>`, `<01JDQ8Z4K7M2N5P8R1T4V7X0YB@…>`: a Message-ID (16 or
  // more hex digits and dashes, a ULID or a generated ID, in angle brackets), no one's mailbox.
  if (at - start >= 16 && text.charCodeAt(start - 1) === 60 && isMessageIdLocal(text.slice(start, at))) return null;
  return [start, end];
}

const SHELL_COMMANDS = new Set(['ssh', 'scp', 'sftp', 'mosh', 'rsync']);
const isCommandBoundary = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 124 || c === 38;

/** `ssh ` / `scp ` … right before `start`, as a command word of its own; read in place, as most `@`s have none. */
function afterShellCommand(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  let w = start - 1;
  while (w > 0 && start - 1 - w < 5 && isLetterCode(text.charCodeAt(w - 1))) w--;
  const length = start - 1 - w;
  if (length < 3 || (w > 0 && !isCommandBoundary(text.charCodeAt(w - 1)))) return false;
  return SHELL_COMMANDS.has(text.slice(w, start - 1));
}
const MESSAGE_ID = /^[\da-f]+(?:-[\da-f]+)*$/i;
/** A ULID (`01JDQ8Z4K7M2N5P8R1T4V7X0YB`), which many mailers use as a Message-ID's left part. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** 20 or more letters and digits, 4 digits at least, no dot: a generated ID (`CAKx7c9Qm2…`), not a mailbox. */
const GENERATED = /^(?=(?:\D*\d){4})[A-Za-z0-9_=+-]{20,}$/;

/** The left part of a Message-ID: hex and dashes, a ULID or a generated ID (checked inside `<…>` only). */
const isMessageIdLocal = (local: string) => MESSAGE_ID.test(local) || ULID.test(local) || GENERATED.test(local);

export const emailRule: TextRule = {
  name: 'email',
  kind: 'email',
  need: NEED_AT,
  find: findEmails,
};
