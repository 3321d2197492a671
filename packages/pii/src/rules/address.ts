import { NEED_WORD_DIGIT } from '../chars.js';
import { Cue, cues } from './gate.js';
import type { TextRule } from './rule.js';
import {
  GERMANIC_SUFFIXES,
  STREET_PREFIXES,
  STREET_PREFIXES_SPACED,
  STREET_SUFFIXES as SUFFIX,
} from './streetTypes.js';

/**
 * Street addresses in prose (`742 Evergreen Terrace, Springfield, OR 97403`,
 * `12 Rue de Rivoli, 75001 Paris`, `Via Roma 15`, `Friedrichstraße 43`, `Keizersstraat 12`): a
 * house number and a street type in the order the country writes them, then
 * up to three `, City` / `, ST 12345` / `, 75001 Paris` / `, London NW1 6XE`
 * parts. A street type is required, so `3 Google Drive files` is the only kind
 * of phrase this can mistake, and a bare number never is.
 */

/** A capitalized word; a period belongs to it only inside the address (`Mt. View`), not ending a sentence. */
const W = String.raw`\p{Lu}[\p{L}'’-]*(?:\.(?=[ ,]))?(?![\p{L}\d])`;
const GERMANIC = String.raw`\p{Lu}\p{Ll}+(?:${GERMANIC_SUFFIXES})`;
const PREFIX = `${STREET_PREFIXES}|${STREET_PREFIXES_SPACED}`;
const NUMBER = String.raw`\d{1,5}[A-Za-z]?`;
/** `, Springfield`, `, OR 97403`, `, 75001 Paris`, `, London NW1 6XE`. */
const PLACE = String.raw`(?:, (?:\d{4,5} |\d{3} \d{2} )?${W}(?: ${W}){0,2}(?: \d{5}(?:-\d{4})?| [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})?(?![\p{L}\d])){0,3}`;

const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${NUMBER},? (?:${W} ){1,4}(?:${SUFFIX})\b\.?|${NUMBER},? (?:${PREFIX}) (?:[\p{L}'’.-]+ ){0,3}[\p{L}'’.-]+|(?:${PREFIX}) (?:[\p{L}'’.-]+ ){1,4}${NUMBER}(?![\p{L}\d])|${GERMANIC} ${NUMBER}(?![\p{L}\d]))${PLACE}`,
  'gu',
);

const LOWER_FORMS = new RegExp(`\\p{Ll}(?:${GERMANIC_SUFFIXES}) \\d|\\d,? rue `, 'u');

/** Street types, to find where an address can be before running the full pattern around them. */
const STREET = new RegExp(
  `(?:${SUFFIX}|${STREET_PREFIXES})\\b|\\b(?:${STREET_PREFIXES_SPACED}) |\\p{Ll}(?:${GERMANIC_SUFFIXES}) \\d`,
  'gu',
);
/** The addressee written before the street (`an Max Mustermann, Hauptstraße 5`): two or three capitalized words and a comma. */
const ADDRESSEE = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}, $/u;
const ADDRESSEE_REACH = 64;
/** How far before a street type its house number and name can start, and how far its city and postcode reach. */
const BEFORE = 90;
const AFTER = 200;

export const addressRule: TextRule = {
  name: 'streetAddress',
  kind: 'address',
  need: 0,
  find(text, report, has) {
    // Capitalized street types are found by the shared word scan; the lower-case forms (`-allee 27`,
    // `18 rue`) only when the trigger pass saw a word and a number side by side.
    if ((cues(text) & Cue.street) === 0 && ((has & NEED_WORD_DIGIT) === 0 || !LOWER_FORMS.test(text))) return;
    // The full pattern runs only in a window around each street type, not over the whole string.
    let done = 0;
    STREET.lastIndex = 0;
    for (let m = STREET.exec(text); m !== null; m = STREET.exec(text)) {
      if (m.index < done) continue;
      const from = Math.max(done, m.index - BEFORE);
      const window = text.slice(from, m.index + AFTER);
      ADDRESS.lastIndex = 0;
      for (let a = ADDRESS.exec(window); a !== null; a = ADDRESS.exec(window)) {
        const start = from + a.index;
        const addressee = ADDRESSEE.exec(text.slice(Math.max(0, start - ADDRESSEE_REACH), start));
        if (addressee !== null) report(start - addressee[0].length, start - 2, 'name');
        report(start, start + a[0].length);
        done = from + a.index + a[0].length;
      }
      if (STREET.lastIndex < done) STREET.lastIndex = done;
    }
  },
};
