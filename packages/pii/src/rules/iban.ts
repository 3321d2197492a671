import { Ch } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** Country code, check digits, then groups of four (spaced or not). */
const IBAN = /(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])/g;

/** IBAN length per country (ISO 13616 registry, most used countries). */
const PACKED =
  'AD24AE23AT20AZ28BA20BE16BG22BH22BR29CH21CR22CY28CZ24DE22DK18DO28EE20EG29ES24FI18FO18FR27GB22GE22GI23' +
  'GL18GR27GT28HR21HU28IE22IL23IS26IT27JO30KW30KZ20LB28LI21LT20LU20LV21MC27MD24ME22MK19MR27MT31MU30NL18' +
  'NO15PK24PL28PS29PT25QA29RO24RS22SA24SE24SI19SK24SM27TN24TR26UA29VG24XK20';
const LENGTHS = new Map((PACKED.match(/[A-Z]{2}\d\d/g) ?? []).map((e) => [e.slice(0, 2), Number(e.slice(2))]));

/** ISO 7064 mod 97-10, computed piecewise so no big integers are needed. */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '');
  if (LENGTHS.get(iban.slice(0, 2)) !== iban.length) return false;
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
  needAll: Ch.upper | Ch.digit,
  needAny: 0,
  find: findIbans,
};
