/**
 * One pass over a string sets a bit per character class; each rule declares
 * the classes it needs, so most rules are skipped without running a regex.
 */
export const Ch = {
  digit: 1,
  at: 2,
  percent: 4,
  colon: 8,
  equals: 16,
  dot: 32,
  upper: 64,
  dash: 128,
  plus: 256,
  lower: 512,
  underscore: 1024,
  slash: 2048,
} as const;

export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= Ch.lower;
    else if (c >= 48 && c <= 57) mask |= Ch.digit;
    else if (c >= 65 && c <= 90) mask |= Ch.upper;
    else if (c === 64) mask |= Ch.at;
    else if (c === 37) mask |= Ch.percent;
    else if (c === 58) mask |= Ch.colon;
    else if (c === 61) mask |= Ch.equals;
    else if (c === 46) mask |= Ch.dot;
    else if (c === 45) mask |= Ch.dash;
    else if (c === 43) mask |= Ch.plus;
    else if (c === 95) mask |= Ch.underscore;
    else if (c === 47) mask |= Ch.slash;
  }
  return mask;
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const isAlnumCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
