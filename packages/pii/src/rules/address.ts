import type { TextRule } from './rule.js';

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
const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Gardens|Row|Trail|Alley';
const PREFIX = 'Rue|Avenue|Avenida|Boulevard|Via|Viale|Piazza|Calle|Carrer|Rua|Praça|Plaza|Paseo|Chemin|Allée|Quai';
const GERMANIC = String.raw`\p{Lu}\p{Ll}+(?:straße|strasse|straat)`;
const NUMBER = String.raw`\d{1,5}[A-Za-z]?`;
/** `, Springfield`, `, OR 97403`, `, 75001 Paris`, `, London NW1 6XE`. */
const PLACE = String.raw`(?:, (?:\d{4,5} )?${W}(?: ${W}){0,2}(?: \d{5}(?:-\d{4})?| [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})?(?![\p{L}\d])){0,3}`;

const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${NUMBER},? (?:${W} ){1,4}(?:${SUFFIX})\b\.?|${NUMBER},? (?:${PREFIX}) (?:[\p{L}'’.-]+ ){0,3}[\p{L}'’.-]+|(?:${PREFIX}) (?:[\p{L}'’.-]+ ){1,4}${NUMBER}(?![\p{L}\d])|${GERMANIC} ${NUMBER}(?![\p{L}\d]))${PLACE}`,
  'gu',
);

/** The gate: a street type as a word, or `stra` of the Germanic forms; nearly every log string has neither. */
const STREET_TYPE = new RegExp(`(?:${SUFFIX}|${PREFIX})\\b`);

export const addressRule: TextRule = {
  name: 'streetAddress',
  kind: 'address',
  need: 0,
  find(text, report) {
    if (!STREET_TYPE.test(text) && !text.includes('stra')) return;
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
      report(m.index, m.index + m[0].length);
    }
  },
};
