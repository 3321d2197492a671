import { NEED_RUN13 } from '../chars.js';
import { luhn } from './luhn.js';
import type { Report, TextRule } from './rule.js';

/** Runs of digits with single spaces or dashes between them, not inside a word or dotted version; windows of 13–19 digits are checked below. */
const CANDIDATE = /(?<![\w.-])\d(?:[ -]?\d)*(?![\w]|[.-]\d)/g;

type Range = readonly [lo: number, hi: number];
/** Issuer prefixes (IIN ranges, compared on the same number of leading digits) and allowed lengths. */
const NETWORKS: ReadonlyArray<readonly [ranges: readonly Range[], lengths: readonly number[]]> = [
  [[[4, 4]], [13, 16, 19]],
  [
    [
      [51, 55],
      [2221, 2720],
    ],
    [16],
  ],
  [
    [
      [34, 34],
      [37, 37],
    ],
    [15],
  ],
  [
    [
      [6011, 6011],
      [65, 65],
      [644, 649],
      [622126, 622925],
    ],
    [16, 17, 18, 19],
  ],
  [[[3528, 3589]], [16, 17, 18, 19]],
  [
    [
      [300, 305],
      [36, 36],
      [38, 39],
    ],
    [14, 15, 16, 17, 18, 19],
  ],
  [[[62, 62]], [16, 17, 18, 19]],
  [
    [
      [50, 50],
      [56, 58],
      [6304, 6304],
      [6759, 6759],
      [6761, 6763],
    ],
    [13, 14, 15, 16, 17, 18, 19],
  ],
];

/**
 * True when `digits` has a known issuer prefix, a length that issuer uses, and a valid Luhn check digit.
 *
 * @example
 * ```ts
 * isCardNumber('4111111111111111'); // true
 * isCardNumber('4111111111111112'); // false (Luhn)
 * isCardNumber('9111111111111111'); // false (no issuer)
 * ```
 */
export function isCardNumber(digits: string): boolean {
  const known = NETWORKS.some(
    ([ranges, lengths]) =>
      lengths.includes(digits.length) &&
      ranges.some(([lo, hi]) => {
        const p = Number(digits.slice(0, String(lo).length));
        return p >= lo && p <= hi;
      }),
  );
  return known && luhn(digits);
}

/**
 * A candidate run may hold more than the card (`order 200 4111 1111 1111 1111
 * 12/29`), so every group-aligned window of 13–19 digits is tried, longest
 * first (every issuer range starts with 2–6). A run has at most 19 digits,
 * so this stays constant per run.
 */
/** A card's month/year (`09/29`, `11 / 2029`), shared by the card, key/value and structure rules. */
export const MONTH_YEAR = String.raw`(?:0[1-9]|1[0-2]) ?\/ ?(?:20)?\d\d`;
/** `… 4242 exp 09/29`, `… 4946 (exp 08/28)`: an expiry written right after a card number goes with it. */
const EXPIRY_AFTER = new RegExp(
  String.raw`^[\s,;]{1,3}\(?(?:exp(?:iry|ires|iration)?\.?|valid thru|vence|gültig bis)[\s:]{1,3}(${MONTH_YEAR})(?![\d/])`,
  'i',
);

function reportExpiry(text: string, cardEnd: number, report: Report): void {
  const tail = EXPIRY_AFTER.exec(text.slice(cardEnd, cardEnd + 40));
  if (tail !== null) {
    const end = cardEnd + tail[0].length;
    report(end - (tail[1] as string).length, end);
  }
}

/**
 * `… read out card 4179… on the call, expiry 09/29`, a psql record's `exp | 08/28`: once a text holds a card,
 * a month/year after an expiry word anywhere in it is that card's.
 */
const EXPIRY_NEAR = new RegExp(
  String.raw`\b(?:exp(?:iry|ires|iration)?\.?|valid thru|vence|gültig bis)[\s:|=]{1,20}(${MONTH_YEAR})(?![\d/])`,
  'gi',
);

function reportExpiries(text: string, report: Report): void {
  EXPIRY_NEAR.lastIndex = 0;
  for (let m = EXPIRY_NEAR.exec(text); m !== null; m = EXPIRY_NEAR.exec(text)) {
    const end = m.index + m[0].length;
    report(end - (m[1] as string).length, end);
  }
}

function findCards(text: string, report: Report): void {
  let cards = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const run = m[0];
    // Group boundaries of the run: starts[i]..ends[i] are digits, single separators between.
    const starts: number[] = [0];
    const ends: number[] = [];
    for (let i = 1; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c === 32 || c === 45) {
        ends.push(i);
        starts.push(i + 1);
      }
    }
    ends.push(run.length);
    let from = 0;
    while (from < starts.length) {
      let found = -1;
      let digits = '';
      for (let to = from; to < starts.length; to++) {
        // Cards are printed unbroken or in groups of 4+ (4-4-4-4, 4-6-5): "1 2 3 4 …" is not a card.
        if (to > from && (ends[to - 1] as number) - (starts[to - 1] as number) < 4) break;
        digits += run.slice(starts[to], ends[to]);
        if (digits.length > 19 || digits.charCodeAt(0) < 50 || digits.charCodeAt(0) > 54) break;
        if (digits.length >= 13 && isCardNumber(digits)) found = to;
      }
      if (found < 0) {
        from++;
        continue;
      }
      const end = m.index + (ends[found] as number);
      report(m.index + (starts[from] as number), end);
      reportExpiry(text, end, report);
      cards++;
      from = found + 1;
    }
  }
  if (cards > 0) reportExpiries(text, report);
}

export const cardRule: TextRule = { name: 'card', kind: 'card', need: NEED_RUN13, find: findCards };
