import { NEED_IBAN } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Country code, check digits, then groups of four (spaced or not). */
const IBAN = /(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])/g;

/**
 * True for an IBAN (spaces allowed) whose ISO 7064 mod 97-10 check passes;
 * computed piecewise so no big integers are needed.
 *
 * @example
 * ```ts
 * isIban('GB82 WEST 1234 5698 7654 32'); // true
 * isIban('GB82 WEST 1234 5698 7654 33'); // false
 * ```
 */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rest = (v > 9 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

function findIbans(text: string, report: Report): void {
  eachMatch(IBAN, text, report, (m) => isIban(m[0]));
}

export const ibanRule: TextRule = {
  name: 'iban',
  kind: 'iban',
  need: NEED_IBAN,
  find: findIbans,
};
