import { STREET_PREFIXES, STREET_SUFFIXES } from './streetTypes.js';

/**
 * Native scans that tell the rarer rules (INSERT literals, secrets after
 * flags, sign-in codes, street addresses) whether their words occur at all,
 * computed once per string and shared by the rules that ask.
 */
export const Cue = { sql: 1, secret: 2, code: 4, street: 8 } as const;

/** The words a secret's name contains (`flagSecret` widens each hit to the whole name). */
export const SECRET_WORDS = 'secret|passw|passphrase|token|api[_-]?key|credential|cvv|cvc|csc|ssn';
const SECRET_HINT = new RegExp(`${SECRET_WORDS}|-u |--user[ =]`, 'i');
/** The secret words in the cases written; the case-blind scan above goes first, as it is cheaper. */
const SECRET =
  /secret|Secret|SECRET|passw|Passw|PASSW|passphrase|token|Token|TOKEN|api[_-]?key|apiKey|ApiKey|API[_-]?KEY|credential|Credential|CREDENTIAL|cvv|CVV|cvc|CVC|csc|CSC|ssn|SSN|-u |--user[ =]/;
/** Street types start with a capital: a scan for them skips the lower-case bulk of the text; `stra` is a literal. */
const STREET = new RegExp(`(?:${STREET_SUFFIXES}|${STREET_PREFIXES})\\b|Av(?:da)?\\. `);

let lastText = '';
let lastCues = 0;

/**
 * The `Cue` bits of `text`; the rules of one scan share one computation.
 * One scan per cue: an alternation of all of them is slower than its parts,
 * since every letter that starts any word stops it.
 */
export function cues(text: string): number {
  if (text === lastText) return lastCues;
  let found = 0;
  if (text.includes('nsert') || text.includes('NSERT')) found |= Cue.sql;
  if (SECRET_HINT.test(text) && SECRET.test(text)) found |= Cue.secret;
  if (text.includes('code=')) found |= Cue.code;
  if (STREET.test(text)) found |= Cue.street;
  lastText = text;
  lastCues = found;
  return found;
}
