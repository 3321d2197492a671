import { Ch } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Not glued to a word, a `+`, or a dotted/dashed number on either side. */
const BEFORE = String.raw`(?<![\w+.-])`;
const AFTER = String.raw`(?![\w]|[.-]\d)`;
const EXT = String.raw`(?:[ ,;]{0,2}(?:x|ext\.?|extension)[ .:]?\d{1,6})?`;

/**
 * Separate, unambiguous shapes instead of one clever regex: each quantifier
 * is bounded and followed by a distinct character, so the engine never
 * explores more than a few paths per starting position.
 */
const SHAPES: ReadonlyArray<readonly [RegExp, number, number]> = [
  // +44 20 7946 0958, +1-555-123-4567, +4915112345678
  [new RegExp(`${BEFORE}\\+\\d(?:[ .-]?\\d){6,14}${AFTER}${EXT}`, 'g'), 8, 15],
  // +1 (555) 123-4567, +44 (0) 20 7946 0958
  [
    new RegExp(`${BEFORE}\\+\\d{1,3}[ .-]?\\(\\d{1,4}\\)[ .-]?\\d{2,4}(?:[ .-]?\\d{2,4}){0,3}${AFTER}${EXT}`, 'g'),
    8,
    16,
  ],
  // (555) 123-4567, 1 (555) 123 4567
  [new RegExp(`${BEFORE}(?:1[ .-]?)?\\(\\d{3}\\)[ .-]?\\d{3}[ .-]\\d{4}${AFTER}${EXT}`, 'g'), 10, 11],
  // 555-123-4567, 555.123.4567, 555 123 4567, 1-555-123-4567 (one separator throughout)
  [new RegExp(`${BEFORE}(?:1([ .-]))?\\d{3}([ .-])\\d{3}\\2\\d{4}${AFTER}${EXT}`, 'g'), 10, 11],
  // national forms with a trunk 0: 020 7946 0958, 06 12 34 56 78, 030-12345678
  [new RegExp(`${BEFORE}0\\d{1,4}([ .-])\\d{2,8}(?:\\1\\d{2,4}){0,3}${AFTER}${EXT}`, 'g'), 10, 11],
  // (020) 7946 0958
  [new RegExp(`${BEFORE}\\(0\\d{1,4}\\) ?\\d{3,4}[ -]?\\d{3,4}${AFTER}${EXT}`, 'g'), 10, 11],
];

const countDigits = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};

const stripExtension = (s: string) => s.replace(/[ ,;]*(?:x|ext\.?|extension)[ .:]?\d+$/, '');

/** Phones need a `+` or separators: a bare run of 10 digits (an epoch timestamp) is never a phone. */
function findPhones(text: string, report: Report): void {
  for (const [re, min, max] of SHAPES) {
    eachMatch(re, text, report, (m) => {
      let candidate = m[0];
      // A greedy group may have taken a following number ("020 7946 0958 200"): drop trailing groups.
      for (;;) {
        const n = countDigits(stripExtension(candidate));
        if (n >= min && n <= max) return [m.index, m.index + candidate.length];
        const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('.'), candidate.lastIndexOf('-'));
        if (n < min || cut <= 0) return false;
        candidate = candidate.slice(0, cut);
      }
    });
  }
}

export const phoneRule: TextRule = { name: 'phone', kind: 'phone', needAll: Ch.digit, needAny: 0, find: findPhones };
