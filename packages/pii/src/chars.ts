/**
 * Triggers: what a string must contain before a rule is worth running. Each
 * bit is a necessary condition of one rule (a phone has a run of 7+ digits, a
 * JWT starts `eyJ`), so a rule that cannot match is skipped without a regex.
 */
export const Ch = {
  /** `-----B` of `-----BEGIN … PRIVATE KEY`. */
  pem: 1,
  jwt: 2,
  /** `://` of a URL with user-info. */
  scheme: 4,
  /** `=` or `:`, the key/value separators. */
  keyValue: 8,
  /** `DOB`, `D.O.B`, `birth`, `born`. */
  dob: 16,
  /** `Bearer` / `Basic`, any case. */
  bearer: 32,
  /** A vendor token prefix: `sk_`, `ghp_`, `xoxb-`, `AIza`, `npm_`, `hooks.slack`… */
  vendor: 64,
  /** `AKIA`, `ASIA`, `ABIA`, `ACCA`. */
  aws: 128,
  /** `@` or `%40`. */
  at: 256,
  /** Runs of digits and phone punctuation holding 7, 9 or 13 digits: phones, SSNs, cards. */
  run7: 512,
  run9: 1024,
  run13: 2048,
  /** Two upper-case letters then two digits: an IBAN's country and check digits. */
  iban: 4096,
  /** A colon next to a hex digit or another colon. */
  hexColon: 8192,
  /** Four digits and three dots in one run. */
  quad: 16384,
  /** Two capitalized words: what a full name or a title needs. */
  caps2: 32768,
} as const;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** What may follow the capital of a name word (`Jo`, `Mü`, `O'`, `X-`). */
const isNameTail = (c: number) => (c >= 97 && c <= 122) || (c >= 224 && c <= 255) || c === 39 || c === 8217 || c === 45;
/** Case-insensitive `be(arer)` / `ba(sic)` after a `b`. */
const isBearerStart = (n1: number, n2: number) =>
  ((n1 | 32) === 101 && (n2 | 32) === 97) || ((n1 | 32) === 97 && (n2 | 32) === 115);

/**
 * One pass over the characters collecting the `Ch` triggers. Most log
 * strings (ids, routes, user agents) set none that a rule needs, so scanning
 * them costs this loop and nothing else.
 */
export function triggers(text: string): number {
  let f = 0;
  let run = 0;
  let dots = 0;
  let caps = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      if (run >= 7) f |= run >= 13 ? Ch.run7 | Ch.run9 | Ch.run13 : run >= 9 ? Ch.run7 | Ch.run9 : Ch.run7;
      if (dots >= 3 && run >= 4) f |= Ch.quad;
      continue;
    }
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (c >= 97 && c <= 122) {
      run = 0;
      dots = 0;
      if (c === 98) {
        if (isBearerStart(next, text.charCodeAt(i + 2))) f |= Ch.bearer;
      } else if (c === 101) {
        if (next === 121 && text.charCodeAt(i + 2) === 74) f |= Ch.jwt;
      } else if (c === 114 && ((prev === 111 && next === 110) || (prev === 105 && next === 116))) f |= Ch.dob;
      continue;
    }
    if (isUpper(c)) {
      run = 0;
      dots = 0;
      if (isNameTail(next)) caps++;
      if (isUpper(next) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) f |= Ch.iban;
      if (c === 66) {
        if (prev === 45) f |= Ch.pem;
        if (isBearerStart(next, text.charCodeAt(i + 2))) f |= Ch.bearer;
      } else if (c === 65) {
        const n2 = text.charCodeAt(i + 2);
        if ((next === 75 || next === 83 || next === 66 || next === 67) && (n2 === 73 || n2 === 67)) f |= Ch.aws;
        if (next === 73 && n2 === 122) f |= Ch.vendor;
      } else if (c === 79 && (prev === 68 || prev === 46)) f |= Ch.dob;
      continue;
    }
    switch (c) {
      case 32:
      case 40:
      case 41:
      case 43:
        break;
      case 45:
        // `sk-`, `xoxb-`, `glpat-`
        if (prev === 107 || text.charCodeAt(i - 2) === 120 || (prev === 116 && text.charCodeAt(i - 3) === 112)) {
          f |= Ch.vendor;
        }
        break;
      case 46:
        dots++;
        if (prev === 115 && next === 115) f |= Ch.vendor;
        break;
      case 95:
        // `sk_`, `rk_`, `ghp_`, `github_`, `npm_`
        if (prev === 107 || prev === 98 || prev === 109 || text.charCodeAt(i - 2) === 104) f |= Ch.vendor;
        run = 0;
        dots = 0;
        break;
      case 58:
        f |= Ch.keyValue;
        if (next === 47 && text.charCodeAt(i + 2) === 47) f |= Ch.scheme;
        if (isHex(prev) || isHex(next) || prev === 58 || next === 58) f |= Ch.hexColon;
        run = 0;
        dots = 0;
        break;
      case 61:
        f |= Ch.keyValue;
        run = 0;
        dots = 0;
        break;
      case 64:
        f |= Ch.at;
        run = 0;
        dots = 0;
        break;
      case 37:
        if (next === 52 && text.charCodeAt(i + 2) === 48) f |= Ch.at;
        run = 0;
        dots = 0;
        break;
      default:
        run = 0;
        dots = 0;
    }
  }
  return caps >= 2 ? f | Ch.caps2 : f;
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const isAlnumCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
