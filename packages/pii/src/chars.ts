/**
 * Character classes a rule needs before it is worth running: each rule
 * declares them, so most rules are skipped without running a regex.
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
  lower: 512,
  slash: 2048,
} as const;

const CLASS_TESTS: ReadonlyArray<readonly [number, (text: string) => boolean]> = [
  [Ch.digit, (t) => /\d/.test(t)],
  [Ch.at, (t) => t.includes('@')],
  [Ch.percent, (t) => t.includes('%')],
  [Ch.colon, (t) => t.includes(':')],
  [Ch.equals, (t) => t.includes('=')],
  [Ch.dot, (t) => t.includes('.')],
  [Ch.upper, (t) => /[A-Z]/.test(t)],
  [Ch.dash, (t) => t.includes('-')],
  [Ch.lower, (t) => /[a-z]/.test(t)],
  [Ch.slash, (t) => t.includes('/')],
];

/**
 * Answers "which of these classes occur in the text?", testing each class at
 * most once per string and only when a rule asks: native `includes` and
 * single-class regexes are far cheaper than a per-character loop.
 */
export function charClasses(text: string): (bits: number) => number {
  let known = 0;
  let present = 0;
  return (bits) => {
    const unknown = bits & ~known;
    if (unknown !== 0) {
      for (const [bit, test] of CLASS_TESTS) if ((unknown & bit) !== 0 && test(text)) present |= bit;
      known |= unknown;
    }
    return present & bits;
  };
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export const isAlnumCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
