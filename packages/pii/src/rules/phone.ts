import { isAlnumCode, NEED_START7 } from '../chars.js';
import type { Report, TextRule } from './rule.js';

/** Not glued to a word, a `+`, or a dotted/dashed number on either side. */
const BEFORE = String.raw`(?<![\w+.-])`;
const AFTER = String.raw`(?![\w]|[.-]\d)`;
const EXT = String.raw`(?:[ ,;]{0,2}(?:x|ext\.?|extension|poste)[ .:]?\d{1,6})?`;

/**
 * Separate, unambiguous shapes instead of one clever regex: each quantifier
 * is bounded and followed by a distinct character, so the engine never
 * explores more than a few paths per starting position.
 */
const SHAPE_SOURCES: ReadonlyArray<readonly [string, number, number, string]> = [
  // +44 20 7946 0958, +1-555-123-4567, +4915112345678
  [`${BEFORE}(?:\\+|%2[Bb])\\d(?:[ .-]?\\d){6,14}${AFTER}${EXT}`, 8, 15, '+%'],
  // +1 (555) 123-4567, +44 (0) 20 7946 0958, +33 (0)6 98 76 54 32
  [
    `${BEFORE}(?:\\+|%2[Bb])\\d{1,3}[ .-]?\\(\\d{1,4}\\)[ .-]?\\d{1,4}(?:[ .-]?\\d{2,4}){0,4}${AFTER}${EXT}`,
    8,
    16,
    '+%',
  ],
  // 0049 (0)30 12345678: the `00` international prefix, with the trunk `(0)` that only phones carry
  [`${BEFORE}00[1-9]\\d{0,2}[ .-]?\\(0\\)[ .-]?\\d{1,4}(?:[ .-]?\\d{2,4}){1,4}${AFTER}${EXT}`, 10, 17, '0'],
  // Russian 8 (912) 334-51-07 and Turkish 0 (542) 318 77 20: a trunk digit, the area in parentheses, 3-2-2
  [`${BEFORE}[08] ?\\(\\d{3}\\) ?\\d{3}([ -])\\d{2}\\1\\d{2}${AFTER}${EXT}`, 11, 11, '08'],
  // (555) 123-4567, 1 (555) 123 4567
  [`${BEFORE}(?:1[ .-]?)?\\(\\d{3}\\)[ .-]?\\d{3}[ .-]\\d{4}${AFTER}${EXT}`, 10, 11, '1('],
  // 555-123-4567, 555.123.4567, 1-555-123-4567 (one separator throughout; spaces alone would match
  // sequences of numbers such as `200 200 8080`)
  [`${BEFORE}(?:1([.-]))?\\d{3}([.-])\\d{3}\\2\\d{4}${AFTER}${EXT}`, 10, 11, '0123456789'],
  // national forms with a trunk 0: 020 7946 0958, 06 12 34 56 78, 030-12345678
  [`${BEFORE}0\\d{1,4}([ .-])\\d{2,8}(?:\\1\\d{2,4}){0,3}${AFTER}${EXT}`, 10, 11, '0'],
  // Indonesian mobiles: 0812-9876-5432 (12-13 digits, one past the trunk shape's 11)
  [`${BEFORE}08\\d{2}-\\d{3,4}-\\d{3,4}${AFTER}${EXT}`, 10, 13, '0'],
  // German mobiles: 0151 23456789 (one break only, so 12-digit runs of short groups stay)
  [`${BEFORE}0\\d{3}[ -]\\d{7,8}${AFTER}${EXT}`, 11, 12, '0'],
  // (020) 7946 0958, Brazil's (11) 91234-5678
  [`${BEFORE}\\(\\d{2,5}\\) ?\\d{3,5}[ -]?\\d{3,4}${AFTER}${EXT}`, 10, 11, '('],
] as const;

interface Shape {
  re: RegExp;
  min: number;
  max: number;
  /** Bits (`code - 37`) of the characters the shape can start with: `%` `(` `+` and the digits. */
  starts: number;
}

const startBits = (chars: string) => {
  let bits = 0;
  for (let i = 0; i < chars.length; i++) bits |= 1 << (chars.charCodeAt(i) - 37);
  return bits;
};

const SHAPES: readonly Shape[] = SHAPE_SOURCES.map(([source, min, max, first]) => ({
  re: new RegExp(source, 'y'),
  min,
  max,
  starts: startBits(first),
}));

/**
 * Runs of digits and phone punctuation long enough for a phone, from a digit
 * (a leading alternative would defeat the engine's first-character scan);
 * the `+` / `(` / `%2B` prefix is found in code.
 */
const RUN = /\d[\d ().-]{7,}/g;

/**
 * What every shape starts with: `+` and seven digits or a `(`, `(555) 1`, a
 * trunk `0` group and a separator, or `555-123-4567`. One native scan keeps
 * dates, times and offsets (`2025-03-14`, `T23:59:01+02:00`), the bulk of
 * digit runs in logs, out of the per-position work.
 */
const PHONE_START =
  /(?:\+|%2[Bb])\d(?:(?:[ .-]?\d){6}|\d{0,2}[ .-]?\()|00[1-9]\d{0,2}[ .-]?\(0\)|(?<![\w+.-])[08] ?\(\d{3}\) ?\d|\(\d{2,5}\)[ .-]?\d|(?<![\w+.-])0\d{1,4}[ .-]\d|\d{3}[.-]\d{3}[.-]\d{4}/g;

/**
 * The longest start cue is `+` or `%2B`, a digit and six more with separators (18 characters), and a
 * shape may begin two characters before its cue (`1 (555) …`, `1-555-…`): a margin of 24 covers both.
 */
const START_REACH = 24;

/** Where a run starting at `at` really starts: on its `+`, `(` or `%2B` prefix. */
function runStart(text: string, at: number): number {
  const prev = text.charCodeAt(at - 1);
  if (prev === 43 || prev === 40) return at - 1;
  if (at >= 3 && text.charCodeAt(at - 3) === 37 && text.charCodeAt(at - 2) === 50 && (prev | 32) === 98) return at - 3;
  return at;
}

/** Whether `text` holds `need` digits between `start` and `end`; read in place, no slice. */
const hasDigits = (text: string, start: number, end: number, need: number) => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && --need === 0) return true;
  }
  return false;
};

/** The digits of a phone without its extension: an `x` or `e` in a shape starts it (`x12`, `ext. 12`). */
const phoneDigits = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
    else if ((c | 32) === 120 || (c | 32) === 101) break;
  }
  return n;
};

/** The phone starting exactly at `at`, as `[start, end]`, or null. */
function phoneAt(text: string, at: number): readonly [number, number] | null {
  const first = text.charCodeAt(at) - 37;
  for (let s = 0; s < SHAPES.length; s++) {
    const { re, min, max, starts } = SHAPES[s] as Shape;
    // Each shape can only start with its own characters: most are skipped without running.
    if (first < 0 || first > 20 || ((1 << first) & starts) === 0) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    let candidate = m[0];
    // A greedy group may have taken a following number ("020 7946 0958 200"): drop trailing groups.
    for (;;) {
      const n = phoneDigits(candidate);
      if (n >= min && n <= max) return [at, at + candidate.length];
      const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('.'), candidate.lastIndexOf('-'));
      if (n < min || cut <= 0) break;
      candidate = candidate.slice(0, cut);
    }
  }
  return null;
}

/**
 * Phones need a `+` or separators: a bare run of 10 digits (an epoch
 * timestamp) is never a phone. Shapes are tried only at the starts of groups
 * inside runs that hold at least seven digits.
 */
function findPhones(text: string, report: Report): void {
  PHONE_START.lastIndex = 0;
  if (!PHONE_START.test(text)) return;
  // No shape starts more than `START_REACH` characters before where the first start cue ends: the runs
  // before it (the bulk of a long line) are not read again.
  RUN.lastIndex = Math.max(0, PHONE_START.lastIndex - START_REACH);
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const runEnd = m.index + m[0].length;
    const start = runStart(text, m.index);
    if (!hasDigits(text, start, runEnd, 7)) continue;
    for (let i = start; i < runEnd; i++) {
      const c = text.charCodeAt(i);
      const prev = text.charCodeAt(i - 1);
      if (!(c === 43 || c === 40 || c === 37 || (c >= 48 && c <= 57 && !(prev >= 48 && prev <= 57)))) continue;
      // The shapes' own look-behind, checked here first because it rejects most positions (inside UUIDs, versions).
      if (isAlnumCode(prev) || prev === 95 || prev === 43 || prev === 46 || prev === 45) continue;
      const found = phoneAt(text, i);
      if (found === null) continue;
      report(found[0], found[1]);
      i = found[1] - 1;
      // An extension may run past the run; continue after the phone.
      if (found[1] > runEnd) RUN.lastIndex = found[1];
    }
  }
}

export const phoneRule: TextRule = { name: 'phone', kind: 'phone', need: NEED_START7, find: findPhones };
