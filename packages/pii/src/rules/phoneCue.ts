import { isWordCode, NEED_RUN7 } from '../chars.js';
import type { TextRule } from './rule.js';

/**
 * National phone numbers that have no `+` or trunk shape the phone rule
 * relies on: announced by the words before them (`text 312 555 0147`,
 * `mi número es 55 4321 8765`), or typed in a national layout on their own
 * (`305 555 0161`, `0151 2345 6789`). Amid other numbers the layout alone is
 * not enough (`200 200 412 1834` is an ALB log's statuses and sizes).
 */

/**
 * Phone-shaped runs (7–13 digits, checked after), found first as digits are rarer than words; a run
 * starts only where a number can (not inside a word, an ID or another number).
 */
const RUNS = /(?<![\w(])\(?\d[\d ()./-]{5,22}\d/g;
/**
 * What must come right before such a run: a word that announces a phone number, in the languages the
 * app serves, then punctuation and a few short words (`Tel.: `, ` es `, ` me on `).
 */
const CUE_BEFORE =
  /(?:^|[^A-Za-zÀ-ÿ\d])(?:(?:my|mi|mon|ma|mein|meine|meu|o meu|il mio) (?:(?:phone|cell|mobile) )?(?:number|número|numero|numéro|nummer)|tel|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|mobile|mobil|móvil|cell|handy|whatsapp|sms|text(?: me)?|call(?: me)?|ring(?: me[gn]?| mig| til)?|mobilen|puhelin|soita|hubungi|fax|handynummer|festnetz|rufnummer|telefonnummer|cel|celular|appelez(?:-moi)?|appelle(?:-moi)?|llámame|llamame|chiamami|ligue(?:-me)?|liga(?:-me)?|contact|kontakt|contacto|contato|numer|numaram|номер|телефон|тел|手机号码?|电话|電話(?:番号)?|전화(?:번호)?)(?:[\s:=#.,，：–—-]|是|は|는|(?:is|es|ist|est|é|on|at|to|au|al|da|under|unter|på|til|di|ke|le|la)(?![A-Za-zÀ-ÿ\d])){0,8}$/i;
const DATE_OR_TIME = /^\d{4}-\d\d-\d\d|^\d\d?[:.]\d\d/;
/**
 * National layouts people type without a cue: 3-3-4 (US, Italian mobiles), 3-3-3 and 3-2-2-2 from 6–9 (Spanish
 * numbers), 5-5 (Indian mobiles, also dashed),
 * 2-4-4 (Mexico), 2-5-4 (Brazilian mobiles, `11 98765-4321`), and a trunk `0` then groups (`0151 2345 6789`, `070-123 45 67`, `06 12 34 56 78`).
 * Nine digits at least, so `200 8080` and a pair of counts stay; `0000-0000-0000` and `09 12 44 123 456`
 * (a time) fit no layout.
 */
const NATIONAL =
  /^(?:[2-9]\d{2} \d{3} \d{4}|1[3-9]\d \d{4} \d{4}|[6-9]\d{2} \d{3} \d{3}|[6-9]\d{2}(?: \d\d){3}|[6-9]\d{4}[ -]\d{5}|[1-9]\d \d{4} \d{4}|[1-9]\d 9\d{4}[ -]\d{4}|0[1-9](?: \d\d){4}|0[1-9]\d{1,4}[ -]\d{3,8}(?:[ -]\d{2,4}){0,2})$/;
const CUE_REACH = 40;
/** Indian mobiles are typed 5-5 with a dash as often as with a space. */
const DASHED = /^[6-9]\d{4}-\d{5}$/;
/** Norwegian mobiles, eight digits typed 3-2-3 (`912 34 567`): one digit short of the other layouts. */
const NORWEGIAN = /^[49]\d{2} \d{2} \d{3}$/;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A layout alone is not enough amid other numbers: `200 200 412 1834` in an ALB log is statuses and sizes. */
const amidNumbers = (text: string, start: number, end: number) =>
  (text.charCodeAt(start - 1) === 32 && isDigit(text.charCodeAt(start - 2))) ||
  (text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1)));

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) n++;
  return n;
}

export const phoneCueRule: TextRule = {
  name: 'phoneCue',
  kind: 'phone',
  need: NEED_RUN7,
  find(text, report) {
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(text); m !== null; m = RUNS.exec(text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const before = text.charCodeAt(start - 1);
      // After `+` it is the phone rule's.
      if (before === 43 || isWordCode(before)) continue;
      if (isWordCode(text.charCodeAt(end))) continue;
      const digits = countDigits(run);
      if (digits < 7 || digits > 13 || DATE_OR_TIME.test(run)) continue;
      // Dashed and dotted shapes are the phone rule's too; unspaced, only a long run after a cue is ours.
      // An Indian mobile is typed 5-5 with a dash as often as with a space (`98765-43210`).
      const spaced = run.includes(' ') || run.includes('/') || DASHED.test(run);
      if (!spaced && digits < 9) continue;
      if (
        (spaced && (digits >= 9 ? NATIONAL.test(run) : NORWEGIAN.test(run)) && !amidNumbers(text, start, end)) ||
        CUE_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start))
      ) {
        report(start, end);
      }
    }
  },
};
