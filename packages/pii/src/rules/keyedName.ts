import { isNameWord, isPersonContext } from '../keyRules.js';
import { enclosingKey, type KeyFacts } from './enclosing.js';

/**
 * The person a name key announces in text (`name: Jane Roe`, `name: "佐藤 浩"`, `customer=Pieter de Jong`, `name`
 * alone in a person's object): read by the key/value rule after a key that names or holds a person.
 */

/** One to three more capitalized words after the first, with their particles (`Pieter de Jong`, `Ana dos Santos`). */
const PERSON_VALUE =
  /^\\?["']?([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’-]+(?: (?:(?:van|von|der|den|de|da|di|del|della|la|le|du|dos|das|ten|ter|bin|al|el|y) ){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’.-]*){1,3})/;
/**
 * A name in a script without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai …), two or
 * three words split by spaces (`佐藤 浩`, `김 민수`, `حمید رضایی`): the words are all there is to go by.
 */
const UNCASED_NAME = /^\\?["']?((?:\p{Lo}\p{M}*){1,12}(?: (?:\p{Lo}\p{M}*){1,12}){1,2})(?![\p{L}\p{M}\d])/u;
/**
 * One given name, in a person's object written out in text (`vars={"name":"Priya"}`): capitalized, or a word
 * in a script without capitals.
 */
const GIVEN_NAME = /^\\?["']?([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’-]+|(?:\p{Lo}\p{M}*){1,12})(?![\p{L}\p{M}\d_])/u;
/** Person contexts too loose in prose (`card: Visa Gold`, `from: Valine Team`) to take a capitalized pair for a name. */
const NOT_PEOPLE_IN_TEXT = new Set(['card', 'profile', 'billing', 'shipping', 'device', 'from', 'to']);

/**
 * A key that holds a person in text: its value (`customer=Pieter de Jong`) or its object's `name` is a person's.
 *
 * @example
 * isPersonInText('customer'); // true
 * isPersonInText('card'); // false: `card: Visa Gold`
 */
export const isPersonInText = (key: string): boolean => isPersonContext(key) && !NOT_PEOPLE_IN_TEXT.has(key);

/**
 * The name after a name key, as a match whose group 1 is the name, or null (`name: checkout-api` is no person).
 *
 * @example
 * nameAfterKey('name: Jane Roe', 0, 'name', 'Jane Roe', facts)?.[1]; // 'Jane Roe'
 */
export function nameAfterKey(
  text: string,
  ks: number,
  key: string,
  window: string,
  facts: KeyFacts,
): RegExpExecArray | null {
  return PERSON_VALUE.exec(window) ?? UNCASED_NAME.exec(window) ?? givenName(text, ks, key, window, facts);
}

/**
 * `name` alone in a person's object (`customer: {name: 'Priya', id: 5}`) or an address object (the addressee,
 * which the walk drops with the address); a full name is found without one.
 */
function givenName(text: string, ks: number, key: string, window: string, facts: KeyFacts): RegExpExecArray | null {
  if (!isNameWord(key)) return null;
  const raw = enclosingKey(text, ks);
  if (raw === null) return null;
  const parent = facts(raw);
  return isPersonInText(parent.key) || parent.hit?.kind === 'address' ? GIVEN_NAME.exec(window) : null;
}
