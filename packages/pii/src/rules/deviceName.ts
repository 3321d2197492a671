import { NEED_DEVICE } from '../chars.js';
import { eachMatch, type TextRule } from './rule.js';

/**
 * Apple devices are named after their owner by default (`Tomás’s iPhone`,
 * `iPad de Valeria`), and crash reports and device lists print that name.
 * The whole device name goes: the owner's name is what makes it personal.
 */
const DEVICE_NAME =
  /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?['’]s iP(?:hone|ad)(?![\p{L}\d])|(?<![\p{L}\d])iP(?:hone|ad) (?:de|di|von|van) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/gu;

export const deviceNameRule: TextRule = {
  name: 'deviceName',
  kind: 'name',
  need: NEED_DEVICE,
  find: (text, report) => eachMatch(DEVICE_NAME, text, report),
};
