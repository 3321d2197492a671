import { NEED_SSN } from '../chars.js';
import { eachMatch, type Report, type TextRule } from './rule.js';

/** `123-45-6789` or `123 45 6789`: the same separator twice. */
const SSN = /(?<![\w.-])(\d{3})([ -])(\d{2})\2(\d{4})(?![\w]|[.-]\d)/g;

/** Area 000, 666 and 900–999, group 00 and serial 0000 are never issued. */
function isSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

function findSsns(text: string, report: Report): void {
  eachMatch(SSN, text, report, (m) => isSsn(m[1] ?? '', m[3] ?? '', m[4] ?? ''));
}

export const ssnRule: TextRule = { name: 'ssn', kind: 'ssn', need: NEED_SSN, find: findSsns };
