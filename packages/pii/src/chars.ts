/**
 * Triggers: what a string must contain before a rule is worth running. Each
 * bit is a necessary condition of one rule (a phone has a run of 7+ digits, a
 * JWT starts `eyJ`), so a rule that cannot match is skipped without a regex.
 */

/** `-----B` of `-----BEGIN … PRIVATE KEY`. */
export const NEED_PEM = 1;
export const NEED_JWT = 2;
/** `://` of a URL with user-info. */
export const NEED_SCHEME = 4;
/** `=` or `:`, the key/value separators. */
export const NEED_KEY_VALUE = 8;
/** `DOB`, `D.O.B`, `birth`, `born`. */
export const NEED_DOB = 16;
/** `Bearer` / `Basic`, any case. */
export const NEED_BEARER = 32;
/** A vendor token prefix: `sk_`, `ghp_`, `xoxb-`, `AIza`, `npm_`, `whsec_`, `hooks.slack`… */
export const NEED_VENDOR = 64;
/** `AKIA`, `ASIA`, `ABIA`, `ACCA`. */
export const NEED_AWS = 128;
/** `@` or `%40`. */
export const NEED_AT = 256;
/**
 * A run of digits, phone punctuation and `/` holding 7 digits, wherever it starts; except within the first
 * `PLUS_REACH` characters of a run right after a `+`, which the phone-cue rule leaves to the phone rule.
 */
export const NEED_RUN7 = 512;
/** How far the phone-cue rule's first match reaches from the digit after a `+` (`\d[\d ()./-]{5,22}\d`). */
const PLUS_REACH = 24;
/** The same from a possible start (not glued to a word, `.` or `-`), 7 or 13 digits: phones, cards. */
export const NEED_START7 = 65536;
/** Groups of 3, 2 and 4+ digits split by single spaces or dashes: an SSN's shape. */
export const NEED_SSN = 1024;
export const NEED_RUN13 = 2048;
/** Two upper-case letters then two digits: an IBAN's country and check digits. */
export const NEED_IBAN = 4096;
/** `::`, or six colons in one run of hex digits, colons and dots: what an IPv6 address needs. */
export const NEED_HEX_COLON = 8192;
/** Four digits and three dots in one run. */
export const NEED_QUAD = 16384;
/** A capitalized word, an optional `.`, a space and a capital: what a full name or a title starts with. */
export const NEED_CAPS2 = 32768;
/** An escape that may hide PII: `&#…;`, `&nbsp;`, `\\u00…`, `%25…` (URL-encoded twice), `%20`/`%2B` before a digit, quoted-printable `=40`. */
export const NEED_ESCAPED = 1048576;
/** A Japanese or Korean honorific after a name: `さん`, `様`, `先生`, `씨`, `님`. */
export const NEED_HONORIFIC = 524288;
/** `iP` of `iPhone` / `iPad`: devices named after their owner. */
export const NEED_DEVICE = 262144;
/** A Germanic street type before a number (`Kastanienallee 27`, `Prinsengracht 263`) or `18 rue`: lower-case street forms. */
export const NEED_WORD_DIGIT = 131072;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
/** `ß-ö`, `ø-ÿ`, `Ā-ž`: the lower-case letters past ASCII that the name rule takes (Latin-1 and Latin Extended-A, both cases). */
const isLatinLower = (c: number) => c >= 223 && c <= 382 && c !== 247;
/** Bits `c - 96` of the lower-case letters that start a trigger: b, e, r. */
const LOWER_STARTS = (1 << 2) | (1 << 5) | (1 << 18);
/** Case-insensitive `be(arer)` / `ba(sic)` after a `b`. */
const isBearerStart = (n1: number, n2: number) =>
  ((n1 | 32) === 101 && (n2 | 32) === 97) || ((n1 | 32) === 97 && (n2 | 32) === 115);

/** `#` of a numeric entity, or the first letter of `&nbsp;`, `&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;`. */
const isEntityStart = (c: number) => c === 35 || c === 110 || c === 97 || c === 113 || c === 108 || c === 103;

/** `さん`, `様`, `先生`, `씨`, `님` at `i`. */
const isHonorific = (text: string, i: number, c: number) =>
  (c === 0x3055 && code(text, i + 1) === 0x3093) ||
  c === 0x69d8 ||
  (c === 0x5148 && code(text, i + 1) === 0x751f) ||
  c === 0xc528 ||
  c === 0xb2d8;

/** Reads outside the string would return NaN and deoptimize the caller: they read 0 instead. */
const code = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);
/** `%2B` ends just before `i`. */
const isEncodedPlus = (text: string, i: number) => code(text, i - 2) === 50 && code(text, i - 3) === 37;

/** The triggers a letter starts (`b`, `e`, `r` and capitals); kept out of the hot loop. */
function letterTriggers(text: string, i: number, c: number, before: number): number {
  const next = code(text, i + 1);
  const n2 = code(text, i + 2);
  let f = 0;
  if (c === 98 || c === 66) {
    if (isBearerStart(next, n2)) f |= NEED_BEARER;
    if (before === 45) f |= NEED_PEM;
  } else if (c === 101) {
    if (next === 121 && n2 === 74) f |= NEED_JWT;
  } else if (c === 114) {
    if ((before === 111 && next === 110) || (before === 105 && next === 116)) f |= NEED_DOB;
  } else if (c === 65) {
    if ((next === 75 || next === 83 || next === 66 || next === 67) && (n2 === 73 || n2 === 67)) f |= NEED_AWS;
    if (next === 73 && n2 === 122) f |= NEED_VENDOR;
  } else if (c === 79 && (before === 68 || before === 46)) f |= NEED_DOB;
  // `LS0tLS1CRUdJTi…`: `-----BEGIN` in base64 (a kubeconfig's `client-key-data`, a Kubernetes secret).
  else if (c === 76 && next === 83 && n2 === 48) f |= NEED_PEM;
  if (isUpper(c) && isUpper(next) && isDigit(n2) && isDigit(code(text, i + 3))) f |= NEED_IBAN;
  return f;
}

/** The triggers of punctuation that starts or ends one: `:` `=` `@` `%40` and vendor prefix separators. */
function markTriggers(text: string, i: number, c: number, before: number): number {
  const next = code(text, i + 1);
  switch (c) {
    case 45:
      // `sk-`, `xoxb-`, `glpat-`
      return before === 107 || code(text, i - 2) === 120 || (before === 116 && code(text, i - 3) === 112)
        ? NEED_VENDOR
        : 0;
    case 46:
      // `hooks.s(lack)`, SendGrid's `SG.`
      return (before === 115 && next === 115) || (before === 71 && code(text, i - 2) === 83) ? NEED_VENDOR : 0;
    case 95:
      // `sk_`, `rk_`, `ghp_`, `github_`, `npm_`, Stripe's `whsec_`
      // …and any `<prefix>_live_…` / `_test_…` key, the convention many vendors share.
      return before === 107 ||
        before === 98 ||
        before === 109 ||
        code(text, i - 2) === 104 ||
        (before === 99 && code(text, i - 4) === 104) ||
        // Sentry's `sntrys_` / `sntryu_`
        (code(text, i - 2) === 121 && code(text, i - 3) === 114 && code(text, i - 4) === 116) ||
        (next === 108 && code(text, i + 2) === 105 && code(text, i + 5) === 95) ||
        (next === 116 && code(text, i + 2) === 101 && code(text, i + 5) === 95)
        ? NEED_VENDOR
        : 0;
    case 58: {
      let f = NEED_KEY_VALUE;
      if (next === 47 && code(text, i + 2) === 47) f |= NEED_SCHEME;
      return f;
    }
    case 61:
      return next === 52 && code(text, i + 2) === 48 ? NEED_KEY_VALUE | NEED_ESCAPED : NEED_KEY_VALUE;
    case 64:
      return NEED_AT;
    case 37:
      // `%25…`: encoded twice, read in the decoded view (`%2540` is `%40` there).
      if (next === 50 && code(text, i + 2) === 53) return NEED_ESCAPED;
      // `%20` / `%2B` before a digit: a number spelled out in a URL (`my%20card%20is%204657%20…`).
      if (next === 50 && (code(text, i + 2) === 48 || (code(text, i + 2) | 32) === 98) && isDigit(code(text, i + 3)))
        return NEED_ESCAPED;
      return next === 52 && code(text, i + 2) === 48 ? NEED_AT : 0;
    default:
      return 0;
  }
}

/**
 * One pass over the characters collecting the `NEED_*` triggers. Most log
 * strings (ids, routes, user agents) set none that a rule needs, so scanning
 * them costs this loop and nothing else. Lower-case letters, the bulk of any
 * text, take two comparisons.
 */
/** Whether the word ending before the space at `space` ends like a Germanic or Nordic street type (-allee, -sse, -aße, -aat, -cht, -atz, weg, -aan, -gatan, -gata, -vägen, vej, -gade, -veien). */
function germanicStreetBefore(text: string, space: number): boolean {
  const a = code(text, space - 1);
  const b = code(text, space - 2);
  const c = code(text, space - 3);
  switch (a) {
    case 101:
      // -lee, -sse, -aße, -ade (gade)
      return (b === 101 && c === 108) || (b === 115 && c === 115) || (b === 223 && c === 97) || (b === 100 && c === 97);
    case 97:
      return b === 116 && c === 97; // -ata (Norwegian gata)
    case 116:
      return (b === 97 && c === 97) || (b === 104 && c === 99);
    case 122:
      return b === 116 && c === 97;
    case 103:
      return b === 101 && c === 119;
    case 110:
      // -aan, -tan (gatan), -gen (vägen), -ien (veien)
      return (b === 97 && (c === 97 || c === 116)) || (b === 101 && (c === 103 || c === 105));
    case 106:
      return b === 101 && c === 118; // vej
    default:
      return false;
  }
}

export function triggers(text: string): number {
  let f = 0;
  let run = 0;
  let any = 0;
  // Where the current run's first digit is, and whether a `+` came right before it and none since.
  let anyFrom = 0;
  let afterPlus = false;
  let dots = 0;
  // 1: inside a capitalized word, 2: after its `.`, 4: after the space that follows; `&= 1` keeps only 1.
  let word = 0;
  let before = 0;
  let colons = 0;
  // Digits in the current group and the two before it.
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const prev = before;
    before = c;
    if (c >= 97 && c <= 122) {
      // `b`, `e`, `r` as one bit test: the lower-case branch is the hottest of the loop. `e` and `r`, among the
      // commonest letters, start a trigger only before `y` (`eyJ`) or after `o`/`i` (`born`, `birth`).
      if (
        ((1 << (c - 96)) & LOWER_STARTS) !== 0 &&
        (c === 98 || (c === 101 ? code(text, i + 1) === 121 : prev === 111 || prev === 105))
      ) {
        f |= letterTriggers(text, i, c, prev);
      }
      if (c > 102) colons = 0;
      word &= 1;
      run = 0;
      any = 0;
      continue;
    }
    if (c >= 48 && c <= 57) {
      word = 0;
      if (prev === 32 && germanicStreetBefore(text, i - 1)) f |= NEED_WORD_DIGIT;
      if (any === 0) {
        anyFrom = i;
        afterPlus = prev === 43;
      }
      if (++any >= 7 && !(afterPlus && i - anyFrom < PLUS_REACH)) f |= NEED_RUN7;
      // Digits count from the run's first possible start: not glued to a word, dot or dash (UUIDs,
      // versions), which every digit rule's look-behind rejects; `%2B` is a phone's encoded `+`.
      if (run > 0) run++;
      else if (!(isWordCode(prev) || prev === 46 || prev === 45) || ((prev | 32) === 98 && isEncodedPlus(text, i))) {
        run = 1;
        g0 = g1 = g2 = 0;
      } else continue;
      if (++g0 >= 4 && g1 === 2 && g2 === 3) f |= NEED_SSN;
      if (run >= 7) f |= run >= 13 ? NEED_START7 | NEED_RUN13 : NEED_START7;
      if (dots >= 3 && run >= 4) f |= NEED_QUAD;
      continue;
    }
    if (c >= 65 && c <= 90) {
      if (word === 4) f |= NEED_CAPS2;
      if (c === 80 && prev === 105) f |= NEED_DEVICE;
      // A capital then a lower-case letter starts a capitalized word.
      const next = code(text, i + 1);
      word = isLower(next) || isLatinLower(next) ? 1 : 0;
      // A, B, O start `AKIA`/`AIza`, `Bearer`/`-----BEGIN`, `DOB`; two capitals after a non-word character, an IBAN.
      if (c === 65 || c === 66 || c === 79 || (!isWordCode(prev) && isUpper(code(text, i + 1)))) {
        f |= letterTriggers(text, i, c, prev);
      }
      if (c > 70) colons = 0;
      run = 0;
      any = 0;
      dots = 0;
      continue;
    }
    // Phone punctuation continues a run of digits.
    if (c === 32 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46) {
      // A second `+` inside a run starts what the phone-cue rule reads as a new run.
      if (c === 43) afterPlus = false;
      if (c === 46) {
        dots++;
        word = word === 1 ? 2 : 0;
      } else {
        colons = 0;
        word = c === 32 && word !== 0 ? 4 : 0;
      }
      // `18 rue des Lilas`
      if (c === 32 && prev >= 48 && prev <= 57 && code(text, i + 1) === 114 && code(text, i + 2) === 117) {
        f |= NEED_WORD_DIGIT;
      }
      if ((c === 32 || c === 45) && g0 > 0) {
        g2 = g1;
        g1 = g0;
      } else g1 = 0;
      g0 = 0;
      // Vendor prefixes end `…k-`, `xoxb-`, `glpat-`, `hooks.s`: a dash after a lower-case letter, a dot after `s`.
      if ((c === 45 && prev >= 97) || (c === 46 && (prev === 115 || prev === 71))) f |= markTriggers(text, i, c, prev);
      continue;
    }
    run = 0;
    // `312/555/0147` is one run for rules cued by a word; the shaped digit rules take no `/`.
    if (c !== 47) any = 0;
    dots = 0;
    if (c !== 58) colons = 0;
    else if (++colons >= 6 || prev === 58) f |= NEED_HEX_COLON;
    // Accented lower-case letters continue a word (`Jürgen`, `Słowacki`).
    if (c >= 0x3000 && isHonorific(text, i, c)) f |= NEED_HONORIFIC;
    // `&#64;`, `&nbsp;`, `\u0040`
    else if ((c === 38 && isEntityStart(code(text, i + 1))) || (c === 92 && code(text, i + 1) === 117))
      f |= NEED_ESCAPED;
    if (isLatinLower(c)) word &= 1;
    else word = 0;
    if (c === 58 || c === 61 || c === 64 || c === 37 || c === 95) f |= markTriggers(text, i, c, prev);
  }
  return f;
}

export const isAlnumCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isWordCode = (c: number): boolean => isAlnumCode(c) || c === 95;

const WIDE_WORD = /[\p{L}\p{N}]/u;
/** A letter or digit of any script, or `_`, at `i` (false outside the text): where a whole word ends. */
export const isWordAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  return c < 128 ? isWordCode(c) : WIDE_WORD.test(text[i] as string);
};

const isHexCode = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** A UUID in its 8-4-4-4-12 form (`text` is 36 characters long): the most common ID in a log record, never PII. */
export function isUuid(text: string): boolean {
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : !isHexCode(c)) return false;
  }
  return true;
}
