import { STREET_PREFIXES, STREET_SUFFIXES } from './streetTypes.js';

/**
 * One native scan that tells the rarer rules (INSERT literals, secrets after
 * flags, sign-in codes, street addresses) whether their words occur at all.
 * They run on every string a log line carries, so each doing its own scan
 * would cost several regex calls per clean string; with the gate it is one,
 * shared, for the string the scanner is looking at.
 */
export const Cue = { sql: 1, secret: 2, code: 4, street: 8 } as const;

const WORDS = new RegExp(
  '(nsert|NSERT)|(secret|Secret|SECRET|passw|Passw|PASSW|passphrase|token|Token|TOKEN|api[_-]?key|apiKey|ApiKey|API[_-]?KEY|credential|Credential|CREDENTIAL|-u |--user[ =])|(code=)|' +
    `((?:${STREET_SUFFIXES}|${STREET_PREFIXES})\\b|stra)`,
  'g',
);
const ALL = Cue.sql | Cue.secret | Cue.code | Cue.street;

let lastText = '';
let lastCues = 0;

/** The `Cue` bits of `text`; the rules of one scan share one computation. */
export function cues(text: string): number {
  if (text === lastText) return lastCues;
  let found = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null && found !== ALL; m = WORDS.exec(text)) {
    if (m[1] !== undefined) found |= Cue.sql;
    else if (m[2] !== undefined) found |= Cue.secret;
    else if (m[3] !== undefined) found |= Cue.code;
    else found |= Cue.street;
  }
  lastText = text;
  lastCues = found;
  return found;
}
