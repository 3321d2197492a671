import { NEED_HONORIFIC } from '../chars.js';
import { eachMatch, type TextRule } from './rule.js';

/**
 * Names in Chinese characters, kana or Hangul carry no capitals; what marks
 * them in running text is the honorific people write after a name
 * (`田中 雄一さん`, `佐藤様`, `민준님`, `김서연 씨`). One to four characters, an
 * optional space, and one to four more, right before it.
 */
const HONORIFIC_NAME =
  /(?<![\p{sc=Han}\p{sc=Katakana}\p{sc=Hangul}])[\p{sc=Han}\p{sc=Katakana}\p{sc=Hangul}]{1,4}(?: ?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,4})?(?= ?(?:さん|様|先生|씨|님))/gu;

/** Words the honorifics also follow that name no one: customer, member, user, everyone, person in charge, admin. */
const NOT_NAMES = new Set([
  '客',
  '皆',
  '会員',
  '利用者',
  '担当者',
  '管理者',
  '社長',
  '部長',
  '課長',
  '고객',
  '회원',
  '여러분',
  '관리자',
  '사용자',
  '선생',
]);

export const honorificNameRule: TextRule = {
  name: 'honorificName',
  kind: 'name',
  need: NEED_HONORIFIC,
  // One character before an honorific is a word (`お客様`, `皆さん`) far more often than a name.
  find: (text, report) => eachMatch(HONORIFIC_NAME, text, report, (m) => m[0].length >= 2 && !NOT_NAMES.has(m[0])),
};
